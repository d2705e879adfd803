package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.core.convert.ColumnFacts;
import org.dmspilot.core.convert.MysqlColumnType;
import org.dmspilot.core.convert.TypeMapper;

/** Simple statements inside a routine: DECLARE, SET, SELECT INTO, FETCH, SIGNAL, CALL, PREPARE, transactions. */
final class StatementTranslator {
    private static final TypeMapper TYPES = new TypeMapper(new ConversionOptions(
            ConversionOptions.EnumStrategy.CHECK_CONSTRAINT, false, ConversionOptions.CaseInsensitive.IGNORE),
            labels -> "text");

    private final BodyTranslator body;
    private final ExpressionTranslator x;
    private final RoutineScope scope;
    private final DmlTranslator dml;

    StatementTranslator(BodyTranslator body) {
        this.body = body;
        this.x = body.x;
        this.scope = body.scope;
        this.dml = new DmlTranslator(body);
    }

    /** A MySQL type as a PL/pgSQL variable type: BOOL/BOOLEAN stay boolean, the rest through TypeMapper. */
    static String pgType(String mysqlType) {
        String lower = mysqlType.trim().toLowerCase(Locale.ROOT);
        int cut = lower.indexOf(" charset");
        if (cut < 0) {
            cut = lower.indexOf(" character set");
        }
        String clean = cut < 0 ? lower : lower.substring(0, cut);
        if (clean.equals("bool") || clean.equals("boolean")) {
            return "boolean";
        }
        return TYPES.map(MysqlColumnType.parse(clean.replace(" collate", " ").split(" collate ")[0]),
                ColumnFacts.UNKNOWN).sql();
    }

    List<String> declareVariable(DeclareVariableContext d) {
        String type = pgType(x.original(d.dataType()));
        List<String> out = new ArrayList<>();
        String initial = d.expression() == null ? "" : " := " + assignedValue(d.expression(), type);
        for (UidContext uid : d.uidList().uid()) {
            String name = x.emit(uid);
            scope.declare(bare(uid), type);
            if (d.expression() != null) {
                scope.assigned.add(bare(uid));
            }
            out.add(name + " " + type + initial + ";");
        }
        return out;
    }

    static String bare(ParseTree uid) {
        return Identifiers.unquoteMysql(uid.getText()).toLowerCase(Locale.ROOT);
    }

    List<String> simple(SqlStatementContext s) {
        ParserRuleContext kind = (ParserRuleContext) s.getChild(0);
        ParserRuleContext inner = (ParserRuleContext) kind.getChild(0);
        if (inner instanceof SetVariableContext set) {
            return set(set);
        }
        if (inner instanceof SetNewValueInsideTriggerContext set) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < set.fullId().size(); i++) {
                out.add(newColumn(set.fullId(i)) + " := " + x.emit(set.expression(i)) + ";");
            }
            return out;
        }
        if (inner instanceof SelectStatementContext select) {
            return select(select);
        }
        if (inner instanceof SignalStatementContext signal) {
            return Signals.signal(x, signal);
        }
        if (inner instanceof ResignalStatementContext resignal) {
            return Signals.resignal(x, resignal);
        }
        if (inner instanceof DiagnosticsStatementContext diagnostics) {
            return Signals.diagnostics(x, diagnostics, body.frames.peek().exceptionBlock);
        }
        if (inner instanceof CallStatementContext call) {
            return List.of("CALL " + Identifiers.qualified(scope.schema, bare(call.fullId())) + "("
                    + (call.expressions() == null ? "" : x.emit(call.expressions())) + ");");
        }
        if (kind instanceof TransactionStatementContext) {
            return transaction(inner);
        }
        if (inner instanceof SetTransactionContext) {
            x.findings.add(ActionCode.ROUTINE_TRANSACTION, inner, x.original(inner) + " removed: the procedure"
                    + " runs in its caller's transaction; set the isolation level where that transaction starts.");
            return List.of("-- DMS Pilot: ROUTINE-TRANSACTION: " + x.original(inner) + " removed");
        }
        if (kind instanceof PreparedStatementContext) {
            return prepared(inner);
        }
        List<String> dmlLines = dml.statement(inner);
        return dmlLines != null ? dmlLines : unsupported(inner);
    }

    /** NEW.col / OLD.col as a PL/pgSQL assignment target. */
    private String newColumn(FullIdContext id) {
        String row = id.uid(0).getText().toUpperCase(Locale.ROOT);
        String column = id.DOT_ID() != null ? id.DOT_ID().getText().substring(1) : id.uid(1).getText();
        return row + "." + Identifiers.quote(Identifiers.unquoteMysql(column));
    }

    private List<String> set(SetVariableContext set) {
        List<String> out = new ArrayList<>();
        List<VariableClauseContext> targets = set.variableClause();
        for (int i = 0; i < targets.size(); i++) {
            VariableClauseContext target = targets.get(i);
            if (target.GLOBAL_ID() != null || target.getChildCount() > 1) {
                x.findings.add(ActionCode.SQL_SYSTEM_VARIABLE, target, "SET of system variable " + target.getText());
                out.add("-- DMS Pilot: SQL-SYSTEM-VARIABLE: " + x.original(set));
                out.add("RAISE EXCEPTION 'DMS Pilot: not converted: SET " + target.getText().replace("'", "''")
                        + "';");
                continue;
            }
            String name;
            if (target.LOCAL_ID() != null) {
                String user = ExpressionTranslator.userVariableName(target.LOCAL_ID().getText());
                name = scope.userVariable(user).orElseThrow();
                x.findings.add(ActionCode.ROUTINE_USER_VARIABLE, target, "User variable @" + user + ".");
            } else {
                name = x.emit(target.uid());
                scope.assigned.add(bare(target.uid()));
            }
            ParseTree value = set.expression(i);
            String type = target.uid() == null ? null : scope.variableType(bare(target.uid())).orElse(null);
            out.add(name + " := " + assignedValue(value, type) + ";");
        }
        return out;
    }

    /**
     * A value for a variable: MySQL writes 0/1 where PostgreSQL needs false/true, and 0 or '0000-00-00' for the zero
     * date (FreeRADIUS: {@code DECLARE v_last_report DATETIME DEFAULT 0}), which becomes '-infinity' where the
     * routine's sql_mode accepts zero dates (MariaDB's default): like the zero date it is earlier than every date and
     * unequal to NOW().
     */
    String assignedValue(ParseTree value, String type) {
        if (type != null && (type.startsWith("timestamp") || type.equals("date"))) {
            var number = Trees.integerLiteral(value);
            boolean zeroText = Trees.isStringLiteral(value, x.mode)
                    && Trees.unwrap(value).getText().matches("'0000-00-00( 00:00:00(\\.0+)?)?'");
            // under the routine's sql_mode (strict with NO_ZERO_DATE, MySQL 8+) MySQL refuses the value when it is
            // stored (SQLSTATE 22007), and PostgreSQL refuses 0 or '0000-00-00' for a timestamp alike (22008): kept
            if ((number.isPresent() && number.get() == 0 || zeroText) && !x.mode.zeroDateRefused()) {
                x.findings.add(ActionCode.ROUTINE_ZERO_DATE, (org.antlr.v4.runtime.ParserRuleContext) value,
                        "Zero date " + value.getText() + " became '-infinity'.");
                return "'-infinity'";
            }
        }
        if ("boolean".equals(type) && !Trees.isBooleanShaped(value)) {
            var literal = Trees.integerLiteral(value);
            if (literal.isPresent()) {
                return literal.get() != 0 ? "true" : "false";
            }
            return "(" + x.emit(value) + ") <> 0";
        }
        return x.emit(value);
    }

    /** SELECT ... INTO vars; a SELECT without INTO in a procedure returns a result set (a refcursor here). */
    private List<String> select(SelectStatementContext select) {
        List<SelectIntoVariablesContext> into = new ArrayList<>();
        collect(select, SelectIntoVariablesContext.class, into);
        if (into.isEmpty()) {
            return resultSet(select);
        }
        List<String> targets = new ArrayList<>();
        boolean keepOld = false;
        for (AssignmentFieldContext field : into.get(0).assignmentField()) {
            if (field.LOCAL_ID() != null) {
                targets.add(scope.userVariable(ExpressionTranslator.userVariableName(field.getText())).orElseThrow());
                keepOld = true;
            } else {
                targets.add(x.emit(field.uid()));
                keepOld |= scope.assigned.contains(bare(field.uid()));
                scope.assigned.add(bare(field.uid()));
            }
        }
        x.on(SelectIntoVariablesContext.class, c -> "");
        String query;
        try {
            query = x.emit(select).strip();
        } finally {
            x.on(SelectIntoVariablesContext.class, c -> null);
        }
        List<String> out = new ArrayList<>();
        if (keepOld) {
            // MySQL leaves the variables unchanged when no row comes back; SELECT INTO would set them to NULL
            out.add("FOR " + String.join(", ", targets) + " IN " + query + " LOOP");
            out.add(BodyTranslator.INDENT + "EXIT;");
            out.add("END LOOP;");
        } else {
            out.add(intoBeforeFrom(select, targets));
        }
        out.addAll(body.notFoundCheck());
        return out;
    }

    /** SELECT list INTO targets FROM ...: the INTO goes where PL/pgSQL reads it best, after the select list. */
    private String intoBeforeFrom(SelectStatementContext select, List<String> targets) {
        List<SelectElementsContext> elements = new ArrayList<>();
        collect(select, SelectElementsContext.class, elements);
        SelectElementsContext list = elements.get(0);
        x.on(SelectIntoVariablesContext.class, c -> "");
        x.on(SelectElementsContext.class, c -> c == list ? x.children(c) + " INTO " + String.join(", ", targets)
                : null);
        try {
            return x.emit(select).strip() + ";";
        } finally {
            x.on(SelectIntoVariablesContext.class, c -> null);
            x.on(SelectElementsContext.class, c -> null);
        }
    }

    private List<String> resultSet(SelectStatementContext select) {
        if (!scope.procedure) {
            return unsupported(select);
        }
        String query = x.emit(select).strip();
        scope.cursorTables.addAll(TemporaryTables.tablesRead(select));
        scope.lastSelect = foundRowsQuery(select, query);
        String cursor = "dms_result_" + ++scope.resultSets;
        x.findings.add(ActionCode.ROUTINE_RESULT_SET, select, "SELECT returns rows to the caller; now refcursor "
                + cursor + ".");
        return List.of("-- DMS Pilot: ROUTINE-RESULT-SET: rows are returned in refcursor " + cursor,
                "OPEN " + cursor + " FOR " + query + ";");
    }

    /** The query FOUND_ROWS() counts: as it ran, or without its LIMIT when it asked for SQL_CALC_FOUND_ROWS. */
    private String foundRowsQuery(SelectStatementContext select, String query) {
        List<SelectSpecContext> specs = new ArrayList<>();
        collect(select, SelectSpecContext.class, specs);
        if (specs.stream().noneMatch(s -> s.SQL_CALC_FOUND_ROWS() != null)) {
            return query;
        }
        x.on(LimitClauseContext.class, l -> "");
        try {
            return x.emit(select).strip();
        } finally {
            x.on(LimitClauseContext.class, x::limit);
        }
    }

    List<String> fetch(FetchCursorContext f) {
        String targets = f.uidList().uid().stream().map(x::emit).collect(Collectors.joining(", "));
        f.uidList().uid().forEach(u -> scope.assigned.add(bare(u)));
        List<String> out = new ArrayList<>();
        out.add("FETCH " + x.emit(f.uid()) + " INTO " + targets + ";");
        out.addAll(body.notFoundCheck());
        return out;
    }

    List<String> returnStatement(ReturnStatementContext r) {
        return List.of("RETURN " + assignedValue(r.expression(), scope.returnType) + ";");
    }

    private List<String> transaction(ParserRuleContext t) {
        boolean commitOrRollback = t instanceof CommitWorkContext || t instanceof RollbackWorkContext;
        if (commitOrRollback && scope.procedure && !body.frames.peek().exceptionBlock) {
            return List.of(t instanceof CommitWorkContext ? "COMMIT;" : "ROLLBACK;");
        }
        x.findings.add(ActionCode.ROUTINE_TRANSACTION, t, x.original(t) + " removed.");
        String why = t instanceof RollbackWorkContext
                ? "the exception block already undid this block's changes" : "PostgreSQL manages it here";
        return List.of("-- DMS Pilot: ROUTINE-TRANSACTION: " + x.original(t) + " removed (" + why + ")");
    }

    private List<String> prepared(ParserRuleContext p) {
        if (p instanceof PrepareStatementContext prepare) {
            String text = prepare.query != null ? x.quoted(prepare.query.getText())
                    : scope.userVariable(ExpressionTranslator.userVariableName(prepare.variable.getText()))
                            .orElseThrow();
            scope.preparedStatements.put(bare(prepare.uid()), text);
            x.findings.add(ActionCode.ROUTINE_DYNAMIC_SQL, prepare, "PREPARE " + prepare.uid().getText() + ".");
            return List.of("-- DMS Pilot: ROUTINE-DYNAMIC-SQL: PREPARE " + prepare.uid().getText()
                    + " (the text runs with EXECUTE below; it must be PostgreSQL SQL)");
        }
        if (p instanceof ExecuteStatementContext execute) {
            String text = scope.preparedStatements.get(bare(execute.uid()));
            if (text == null) {
                return unsupported(execute);
            }
            String using = execute.userVariables() == null ? "" : " USING " + execute.userVariables().LOCAL_ID()
                    .stream().map(v -> scope.userVariable(ExpressionTranslator.userVariableName(v.getText()))
                            .orElseThrow()).collect(Collectors.joining(", "));
            return List.of("EXECUTE " + text + using + ";");
        }
        return List.of("-- DEALLOCATE PREPARE: nothing to release in PostgreSQL");
    }

    /** A statement without a conversion: an action item, and code that fails loudly until a human rewrites it. */
    List<String> unsupported(ParserRuleContext s) {
        x.findings.add(ActionCode.ROUTINE_STATEMENT, s, "Statement not converted: "
                + MysqlParsing.abbreviate(x.original(s)));
        List<String> out = new ArrayList<>();
        out.add("-- DMS Pilot: ROUTINE-STATEMENT: not converted:");
        x.original(s).lines().forEach(l -> out.add("--   " + l));
        out.add("RAISE EXCEPTION 'DMS Pilot: statement not converted (line " + s.getStart().getLine() + ")';");
        return out;
    }

    static <T> void collect(ParseTree tree, Class<T> type, List<T> out) {
        if (type.isInstance(tree)) {
            out.add(type.cast(tree));
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), type, out);
        }
    }
}
