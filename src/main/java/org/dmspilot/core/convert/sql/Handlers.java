package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.convert.ActionCode;

/** MySQL handler conditions → PL/pgSQL exception conditions (declarative tables). */
final class Handlers {
    /** MySQL error numbers with a PostgreSQL condition of the same meaning. */
    static final Map<String, String> ERROR_CODES = Map.ofEntries(
            Map.entry("1062", "unique_violation"), Map.entry("1586", "unique_violation"),
            Map.entry("1451", "foreign_key_violation"), Map.entry("1452", "foreign_key_violation"),
            Map.entry("1048", "not_null_violation"), Map.entry("1364", "not_null_violation"),
            Map.entry("1264", "numeric_value_out_of_range"), Map.entry("1365", "division_by_zero"),
            Map.entry("1406", "string_data_right_truncation"), Map.entry("1213", "deadlock_detected"),
            Map.entry("1205", "lock_not_available"), Map.entry("1146", "undefined_table"),
            Map.entry("1054", "undefined_column"), Map.entry("3819", "check_violation"),
            Map.entry("4025", "check_violation"), Map.entry("1172", "too_many_rows"));

    /** MySQL SQLSTATEs → PostgreSQL conditions (23000 is a class in PostgreSQL: every integrity violation). */
    static final Map<String, String> SQLSTATES = Map.ofEntries(
            Map.entry("23000", "integrity_constraint_violation"), Map.entry("22012", "division_by_zero"),
            Map.entry("22001", "string_data_right_truncation"), Map.entry("22003", "numeric_value_out_of_range"),
            Map.entry("40001", "serialization_failure"), Map.entry("42S02", "undefined_table"),
            Map.entry("42S22", "undefined_column"), Map.entry("21000", "cardinality_violation"));

    /** Not-found conditions: NOT FOUND, SQLSTATE '02000', error 1329. */
    static boolean isNotFound(HandlerConditionValueContext c) {
        return c instanceof HandlerConditionNotfoundContext
                || c instanceof HandlerConditionStateContext s && s.STRING_LITERAL().getText().contains("02000")
                || c instanceof HandlerConditionCodeContext code && code.getText().equals("1329");
    }

    static boolean isWarning(HandlerConditionValueContext c) {
        return c instanceof HandlerConditionWarningContext;
    }

    /**
     * The PL/pgSQL conditions for a handler's error conditions; unknown codes become OTHERS with an action item.
     *
     * @param declared condition names declared with DECLARE ... CONDITION FOR, mapped to their code or SQLSTATE
     */
    static List<String> conditions(List<HandlerConditionValueContext> values, Map<String, String> declared,
            Findings findings) {
        List<String> out = new ArrayList<>();
        for (HandlerConditionValueContext value : values) {
            if (isNotFound(value) || isWarning(value)) {
                continue;
            }
            String condition = null;
            if (value instanceof HandlerConditionExceptionContext) {
                condition = "OTHERS";
            } else if (value instanceof HandlerConditionCodeContext code) {
                condition = ERROR_CODES.get(code.getText());
            } else if (value instanceof HandlerConditionStateContext state) {
                condition = sqlstate(Literals.value(state.STRING_LITERAL().getText(), SqlMode.DEFAULT));
            } else if (value instanceof HandlerConditionNameContext name) {
                String code = declared.get(name.getText().toLowerCase(java.util.Locale.ROOT));
                condition = code == null ? null : code.length() == 5 ? sqlstate(code) : ERROR_CODES.get(code);
            }
            if (condition == null) {
                findings.add(ActionCode.ROUTINE_HANDLER_CONDITION, value, "Handler for " + value.getText() + ".");
                condition = "OTHERS";
            }
            if (!out.contains(condition)) {
                out.add(condition);
            }
        }
        return out.contains("OTHERS") ? List.of("OTHERS") : out;
    }

    /** A SQLSTATE as a condition: a known name, or SQLSTATE 'xxxxx' for user-defined classes such as 45xxx. */
    static String sqlstate(String state) {
        String known = SQLSTATES.get(state);
        if (known != null) {
            return known;
        }
        return state.startsWith("45") || state.startsWith("HY") ? "SQLSTATE '" + state + "'" : null;
    }
}
