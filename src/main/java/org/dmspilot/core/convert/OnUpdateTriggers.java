package org.dmspilot.core.convert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.Stage;

/**
 * {@code ON UPDATE CURRENT_TIMESTAMP} → a BEFORE UPDATE trigger that sets the column only when the row really
 * changed and the UPDATE did not set the column itself (MySQL's rule).
 */
final class OnUpdateTriggers {
    private final ConversionContext ctx;

    OnUpdateTriggers(ConversionContext ctx) {
        this.ctx = ctx;
    }

    void write(Table table, String qualifiedTable, Map<String, ColumnPlan> columns) {
        List<ColumnPlan> onUpdate = columns.values().stream().filter(c -> c.source().onUpdate() != null).toList();
        if (onUpdate.isEmpty()) {
            return;
        }
        String function = ctx.qualified(ctx.names.claim(PgNames.name(table.name() + "_on_update")));
        StringBuilder body = new StringBuilder();
        for (ColumnPlan c : onUpdate) {
            String value = c.source().onUpdate().toLowerCase(Locale.ROOT).startsWith("curdate")
                    ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
            body.append("    IF NEW.").append(c.quoted()).append(" IS NOT DISTINCT FROM OLD.").append(c.quoted())
                    .append(" AND NEW IS DISTINCT FROM OLD THEN\n        NEW.").append(c.quoted()).append(" := ")
                    .append(value).append(";\n    END IF;\n");
        }
        String object = ctx.object(table.name());
        ctx.emit(Stage.TRIGGERS, object, "CREATE OR REPLACE FUNCTION " + function
                + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body + "    RETURN NEW;\nEND\n$$");
        // PostgreSQL fires triggers in name order: zz_ runs after the table's converted BEFORE UPDATE triggers
        ctx.emit(Stage.TRIGGERS, object, "CREATE TRIGGER " + PgNames.quote(PgNames.name("zz_" + table.name()
                + "_on_update")) + " BEFORE UPDATE ON " + qualifiedTable + " FOR EACH ROW EXECUTE FUNCTION "
                + function + "()");
    }
}
