package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.RoutineBodyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.model.catalog.Routine;

/** MySQL functions and procedures → PL/pgSQL functions and procedures. */
final class Routines {
    /** Calls whose value changes within a statement (VOLATILE) or within a transaction (STABLE). */
    private static final Set<String> VOLATILE = Set.of("rand", "uuid", "sysdate", "last_insert_id", "row_count",
            "connection_id", "found_rows", "get_lock", "release_lock", "sleep");
    private static final Set<String> STABLE = Set.of("now", "current_timestamp", "curdate", "current_date",
            "curtime", "current_time", "localtime", "localtimestamp", "utc_timestamp", "utc_date", "unix_timestamp",
            "database", "schema", "user", "current_user");

    private Routines() {
    }

    static ConvertedSql convert(String schema, Routine routine, TableLookup tables) {
        String object = schema + "." + routine.name();
        Findings findings = new Findings(object, 0);
        boolean procedure = routine.type() == Routine.Type.PROCEDURE;
        try {
            var parsed = parseBody(routine.body());
            RoutineScope scope = new RoutineScope(schema, false, procedure, tables);
            scope.returnType = procedure ? null : returnType(routine.returnType());
            Facts facts = facts(parsed.tree());
            scope.usesRowCount = facts.calls.contains("row_count");
            scope.usesLastInsertId = facts.calls.contains("last_insert_id");
            ExpressionTranslator x = new ExpressionTranslator(parsed.tokens(), SqlMode.parse(routine.sqlMode()),
                    findings, scope);
            List<String> params = new ArrayList<>();
            for (Routine.Parameter p : routine.parameters()) {
                String type = parameterType(p.dataType());
                String name = p.name().toLowerCase(Locale.ROOT);
                scope.declare(name, type);
                if (p.mode() != Routine.Mode.OUT) {
                    scope.assigned.add(name);
                }
                params.add((procedure ? p.mode().name() + " " : "") + Identifiers.quote(p.name()) + " " + type);
            }
            List<String> body = new ArrayList<>(ParameterChecks.statements(routine));
            body.addAll(new BodyTranslator(x, scope, findings).body(parsed.tree()));
            for (int i = 1; i <= scope.resultSets; i++) {
                params.add("INOUT dms_result_" + i + " refcursor DEFAULT NULL");
            }
            String head = "CREATE OR REPLACE " + (procedure ? "PROCEDURE " : "FUNCTION ")
                    + Identifiers.qualified(schema, routine.name()) + "(" + String.join(", ", params) + ")"
                    + (procedure ? "" : " RETURNS " + scope.returnType)
                    + "\nLANGUAGE plpgsql" + (procedure ? "" : " " + volatility(routine, facts, findings));
            String sql = head + "\nAS $body$\n" + plpgsql(scope, body, List.of()) + "$body$;\n";
            return new ConvertedSql(object, Comments.annotate(sql, findings), findings.items());
        } catch (MysqlParsing.SyntaxError e) {
            findings.add(ActionCode.SQL_PARSE, e.line, e.column - 1, e.describe(routine.body()));
            return new ConvertedSql(object, Comments.notConverted(routine.body(), e.getMessage()), findings.items());
        }
    }

    /**
     * A parameter's PostgreSQL type. smallint becomes integer: PostgreSQL types a literal such as 5 as integer and
     * does not narrow it to smallint when it picks a routine, so {@code CALL p(5)} would find no procedure.
     */
    static String parameterType(String mysqlType) {
        String type = StatementTranslator.pgType(mysqlType);
        return type.equals("smallint") ? "integer" : type;
    }

    /**
     * A function's PostgreSQL return type. MySQL stores BOOLEAN as tinyint(1), and a function declared so returns
     * TRUE/FALSE/0/1 that callers use as conditions: it returns boolean (its RETURN values converted).
     */
    static String returnType(String mysqlType) {
        String lower = mysqlType.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("tinyint(1)") ? "boolean" : StatementTranslator.pgType(mysqlType);
    }

    /** A routine or trigger body: a BEGIN ... END block, one statement, or (functions) RETURN expr. */
    static MysqlParsing.Parsed<RoutineBodyContext> parseBody(String body) {
        String handlersWrapped = HandlerBodies.wrapped(body);
        if (!handlersWrapped.equals(body)) {
            return parseBody(handlersWrapped);
        }
        try {
            return MysqlParsing.parse(body, MySqlParser::routineBody);
        } catch (MysqlParsing.TooComplex e) {
            throw e;
        } catch (MysqlParsing.SyntaxError notABlockOrStatement) {
            // MySQL takes any single statement as the body (RETURN x, IF ... END IF, CASE, LOOP); the grammar's
            // routineBody only a block or a plain SQL statement: parse it as the one statement of a block (same lines)
            String statement = body.strip();
            try {
                return MysqlParsing.parse("BEGIN " + statement + (statement.endsWith(";") ? "" : ";") + "\nEND",
                        MySqlParser::routineBody);
            } catch (MysqlParsing.TooComplex e) {
                throw e;
            } catch (MysqlParsing.SyntaxError alsoNot) {
                throw notABlockOrStatement;
            }
        }
    }

    /** The PL/pgSQL block: MySQL's variable-over-column precedence, translation's own variables, the body. */
    static String plpgsql(RoutineScope scope, List<String> body, List<String> tail) {
        StringBuilder out = new StringBuilder("#variable_conflict use_variable\n");
        if (!scope.extraDeclarations.isEmpty()) {
            out.append("DECLARE\n");
            scope.extraDeclarations.forEach((name, type) -> out.append(BodyTranslator.INDENT).append(name).append(' ')
                    .append(type).append(";\n"));
        }
        out.append("BEGIN\n");
        body.forEach(l -> out.append(BodyTranslator.INDENT).append(l).append('\n'));
        tail.forEach(l -> out.append(BodyTranslator.INDENT).append(l).append('\n'));
        return out.append("END;\n").toString();
    }

    /** What the body does, for the volatility category. */
    record Facts(Set<String> calls, boolean readsTables, boolean modifies) {
    }

    static Facts facts(ParseTree tree) {
        Set<String> calls = new java.util.HashSet<>();
        boolean[] reads = {false};
        boolean[] modifies = {false};
        walk(tree, calls, reads, modifies);
        return new Facts(calls, reads[0], modifies[0]);
    }

    private static void walk(ParseTree t, Set<String> calls, boolean[] reads, boolean[] modifies) {
        if (t instanceof MySqlParser.ScalarFunctionCallContext f) {
            calls.add(f.scalarFunctionName().getText().toLowerCase(Locale.ROOT));
        } else if (t instanceof MySqlParser.UdfFunctionCallContext f) {
            calls.add("udf:" + f.fullId().getText().toLowerCase(Locale.ROOT));
            calls.add(Identifiers.unquoteMysql(f.fullId().getText()).toLowerCase(Locale.ROOT));
        } else if (t instanceof MySqlParser.SimpleFunctionCallContext f) {
            calls.add(f.getChild(0).getText().toLowerCase(Locale.ROOT));
        } else if (t instanceof MySqlParser.TableNameContext) {
            reads[0] = true;
        } else if (t instanceof MySqlParser.InsertStatementContext || t instanceof MySqlParser.UpdateStatementContext
                || t instanceof MySqlParser.DeleteStatementContext || t instanceof MySqlParser.ReplaceStatementContext
                || t instanceof MySqlParser.CallStatementContext || t instanceof MySqlParser.DdlStatementContext) {
            modifies[0] = true;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            walk(t.getChild(i), calls, reads, modifies);
        }
    }

    /** IMMUTABLE only when provably pure; STABLE when it only reads; VOLATILE otherwise. */
    private static String volatility(Routine routine, Facts facts, Findings findings) {
        boolean volatileCall = facts.calls.stream().anyMatch(c -> VOLATILE.contains(c) || c.startsWith("udf:"));
        if (facts.modifies || volatileCall) {
            if (routine.deterministic()) {
                findings.add(ActionCode.ROUTINE_DETERMINISTIC, 0, 0, "DETERMINISTIC but changes data or calls"
                        + " volatile functions: VOLATILE.");
            }
            return "VOLATILE";
        }
        boolean stableCall = facts.calls.stream().anyMatch(STABLE::contains);
        if (facts.readsTables || stableCall || !routine.deterministic()) {
            if (routine.deterministic()) {
                findings.add(ActionCode.ROUTINE_DETERMINISTIC, 0, 0, "DETERMINISTIC but reads tables or the clock:"
                        + " STABLE.");
            }
            return facts.readsTables || stableCall ? "STABLE" : "VOLATILE";
        }
        return "IMMUTABLE";
    }
}
