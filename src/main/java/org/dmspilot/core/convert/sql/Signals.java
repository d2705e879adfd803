package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.convert.ActionCode;

/** SIGNAL / RESIGNAL → RAISE, GET DIAGNOSTICS → GET [STACKED] DIAGNOSTICS. */
final class Signals {
    /** MySQL's message for SQLSTATE 45000 raised without MESSAGE_TEXT. */
    static final String DEFAULT_MESSAGE = "Unhandled user-defined exception condition";

    private Signals() {
    }

    static List<String> signal(ExpressionTranslator x, SignalStatementContext s) {
        String state = s.stringLiteral() != null ? x.literalValue(s.stringLiteral()) : null;
        if (state == null) {
            x.findings.add(ActionCode.ROUTINE_STATEMENT, s, "SIGNAL without a SQLSTATE literal.");
            return List.of("RAISE EXCEPTION 'DMS Pilot: SIGNAL not converted';");
        }
        String level = state.startsWith("01") ? "WARNING" : "EXCEPTION";
        return List.of("RAISE " + level + " USING " + String.join(", ", options(x, s.signalConditionInformation(),
                "'" + state + "'", DEFAULT_MESSAGE)) + ";");
    }

    static List<String> resignal(ExpressionTranslator x, ResignalStatementContext s) {
        if (s.signalConditionInformation().isEmpty() && s.stringLiteral() == null) {
            return List.of("RAISE;");
        }
        String state = s.stringLiteral() != null ? "'" + x.literalValue(s.stringLiteral()) + "'" : "SQLSTATE";
        return List.of("RAISE EXCEPTION USING " + String.join(", ", options(x, s.signalConditionInformation(), state,
                null)) + ";");
    }

    private static List<String> options(ExpressionTranslator x, List<SignalConditionInformationContext> items,
            String errcode, String defaultMessage) {
        List<String> out = new ArrayList<>();
        out.add("ERRCODE = " + errcode);
        String message = defaultMessage == null ? "SQLERRM" : Literals.literal(defaultMessage);
        for (SignalConditionInformationContext item : items) {
            String name = item.getChild(0).getText().toUpperCase(Locale.ROOT);
            String value = x.emit(item.getChild(item.getChildCount() - 1));
            if (name.equals("MESSAGE_TEXT")) {
                message = value;
            } else if (name.equals("MYSQL_ERRNO")) {
                x.findings.add(ActionCode.ROUTINE_SIGNAL_ERRNO, item, "MYSQL_ERRNO " + value + " kept as DETAIL.");
                out.add("DETAIL = 'MYSQL_ERRNO " + value.replace("'", "") + "'");
            }
        }
        out.add(1, "MESSAGE = " + message);
        return out;
    }

    static List<String> diagnostics(ExpressionTranslator x, DiagnosticsStatementContext d, boolean inHandler) {
        List<String> assignments = new ArrayList<>();
        List<VariableClauseContext> targets = d.variableClause();
        boolean condition = d.CONDITION() != null;
        for (int i = 0; i < targets.size(); i++) {
            VariableClauseContext target = targets.get(i);
            String name = target.LOCAL_ID() != null
                    ? x.scope.userVariable(ExpressionTranslator.userVariableName(target.LOCAL_ID().getText()))
                            .orElseThrow()
                    : x.emit(target.uid());
            String item = condition ? d.diagnosticsConditionInformationName(i).getText().toUpperCase(Locale.ROOT)
                    : d.getChild(d.getChildCount() - 1).getText().toUpperCase(Locale.ROOT);
            String pg = switch (item) {
                case "MESSAGE_TEXT" -> "MESSAGE_TEXT";
                case "RETURNED_SQLSTATE" -> "RETURNED_SQLSTATE";
                case "ROW_COUNT" -> "ROW_COUNT";
                default -> null;
            };
            if (pg == null) {
                x.findings.add(ActionCode.ROUTINE_STATEMENT, d, "GET DIAGNOSTICS item " + item + ".");
                continue;
            }
            assignments.add(name + " = " + pg);
        }
        String stacked = condition && inHandler ? "STACKED " : "";
        return List.of("GET " + stacked + "DIAGNOSTICS " + String.join(", ", assignments) + ";");
    }
}
