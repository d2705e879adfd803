package org.dmspilot.core.convert.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * ON UPDATE CURRENT_TIMESTAMP → BEFORE UPDATE trigger. The row counts as changed when its columns other than the
 * auto-updated ones differ ({@code to_jsonb(NEW) - cols IS DISTINCT FROM to_jsonb(OLD) - cols}); a column the
 * UPDATE set explicitly keeps that value. The trigger is named {@code zz_...} so it fires after the table's other
 * BEFORE UPDATE triggers (PostgreSQL fires them in name order) and sees their changes.
 */
final class OnUpdateTrigger {
    private OnUpdateTrigger() {
    }

    static String ddl(String schema, String table, List<String> columns) {
        String base = (table + "_on_update").toLowerCase(java.util.Locale.ROOT);
        String function = Identifiers.qualified(schema, base);
        String trigger = Identifiers.quote(truncate("zz_" + base));
        String names = columns.stream().map(c -> Literals.literal(c.toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(", "));
        StringBuilder sets = new StringBuilder();
        for (String column : columns) {
            String c = Identifiers.quote(column);
            sets.append("        IF NEW.").append(c).append(" IS NOT DISTINCT FROM OLD.").append(c).append(" THEN\n")
                    .append("            NEW.").append(c).append(" := now();\n")
                    .append("        END IF;\n");
        }
        return "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger\nLANGUAGE plpgsql AS $body$\n"
                + "BEGIN\n"
                + "    IF to_jsonb(NEW) - ARRAY[" + names + "] IS DISTINCT FROM to_jsonb(OLD) - ARRAY[" + names
                + "] THEN\n" + sets
                + "    END IF;\n    RETURN NEW;\nEND;\n$body$;\n"
                + "CREATE TRIGGER " + trigger + " BEFORE UPDATE ON " + Identifiers.qualified(schema, table)
                + "\n    FOR EACH ROW EXECUTE FUNCTION " + function + "();\n";
    }

    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
