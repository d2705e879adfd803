package org.dmspilot.core.convert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.MappingRule;
import org.dmspilot.model.convert.MappingRule.Action;
import org.dmspilot.model.convert.MappingRule.Target;

/**
 * The project's selection and mapping rules as an AWS DMS table-mapping document: selection rules per schema,
 * exclusions, {@code convert-lowercase} (DMS keeps MySQL's case otherwise), then renames and removed columns.
 */
public final class DmsTableMappings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DmsTableMappings() {
    }

    /** The table-mapping JSON document (pretty-printed, as the DMS console shows it). */
    public static String json(List<Schema> schemas, MappingRules rules) {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode list = doc.putArray("rules");
        int id = 0;
        for (Schema schema : schemas) {
            selection(list, ++id, schema.name(), "%", "include");
        }
        for (MappingRule r : rules.rules()) {
            if (r.action() == Action.EXCLUDE && r.target() != Target.COLUMN) {
                selection(list, ++id, r.schema(), r.target() == Target.SCHEMA ? "%" : r.table(), "exclude");
            }
        }
        for (String target : new String[] {"schema", "table", "column"}) {
            ObjectNode rule = transformation(list, ++id, target, "convert-lowercase");
            ObjectNode locator = rule.putObject("object-locator");
            locator.put("schema-name", "%");
            if (!target.equals("schema")) {
                locator.put("table-name", "%");
            }
            if (target.equals("column")) {
                locator.put("column-name", "%");
            }
        }
        for (MappingRule r : rules.rules()) {
            switch (r.action()) {
                case RENAME -> locate(transformation(list, ++id, target(r), "rename"), r)
                        .put("value", PgNames.fit(r.value()));
                case KEEP_CASE -> {
                    for (MappingRule exact : keepCaseRules(r, schemas)) {
                        locate(transformation(list, ++id, target(exact), "rename"), exact).put("value",
                                keptName(exact));
                    }
                }
                case EXCLUDE -> {
                    if (r.target() == Target.COLUMN) {
                        locate(transformation(list, ++id, "column", "remove-column"), r);
                    }
                }
                case ADD_PREFIX -> locate(transformation(list, ++id, target(r), "add-prefix"), r)
                        .put("value", r.value());
                case TYPE_OVERRIDE -> {
                    // the target schema is pre-created by DMS Pilot with the overridden type (DO_NOTHING)
                }
                default -> throw new IllegalStateException(r.action().name());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keep-case rule with patterns becomes one rename per matching object, spelled as in the catalog. */
    private static List<MappingRule> keepCaseRules(MappingRule r, List<Schema> schemas) {
        List<MappingRule> exact = new java.util.ArrayList<>();
        for (Schema s : schemas) {
            if (r.target() == Target.SCHEMA && r.matches(s.name(), null, null)) {
                exact.add(new MappingRule(Action.KEEP_CASE, Target.SCHEMA, s.name(), null, null, null));
            }
            for (Table t : r.target() == Target.SCHEMA ? List.<Table>of() : s.tables()) {
                if (r.target() == Target.TABLE && r.matches(s.name(), t.name(), null)) {
                    exact.add(new MappingRule(Action.KEEP_CASE, Target.TABLE, s.name(), t.name(), null, null));
                }
                for (Column c : r.target() == Target.COLUMN ? t.columns() : List.<Column>of()) {
                    if (r.matches(s.name(), t.name(), c.name())) {
                        exact.add(new MappingRule(Action.KEEP_CASE, Target.COLUMN, s.name(), t.name(), c.name(),
                                null));
                    }
                }
            }
        }
        return exact;
    }

    private static String keptName(MappingRule r) {
        return switch (r.target()) {
            case SCHEMA -> r.schema();
            case TABLE -> r.table();
            case COLUMN -> r.column();
        };
    }

    private static String target(MappingRule r) {
        return r.target().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void selection(ArrayNode list, int id, String schema, String table, String action) {
        ObjectNode rule = list.addObject();
        rule.put("rule-type", "selection");
        rule.put("rule-id", String.valueOf(id));
        rule.put("rule-name", String.valueOf(id));
        ObjectNode locator = rule.putObject("object-locator");
        locator.put("schema-name", schema);
        locator.put("table-name", table);
        rule.put("rule-action", action);
    }

    private static ObjectNode transformation(ArrayNode list, int id, String target, String action) {
        ObjectNode rule = list.addObject();
        rule.put("rule-type", "transformation");
        rule.put("rule-id", String.valueOf(id));
        rule.put("rule-name", String.valueOf(id));
        rule.put("rule-target", target);
        rule.put("rule-action", action);
        return rule;
    }

    private static ObjectNode locate(ObjectNode rule, MappingRule r) {
        ObjectNode locator = rule.putObject("object-locator");
        locator.put("schema-name", r.schema());
        if (r.target() != Target.SCHEMA) {
            locator.put("table-name", r.table());
        }
        if (r.target() == Target.COLUMN) {
            locator.put("column-name", r.column());
        }
        return rule;
    }
}
