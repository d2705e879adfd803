package org.dmspilot.core.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.BadInputException;
import org.dmspilot.model.convert.MappingRule;
import org.dmspilot.model.convert.MappingRule.Action;
import org.dmspilot.model.convert.MappingRule.Target;

/**
 * The transformation rules of a checked table-mappings document ({@link TableMappingsGrammar}) as the converter's
 * mapping rules, so that {@code convert --table-mappings}, {@code migrate} (conversion, full load, CDC) and
 * {@code validate} name and type the target objects the same way: {@code rename} of a schema, table or column,
 * {@code add-prefix}, {@code remove-column}, {@code change-data-type} (DMS's type names mapped to PostgreSQL's), and selection
 * {@code exclude}. {@code convert-lowercase} is what the converter does anyway. Every other transformation is refused
 * naming its rule: applying some rules and silently not others would put data under names nobody asked for.
 */
public final class DmsTransformations {
    /** DMS data types (as in change-data-type) → PostgreSQL; {@code %l} length, {@code %p,%s} precision, scale. */
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("int1", "smallint"),
            Map.entry("int2", "smallint"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("uint1", "smallint"), Map.entry("uint2", "integer"), Map.entry("uint4", "bigint"),
            Map.entry("uint8", "numeric(20)"), Map.entry("numeric", "numeric(%p,%s)"), Map.entry("real4", "real"),
            Map.entry("real8", "double precision"), Map.entry("string", "varchar(%l)"),
            Map.entry("wstring", "varchar(%l)"), Map.entry("boolean", "boolean"), Map.entry("date", "date"),
            Map.entry("time", "time"), Map.entry("datetime", "timestamp"), Map.entry("blob", "bytea"),
            Map.entry("bytes", "bytea"), Map.entry("clob", "text"), Map.entry("nclob", "text"));

    private DmsTransformations() {
    }

    /**
     * @param root a document {@link TableMappingsGrammar#check} accepted
     * @param source how messages name the document
     * @throws BadInputException for a transformation the conversion does not apply, naming its rule
     */
    public static List<MappingRule> rules(JsonNode root, String source) {
        List<MappingRule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            String type = rule.path("rule-type").asText();
            String action = rule.path("rule-action").asText().toLowerCase(Locale.ROOT);
            JsonNode at = rule.path("object-locator");
            String schema = at.path("schema-name").asText();
            String table = at.path("table-name").asText(null);
            String column = at.path("column-name").asText(null);
            if (type.equals("selection") && action.equals("exclude")) {
                rules.add(new MappingRule(Action.EXCLUDE, Target.TABLE, schema, table, null, null));
                continue;
            }
            if (!type.equals("transformation") || action.equals("convert-lowercase")) {
                continue;
            }
            String target = rule.path("rule-target").asText().toLowerCase(Locale.ROOT);
            String what = source + ": rule " + rule.path("rule-id").asText() + " (" + action + " " + target + ")";
            switch (action + " " + target) {
                case "rename schema" -> rules.add(new MappingRule(Action.RENAME, Target.SCHEMA, schema, null, null,
                        value(rule, what)));
                case "add-prefix schema", "add-prefix table", "add-prefix column" -> rules.add(new MappingRule(
                        Action.ADD_PREFIX, Target.valueOf(target.toUpperCase(Locale.ROOT)), schema,
                        target.equals("schema") ? null : table, target.equals("column") ? column : null,
                        value(rule, what)));
                case "rename table" -> rules.add(new MappingRule(Action.RENAME, Target.TABLE, schema, table, null,
                        value(rule, what)));
                case "rename column" -> rules.add(new MappingRule(Action.RENAME, Target.COLUMN, schema, table, column,
                        value(rule, what)));
                case "remove-column column" -> rules.add(new MappingRule(Action.EXCLUDE, Target.COLUMN, schema, table,
                        column, null));
                case "change-data-type column" -> rules.add(new MappingRule(Action.TYPE_OVERRIDE, Target.COLUMN,
                        schema, table, column, type(rule.path("data-type"), what)));
                default -> throw new BadInputException(what + ": the conversion and the local engine do not apply"
                        + " this transformation (they apply rename of schemas, tables and columns, add-prefix,"
                        + " remove-column, change-data-type, convert-lowercase); express it with those, or leave it"
                        + " out.");
            }
        }
        return rules;
    }

    private static String value(JsonNode rule, String what) {
        String value = rule.path("value").asText("");
        if (value.isBlank()) {
            throw new BadInputException(what + ": a rename needs a non-empty \"value\".");
        }
        return value;
    }

    private static String type(JsonNode dataType, String what) {
        String name = dataType.path("type").asText("").toLowerCase(Locale.ROOT);
        String pg = TYPES.get(name);
        if (pg == null) {
            throw new BadInputException(what + ": unknown data-type \"" + name + "\"; DMS's types are "
                    + String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ".");
        }
        if (pg.contains("%l")) {
            pg = dataType.has("length") ? pg.replace("%l", dataType.path("length").asText()) : "text";
        }
        if (pg.contains("%p")) {
            pg = dataType.has("precision") ? pg.replace("%p", dataType.path("precision").asText()).replace("%s",
                    dataType.path("scale").asText("0")) : "numeric";
        }
        return pg;
    }
}
