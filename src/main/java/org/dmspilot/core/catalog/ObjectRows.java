package org.dmspilot.core.catalog;

import java.util.List;
import java.util.Locale;
import org.dmspilot.core.sqlparse.MysqlText;
import org.dmspilot.model.catalog.CheckConstraint;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/** information_schema rows → views, routines, triggers, events and checks. */
final class ObjectRows {
    private ObjectRows() {
    }

    /**
     * A view as the server stores it, with its own schema's qualifier dropped ({@code `shop`.`t`.`a`} →
     * {@code `t`.`a`}), as {@code SHOW CREATE VIEW} and dumps write it.
     */
    static View view(Row r) {
        return new View(r.text("TABLE_NAME"), unqualify(r.str("VIEW_DEFINITION"), r.text("TABLE_SCHEMA")), r.keyword("ALGORITHM"),
                r.keyword("SECURITY_TYPE"), r.keyword("CHECK_OPTION") == null ? "NONE" : r.keyword("CHECK_OPTION"),
                definer(r.str("DEFINER")));
    }

    static Routine routine(Row r, List<Routine.Parameter> parameters) {
        Routine.Type type = Routine.Type.valueOf(r.keyword("ROUTINE_TYPE"));
        return new Routine(r.text("ROUTINE_NAME"), type, parameters,
                type == Routine.Type.FUNCTION ? r.orNull("DTD_IDENTIFIER") : null, r.str("ROUTINE_DEFINITION"),
                r.yes("IS_DETERMINISTIC"), r.keyword("SQL_DATA_ACCESS"), r.keyword("SECURITY_TYPE"),
                r.str("SQL_MODE"), r.text("ROUTINE_COMMENT"), definer(r.str("DEFINER")));
    }

    static Routine.Parameter parameter(Row r) {
        String mode = r.keyword("PARAMETER_MODE");
        return new Routine.Parameter(r.text("PARAMETER_NAME"), mode == null ? Routine.Mode.IN
                : Routine.Mode.valueOf(mode), r.text("DTD_IDENTIFIER"));
    }

    static Trigger trigger(Row r, int fallbackOrder) {
        return new Trigger(r.text("TRIGGER_NAME"), r.text("EVENT_OBJECT_TABLE"),
                Trigger.Timing.valueOf(r.keyword("ACTION_TIMING")),
                Trigger.RowEvent.valueOf(r.keyword("EVENT_MANIPULATION")), r.integer("ACTION_ORDER", fallbackOrder),
                r.str("ACTION_STATEMENT"), r.str("SQL_MODE"), definer(r.str("DEFINER")));
    }

    static Event event(Row r) {
        boolean recurring = "RECURRING".equals(r.keyword("EVENT_TYPE"));
        return new Event(r.text("EVENT_NAME"), recurring, recurring ? null : r.timestamp("EXECUTE_AT"),
                recurring ? r.orNull("INTERVAL_VALUE") : null,
                recurring ? r.keyword("INTERVAL_FIELD") : null, recurring ? r.timestamp("STARTS") : null,
                r.timestamp("ENDS"), eventStatus(r.keyword("STATUS")), "PRESERVE".equals(r.keyword("ON_COMPLETION")),
                r.str("EVENT_DEFINITION"), r.str("SQL_MODE"), r.text("EVENT_COMMENT"), definer(r.str("DEFINER")));
    }

    /** MySQL 8.4+ says REPLICA_SIDE_DISABLED for what MariaDB and older MySQL call SLAVESIDE_DISABLED. */
    private static String eventStatus(String status) {
        return "REPLICA_SIDE_DISABLED".equals(status) ? "SLAVESIDE_DISABLED" : status;
    }

    static CheckConstraint check(Row r, ServerVersion version) {
        return new CheckConstraint(r.text("CONSTRAINT_NAME"),
                MysqlText.stripParentheses(version.expressionText(r.text("CHECK_CLAUSE"))));
    }

    /** Removes {@code `schema`.} outside string literals and comments. */
    static String unqualify(String sql, String schema) {
        if (sql == null) {
            return null;
        }
        String prefix = "`" + schema.replace("`", "``") + "`.";
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            if (sql.startsWith(prefix, i)) {
                i += prefix.length();
                continue;
            }
            int end = Math.max(i + 1, MysqlText.skipQuotedOrComment(sql, i));
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    /** {@code `root`@`%`}, {@code 'root'@'%'} or {@code root@%} → {@code root@%}. */
    static String definer(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.trim().replace("`", "").replace("'", "").toLowerCase(Locale.ROOT).equals("current_user")
                ? "CURRENT_USER" : raw.trim().replace("`", "").replace("'", "");
    }
}
