package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.core.convert.PgNames;

/**
 * MySQL expressions and queries → PostgreSQL: names, literals, operators, LIMIT, query modifiers. Function calls
 * are delegated to {@link FunctionCalls}; everything not listed is written as it came.
 */
class ExpressionTranslator extends SqlEmitter {
    final NameScope scope;
    /** Inside ON DUPLICATE KEY UPDATE: VALUES(col) means the row that was proposed for insertion. */
    boolean valuesAreExcluded;
    /** Inside ON CONFLICT DO UPDATE: the target table's name, which bare column names must be qualified with. */
    String conflictTable;
    /**
     * In ON DUPLICATE KEY UPDATE of an INSERT ... SELECT ... FROM (...) alias: that alias (lower case), whose columns
     * MySQL lets the update read and PostgreSQL offers as EXCLUDED.
     */
    String conflictSourceAlias;
    private final FunctionCalls functions;
    final BooleanColumns booleans = new BooleanColumns(this);

    ExpressionTranslator(CommonTokenStream tokens, SqlMode mode, Findings findings, NameScope scope) {
        super(tokens, mode, findings);
        this.scope = scope;
        on(UidContext.class, this::uid);
        on(FullColumnNameContext.class, this::fullColumnName);
        on(TableNameContext.class, this::tableName);
        on(StringLiteralContext.class, this::stringLiteral);
        on(ConstantContext.class, this::constant);
        on(HexadecimalLiteralContext.class, this::hexadecimal);
        on(ComparisonOperatorContext.class, this::comparison);
        on(LogicalOperatorContext.class, op -> op.XOR() != null ? null
                : op.AND() != null || !op.BIT_AND_OP().isEmpty() ? "AND"
                : !op.BIT_OR_OP().isEmpty() && mode.pipesAsConcat() ? "||" : "OR");
        on(LogicalExpressionContext.class, this::logical);
        on(BinaryComparisonPredicateContext.class, booleans::comparison);
        on(NotExpressionContext.class, e -> "NOT " + condition(e.expression()));
        on(UnaryOperatorContext.class, op -> op.EXCLAMATION_SYMBOL() != null ? "NOT " : null);
        on(BitOperatorContext.class, op -> op.BIT_XOR_OP() != null ? "#" : op.getText());
        on(MathExpressionAtomContext.class, this::math);
        on(MysqlVariableContext.class, this::variable);
        on(LimitClauseContext.class, this::limit);
        on(RegexpPredicateContext.class, r -> emit(r.predicate(0)) + (r.NOT() != null ? " !~* " : " ~* ")
                + emit(r.predicate(1)));
        on(CollateExpressionAtomContext.class, c -> {
            findings.add(ActionCode.SQL_COLLATE, c, "COLLATE " + original(c.collationName()) + " dropped.");
            return emit(c.expressionAtom());
        });
        on(BinaryExpressionAtomContext.class, b -> emit(b.expressionAtom()));
        on(SelectSpecContext.class, this::selectSpec);
        on(GroupByClauseContext.class, g -> GroupBy.extended(this, g));
        on(IndexHintContext.class, h -> "");
        on(LockClauseContext.class, l -> l.SHARE() != null ? "FOR SHARE" : "FOR UPDATE");
        on(StraightJoinContext.class, j -> {
            String text = children(j);
            return (j.ON().isEmpty() ? "CROSS JOIN" : "JOIN") + text.substring("STRAIGHT_JOIN".length());
        });
        // MySQL's JOIN (and MariaDB's stored form of a comma join, "from (a join b) where ...") without ON or USING is
        // a cross join; PostgreSQL's JOIN needs a condition
        on(InnerJoinContext.class, j -> j.joinSpec().isEmpty() && j.CROSS() == null
                ? "CROSS JOIN " + (j.LATERAL() != null ? "LATERAL " : "") + emit(j.tableSourceItem()) : null);
        on(IntervalExpressionAtomContext.class, i -> Intervals.interval(this, i.expression(), i.intervalType()));
        functions = new FunctionCalls(this);
        functions.register();
    }

    /** Emits an expression and casts it to text, e.g. for || and string_agg. */
    final String asText(ParseTree tree) {
        String text = emit(tree);
        if (Trees.isStringLiteral(tree, mode)) {
            return text;
        }
        return Trees.isAtom(tree) ? text + "::text" : "(" + text + ")::text";
    }

    /** Emits an expression in parentheses unless it is an atom. */
    final String grouped(ParseTree tree) {
        String text = emit(tree);
        return Trees.isAtom(tree) ? text : "(" + text + ")";
    }

    /** Emits a condition: MySQL accepts numbers where PostgreSQL needs a boolean. */
    final String condition(ParseTree tree) {
        String text = emit(tree);
        return numeric(tree) ? "(" + text + " <> 0)" : text;
    }

    /**
     * True when the expression is known to be a number where MySQL takes it as a condition: a variable or
     * parameter of a non-boolean type, a column the table conversion made a number (a tinyint kept as smallint),
     * a call of a stored function returning a number.
     */
    final boolean numeric(ParseTree tree) {
        if (Trees.isBooleanShaped(tree)) {
            return false;
        }
        var name = Trees.bareName(tree);
        if (name.isPresent()) {
            var type = scope.variableType(name.get());
            if (type.isPresent()) {
                return !type.get().equals("boolean");
            }
        }
        ParseTree inner = Trees.unwrap(tree);
        if (inner instanceof MySqlParser.DecimalLiteralContext || inner instanceof MathExpressionAtomContext) {
            return true;
        }
        java.util.Optional<String> type = java.util.Optional.empty();
        if (inner instanceof FullColumnNameContext column) {
            type = booleans.type(column);
        } else if (inner instanceof UdfFunctionCallContext call && call.fullId().uid().size() == 1) {
            type = scope.functionType(Identifiers.unquoteMysql(call.fullId().uid(0).getText())
                    .toLowerCase(Locale.ROOT));
        }
        return type.map(t -> NUMBER_TYPES.contains(t.replaceAll("\\(.*", ""))).orElse(false);
    }

    private static final java.util.Set<String> NUMBER_TYPES = java.util.Set.of("smallint", "integer", "bigint",
            "numeric", "real", "double precision");

    private String uid(UidContext uid) {
        String text = uid.getText();
        if (isJoinKeywordAlias(uid)) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (isAlias(uid)) {
            String name = text.startsWith("'") || text.startsWith("\"") ? Literals.value(text, SqlMode.DEFAULT)
                    : Identifiers.unquoteMysql(text);
            return Identifiers.quote(name);
        }
        if (uid.STRING_LITERAL() != null) {
            return quoted(text);
        }
        return Identifiers.quote(Identifiers.unquoteMysql(text));
    }

    /**
     * The grammar lets LEFT and RIGHT be names (the functions), so {@code FROM a LEFT JOIN b} parses as table a with
     * alias {@code left}, inner-joined to b; the keyword is written back, which makes the text a LEFT JOIN again.
     */
    static boolean isJoinKeywordAlias(UidContext uid) {
        return uid.getParent() instanceof AtomTableItemContext t && t.uid() == uid && t.AS() == null
                && (uid.getText().equalsIgnoreCase("left") || uid.getText().equalsIgnoreCase("right"));
    }

    private static boolean isAlias(UidContext uid) {
        ParserRuleContext parent = uid.getParent();
        return parent instanceof SelectColumnElementContext c && c.uid() == uid
                || parent instanceof SelectFunctionElementContext f && f.uid() == uid
                || parent instanceof SelectExpressionElementContext e && e.uid() == uid
                || parent instanceof AtomTableItemContext t && t.uid() == uid
                || parent instanceof SubqueryTableItemContext s && s.uid() == uid;
    }

    /** Niladic functions the grammar reads as a column name when written without parentheses. */
    private static final java.util.Set<String> NILADIC = java.util.Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE",
            "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_USER");

    private String fullColumnName(FullColumnNameContext column) {
        String text = column.getText().toUpperCase(Locale.ROOT);
        if (column.dottedId().isEmpty() && NILADIC.contains(text)) {
            return emitCall(text.toLowerCase(Locale.ROOT), column);
        }
        if (conflictTable != null && column.dottedId().isEmpty() && !(column.getParent()
                instanceof UpdatedElementContext) && Trees.bareName(column).map(n -> scope.variableType(n).isEmpty())
                .orElse(false)) {
            return conflictTable + "." + emit(column.uid());
        }
        if (conflictSourceAlias != null && column.dottedId().size() == 1 && Identifiers.unquoteMysql(
                column.uid().getText()).equalsIgnoreCase(conflictSourceAlias)) {
            return "EXCLUDED." + emit(column.dottedId(0)).substring(1);
        }
        if (scope.inTrigger() && !column.dottedId().isEmpty()) {
            String first = column.uid().getText().toUpperCase(Locale.ROOT);
            if (first.equals("NEW") || first.equals("OLD")) {
                return first + join(column.dottedId());
            }
        }
        return qualifiedByRelation(column);
    }

    /**
     * {@code db.t.c}, or {@code t.c} where {@code t} is a table or view whose PostgreSQL name is not its folded name:
     * the relation part as the conversion named it ({@code `Case`.v} → {@code case_2.v}); null for anything else.
     */
    private String qualifiedByRelation(FullColumnNameContext column) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(Identifiers.unquoteMysql(column.uid().getText()));
        column.dottedId().forEach(d -> parts.add(Identifiers.unquoteMysql(d.getText().substring(1))));
        if (parts.size() == 3) {
            return scope.relationName(parts.get(0), parts.get(1)).map(t -> Identifiers.relation(parts.get(0),
                    parts.get(1), Optional.of(t)) + "." + Identifiers.quote(parts.get(2))).orElse(null);
        }
        String schema = parts.size() == 2 ? scope.tableSchema(parts.get(0).toLowerCase(Locale.ROOT)) : null;
        if (schema == null) {
            return null;
        }
        return scope.relationName(schema, parts.get(0)).filter(t -> !t.equals(PgNames.name(parts.get(0))))
                .map(t -> PgNames.quote(t) + "." + Identifiers.quote(parts.get(1))).orElse(null);
    }

    private String tableName(TableNameContext table) {
        List<String> parts = Identifiers.parts(table.fullId());
        if (parts.size() > 2) {
            return null;
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() == 2 ? parts.get(0) : scope.tableSchema(name.toLowerCase(Locale.ROOT));
        return Identifiers.relation(schema, name, schema == null ? Optional.empty()
                : scope.relationName(schema, name));
    }

    private String stringLiteral(StringLiteralContext literal) {
        if (literal.COLLATE() != null) {
            findings.add(ActionCode.SQL_COLLATE, literal,
                    "COLLATE " + original(literal.collationName()) + " dropped.");
        }
        List<TerminalNode> parts = literal.STRING_LITERAL();
        if (parts.size() == 1 && !Literals.isString(parts.get(0).getText(), mode)
                && literal.START_NATIONAL_STRING_LITERAL() == null) {
            return quoted(parts.get(0).getText());
        }
        String value = literalValue(literal);
        if (value.indexOf('\u0000') >= 0) {
            findings.add(ActionCode.SQL_BINARY_LITERAL, literal, "String with a NUL character (not allowed in text).");
        }
        return Literals.literal(value);
    }

    /** The value of a string literal: national prefix and charset introducer dropped, adjacent parts joined. */
    final String literalValue(StringLiteralContext literal) {
        StringBuilder value = new StringBuilder();
        if (literal.START_NATIONAL_STRING_LITERAL() != null) {
            value.append(Literals.value(literal.START_NATIONAL_STRING_LITERAL().getText().substring(1), mode));
        }
        for (TerminalNode part : literal.STRING_LITERAL()) {
            value.append(Literals.value(part.getText(), mode));
        }
        return value.toString();
    }

    private String constant(ConstantContext constant) {
        if (constant.NULL_SPEC_LITERAL() != null) {
            return "NULL";
        }
        if (constant.BIT_STRING() != null) {
            findings.add(ActionCode.SQL_BINARY_LITERAL, constant, "Bit literal " + constant.getText() + ".");
            return "B" + constant.getText().substring(1);
        }
        return null;
    }

    private String hexadecimal(HexadecimalLiteralContext hex) {
        String text = hex.HEXADECIMAL_LITERAL().getText();
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2)
                : text.substring(2, text.length() - 1);
        findings.add(ActionCode.SQL_BINARY_LITERAL, hex, "Hex literal " + text + " written as bytea.");
        return "'\\x" + digits.toLowerCase(Locale.ROOT) + "'::bytea";
    }

    private String comparison(ComparisonOperatorContext op) {
        String text = op.getText();
        return switch (text) {
            case "<=>" -> "IS NOT DISTINCT FROM";
            case "!=" -> "<>";
            default -> text;
        };
    }

    private String logical(LogicalExpressionContext e) {
        if (e.logicalOperator().XOR() != null) {
            // MySQL: NULL when either side is NULL, else whether exactly one side is true (non-zero)
            return operand(e.expression(0)) + " <> " + operand(e.expression(1));
        }
        if (mode.pipesAsConcat() && !e.logicalOperator().BIT_OR_OP().isEmpty()) {
            return asText(e.expression(0)) + " || " + asText(e.expression(1));
        }
        if (numeric(e.expression(0)) || numeric(e.expression(1))) {
            return condition(e.expression(0)) + " " + emit(e.logicalOperator()) + " " + condition(e.expression(1));
        }
        return null;
    }

    /** A side of XOR as a parenthesised condition: {@code (n <> 0)} for a number, {@code (b)} for a boolean. */
    private String operand(ParseTree side) {
        return numeric(side) ? condition(side) : "(" + condition(side) + ")";
    }

    /** MySQL {@code /} always divides exactly (and gives NULL for / 0); DIV truncates; MOD of 0 is NULL. */
    private String math(MathExpressionAtomContext m) {
        MultOperatorContext op = m.multOperator();
        if (op == null || op.STAR() != null) {
            return null;
        }
        String left = emit(m.left);
        String divisor = Trees.integerLiteral(m.right).filter(v -> v != 0).isPresent() ? emit(m.right)
                : "NULLIF(" + emit(m.right) + ", 0)";
        if (op.DIVIDE() != null) {
            return "CAST(" + left + " AS numeric) / " + divisor;
        }
        if (op.DIV() != null) {
            return "div(" + left + ", " + divisor + ")::bigint";
        }
        return left + " % " + divisor;
    }

    private String variable(MysqlVariableContext v) {
        if (v.GLOBAL_ID() != null) {
            findings.add(ActionCode.SQL_SYSTEM_VARIABLE, v, "System variable " + v.getText() + ".");
            String name = v.getText().substring(2);
            int dot = name.indexOf('.');
            return "current_setting(" + Literals.literal(dot < 0 ? name : name.substring(dot + 1)) + ")";
        }
        String name = userVariableName(v.getText());
        return scope.userVariable(name).orElseGet(() -> {
            findings.add(ActionCode.ROUTINE_USER_VARIABLE, v, "User variable " + v.getText() + " read from a setting.");
            return "current_setting(" + Literals.literal("dmspilot." + name) + ", true)";
        });
    }

    /** {@code @x}, {@code @`x y`}, {@code @'x'} → the variable's lower-case name. */
    static String userVariableName(String token) {
        String raw = token.substring(1);
        if (raw.startsWith("'") || raw.startsWith("\"")) {
            raw = Literals.value(raw, SqlMode.DEFAULT);
        }
        return Identifiers.unquoteMysql(raw).toLowerCase(Locale.ROOT);
    }

    final String limit(LimitClauseContext limit) {
        List<LimitClauseAtomContext> atoms = limit.limitClauseAtom();
        if (atoms.size() == 2) {
            boolean offsetFirst = limit.COMMA() != null;
            LimitClauseAtomContext count = offsetFirst ? atoms.get(1) : atoms.get(0);
            LimitClauseAtomContext offset = offsetFirst ? atoms.get(0) : atoms.get(1);
            return "LIMIT " + emit(count) + " OFFSET " + emit(offset);
        }
        return null;
    }

    private String selectSpec(SelectSpecContext spec) {
        if (spec.DISTINCTROW() != null) {
            return "DISTINCT";
        }
        return spec.ALL() != null || spec.DISTINCT() != null ? null : "";
    }

    /** A call without arguments through the function tables. */
    String emitCall(String name, ParserRuleContext at) {
        return functions.call(name, List.of(), at);
    }

    /** The translated arguments of a call, commas removed. */
    final List<ParseTree> arguments(MySqlParser.FunctionArgsContext args) {
        if (args == null) {
            return List.of();
        }
        return args.children.stream().filter(c -> !(c instanceof TerminalNode)).toList();
    }
}
