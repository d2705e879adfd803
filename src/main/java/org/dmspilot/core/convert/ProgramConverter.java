package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;

/**
 * Converts a schema's code objects — views, functions, procedures, triggers — into statements of the VIEWS,
 * ROUTINES and TRIGGERS stages. The SQL translator implements it; {@link #NOT_CONVERTED} reports each object as an
 * action item instead, so nothing is ever dropped silently.
 */
@FunctionalInterface
public interface ProgramConverter {
    /** Lists every code object as not converted (critical): used where no translator is available. */
    ProgramConverter NOT_CONVERTED = (schema, targetSchema, rules, progress) -> {
        List<ActionItem> items = new ArrayList<>();
        for (View v : schema.views()) {
            items.add(notConverted(schema, "view", v.name()));
        }
        for (Routine r : schema.routines()) {
            items.add(notConverted(schema, r.type().name().toLowerCase(java.util.Locale.ROOT), r.name()));
        }
        for (Trigger t : schema.triggers()) {
            items.add(notConverted(schema, "trigger", t.name()));
        }
        return new ConversionResult(List.of(), items);
    };

    ConversionResult convert(Schema schema, String targetSchema, MappingRules rules, ProgressListener progress);

    /**
     * Converts knowing the column types the table conversion of the same schema chose; by default they are ignored.
     */
    default ConversionResult convert(Schema schema, String targetSchema, MappingRules rules, ColumnTypes columns,
            ProgressListener progress) {
        return convert(schema, targetSchema, rules, progress);
    }

    private static ActionItem notConverted(Schema schema, String kind, String name) {
        return ActionCode.OBJECT_NOT_CONVERTED.item(
                schema.name() + "." + name, "The " + kind + " " + name + " was not converted: no SQL translator is"
                + " available.");
    }
}
