package org.dmspilot.core.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmspilot.core.mapping.RowFilters.ColumnFilter;
import org.dmspilot.core.mapping.RowFilters.Condition;

/**
 * A DMS table-mappings document as a list of rules a form edits, and back: {@link #parse} checks the text with
 * {@link TableMappingsGrammar} (errors name line and column), {@link #json} writes the rules in the console's format.
 * What the form does not show (a rule's other members, table-settings rules, change-data-type's data type) travels
 * in {@link Rule#original()} and is written back unchanged, so an edit in the form never drops part of the document.
 */
public final class MappingDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule's type. */
    public enum Kind {
        SELECTION("selection"), TRANSFORMATION("transformation"), TABLE_SETTINGS("table-settings");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        /** The {@code rule-type} value. */
        public String json() {
            return json;
        }

        static Kind of(String ruleType) {
            for (Kind k : values()) {
                if (k.json.equalsIgnoreCase(ruleType)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(ruleType);
        }
    }

    /**
     * One rule as the form shows it.
     *
     * @param id the rule-id; 0 for a rule the form just added (it gets the next free id when written)
     * @param action rule-action ({@code include}, {@code exclude}, {@code rename}, {@code add-prefix},
     *     {@code convert-lowercase}, {@code remove-column}, ...)
     * @param target rule-target for transformations ({@code schema}, {@code table}, {@code column}); null otherwise
     * @param schema schema name or pattern ({@code %} wildcard)
     * @param table table name or pattern; null for a schema transformation
     * @param column column name or pattern; null unless the target is a column
     * @param value the new name (rename) or the prefix (add-prefix); null otherwise
     * @param filters row filters of an include rule
     * @param original the rule as read, kept for the members the form does not edit; null for a new rule
     */
    public record Rule(int id, Kind kind, String action, String target, String schema, String table, String column,
            String value, List<ColumnFilter> filters, ObjectNode original) {
        public Rule {
            filters = filters == null ? List.of() : List.copyOf(filters);
        }

        /** A new selection rule. */
        public static Rule selection(String action, String schema, String table, List<ColumnFilter> filters) {
            return new Rule(0, Kind.SELECTION, action, null, schema, table, null, null, filters, null);
        }

        /** A new transformation rule; names the form does not need for the target are dropped. */
        public static Rule transformation(String action, String target, String schema, String table, String column,
                String value) {
            return new Rule(0, Kind.TRANSFORMATION, action, target, schema, target.equals("schema") ? null : table,
                    target.equals("column") ? column : null, blankToNull(value), List.of(), null);
        }

        /** This rule with the form's fields of {@code edited} (id and unedited members kept). */
        public Rule replacedBy(Rule edited) {
            return new Rule(id, edited.kind(), edited.action(), edited.target(), edited.schema(), edited.table(),
                    edited.column(), edited.value(), edited.filters(), original);
        }

        /** A sentence for the rule list: {@code include shop.orders where region = EU}. */
        public String describe() {
            String object = kind == Kind.TRANSFORMATION && "schema".equals(target) ? schema
                    : column != null ? schema + "." + table + "." + column : schema + "." + table;
            StringBuilder s = new StringBuilder(action);
            if (target != null) {
                s.append(' ').append(target);
            }
            s.append(' ').append(object);
            if (value != null) {
                s.append(action.equals("add-prefix") ? " with " : " to ").append(value);
            }
            if (!filters.isEmpty()) {
                s.append(" where ").append(RowFilters.describe(filters));
            }
            return s.toString();
        }
    }

    private MappingDocument() {
    }

    /**
     * The rules of a document.
     *
     * @param source how messages name the document
     * @throws org.dmspilot.core.BadInputException naming line, column and what is wrong
     */
    public static List<Rule> parse(String json, String source) {
        JsonNode root = TableMappingsGrammar.check(json, source);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            JsonNode at = r.path("object-locator");
            Kind kind = Kind.of(r.path("rule-type").asText());
            rules.add(new Rule(r.path("rule-id").asInt(), kind, lower(r.path("rule-action").asText(null)),
                    lower(r.path("rule-target").asText(null)), at.path("schema-name").asText(null),
                    at.path("table-name").asText(null), at.path("column-name").asText(null),
                    r.path("value").asText(null), kind == Kind.SELECTION ? RowFilters.of(r) : List.of(),
                    ((ObjectNode) r).deepCopy()));
        }
        return rules;
    }

    /** The document of {@code rules}, pretty-printed; new rules get the next free rule-id. */
    public static String json(List<Rule> rules) {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode list = doc.putArray("rules");
        Set<Integer> used = new HashSet<>();
        rules.forEach(r -> used.add(r.id()));
        int next = used.stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<Integer> written = new HashSet<>();
        for (Rule r : rules) {
            int id = r.id() > 0 && written.add(r.id()) ? r.id() : ++next;
            written.add(id);
            list.add(node(r, id));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode node(Rule r, int id) {
        ObjectNode o = JSON.createObjectNode();
        o.put("rule-type", r.kind().json());
        o.put("rule-id", String.valueOf(id));
        String name = r.original() == null ? null : r.original().path("rule-name").asText(null);
        o.put("rule-name", name == null || name.isBlank() ? String.valueOf(id) : name);
        ObjectNode locator = o.putObject("object-locator");
        locator.put("schema-name", r.schema());
        putIfSet(locator, "table-name", r.table());
        putIfSet(locator, "column-name", r.column());
        if (r.original() != null && r.original().get("object-locator") instanceof ObjectNode old) {
            old.fields().forEachRemaining(e -> {
                if (!Set.of("schema-name", "table-name", "column-name").contains(e.getKey())) {
                    locator.set(e.getKey(), e.getValue());
                }
            });
        }
        putIfSet(o, "rule-action", r.action());
        putIfSet(o, "rule-target", r.target());
        putIfSet(o, "value", r.value());
        if (!r.filters().isEmpty()) {
            ArrayNode filters = o.putArray("filters");
            for (ColumnFilter f : r.filters()) {
                ObjectNode fo = filters.addObject();
                fo.put("filter-type", "source");
                fo.put("column-name", f.column());
                ArrayNode conditions = fo.putArray("filter-conditions");
                for (Condition c : f.conditions()) {
                    ObjectNode co = conditions.addObject();
                    co.put("filter-operator", c.operator());
                    putIfSet(co, "value", c.value());
                    putIfSet(co, "start-value", c.start());
                    putIfSet(co, "end-value", c.end());
                }
            }
        }
        if (r.original() != null) {
            Set<String> edited = Set.of("rule-type", "rule-id", "rule-name", "object-locator", "rule-action",
                    "rule-target", "value", "filters");
            r.original().fields().forEachRemaining(e -> {
                if (!edited.contains(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            });
        }
        return o;
    }

    private static void putIfSet(ObjectNode o, String member, String value) {
        if (value != null) {
            o.put(member, value);
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
