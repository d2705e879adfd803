package org.dmspilot.core.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.BadInputException;

/**
 * Checks a DMS table-mappings document against DMS's rule grammar before anything acts on it: a JSON object holding
 * a non-empty {@code rules} array; each rule of a known {@code rule-type} ({@code selection}, {@code transformation},
 * {@code table-settings}) with only the members that type has, a unique {@code rule-id}, a {@code rule-name}, an
 * {@code object-locator} object with that type's keys, a known {@code rule-action} and, for transformations, a known
 * {@code rule-target}. Every refusal names the line and column. A misspelled action ({@code "excluded"}) is an error,
 * never a silent include.
 */
public final class TableMappingsGrammar {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> COMMON = Set.of("rule-type", "rule-id", "rule-name", "object-locator");

    private record RuleType(Set<String> members, Set<String> actions, Set<String> locatorKeys,
            Set<String> requiredLocatorKeys) {
    }

    private static final Map<String, RuleType> TYPES = Map.of(
            "selection", new RuleType(Set.of("rule-action", "filters", "load-order"),
                    Set.of("include", "exclude", "explicit"), Set.of("schema-name", "table-name", "table-type"),
                    Set.of("schema-name", "table-name")),
            "transformation", new RuleType(Set.of("rule-action", "rule-target", "value", "old-value", "data-type",
                    "expression", "primary-key-def", "before-image-def"),
                    Set.of("add-column", "include-column", "remove-column", "rename", "convert-lowercase",
                            "convert-uppercase", "add-prefix", "remove-prefix", "replace-prefix", "add-suffix",
                            "remove-suffix", "replace-suffix", "define-primary-key", "change-data-type",
                            "add-before-image-columns", "data-masking-digits-mask", "data-masking-digits-randomize",
                            "data-masking-hash-mask"),
                    Set.of("schema-name", "table-name", "column-name", "table-tablespace-name",
                            "index-tablespace-name", "data-type"), Set.of("schema-name")),
            "table-settings", new RuleType(Set.of("parallel-load", "lob-settings", "bulk-max-size", "filters"),
                    Set.of(), Set.of("schema-name", "table-name"), Set.of("schema-name", "table-name")));
    private static final Set<String> TARGETS = Set.of("schema", "table", "column", "table-tablespace",
            "index-tablespace");

    private final String source;
    private final Map<JsonNode, JsonLocation> nodeAt = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, JsonLocation>> memberAt = new IdentityHashMap<>();

    private TableMappingsGrammar(String source) {
        this.source = source;
    }

    /**
     * The document's tree once it passed every check.
     *
     * @param source how messages name the document (a file name, or "Table mappings")
     * @throws BadInputException naming the source, line and column, and what is wrong
     */
    public static JsonNode check(String json, String source) {
        return new TableMappingsGrammar(source).checkDocument(json == null ? "" : json);
    }

    private JsonNode checkDocument(String json) {
        if (json.isBlank()) {
            throw new BadInputException(source + ": the table mappings are empty; DMS needs {\"rules\": [...]}.");
        }
        JsonNode root;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            root = read(p, first);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw fail(p.currentTokenLocation(), "unexpected " + describe(p) + " after the end of the document");
            }
        } catch (JsonProcessingException e) {
            throw fail(e.getLocation(), "invalid JSON: " + plainJsonMessage(e));
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (!root.isObject()) {
            throw fail(nodeAt.get(root), "the table mappings must be a JSON object {\"rules\": [...]}");
        }
        for (String member : iterable(root.fieldNames())) {
            if (!member.equals("rules")) {
                throw fail(memberAt.get(root).get(member), "unknown member \"" + member + "\": a table-mappings"
                        + " document has only \"rules\"");
            }
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw fail(valueAt(root, "rules"), "\"rules\" must be a non-empty array");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            checkRule(rules.get(i), i + 1, ids);
        }
        return root;
    }

    private void checkRule(JsonNode rule, int number, Map<String, Integer> ids) {
        String where = "rule " + number;
        if (!rule.isObject()) {
            throw fail(nodeAt.get(rule), where + " must be a JSON object");
        }
        String type = text(rule, "rule-type", where, null);
        RuleType grammar = TYPES.get(type.toLowerCase(Locale.ROOT));
        if (grammar == null) {
            throw fail(valueAt(rule, "rule-type"), where + ": unknown rule-type \"" + type + "\" (DMS knows "
                    + String.join(", ", sorted(TYPES.keySet())) + ")");
        }
        for (String member : iterable(rule.fieldNames())) {
            if (!COMMON.contains(member) && !grammar.members().contains(member)) {
                throw fail(memberAt.get(rule).get(member), where + ": unknown member \"" + member + "\" in a "
                        + type + " rule");
            }
        }
        JsonNode id = rule.get("rule-id");
        if (id == null || !(id.isTextual() && id.asText().matches("\\d+") || id.isIntegralNumber())) {
            throw fail(valueAt(rule, "rule-id"), where + ": \"rule-id\" must be a number"
                    + " (as text or a JSON number)");
        }
        Integer earlier = ids.putIfAbsent(id.asText(), number);
        if (earlier != null) {
            throw fail(valueAt(rule, "rule-id"), where + ": rule-id " + id.asText() + " is already used by rule " + earlier);
        }
        text(rule, "rule-name", where, null);
        if (!grammar.actions().isEmpty()) {
            oneOf(rule, "rule-action", grammar.actions(), where);
        }
        if (type.equalsIgnoreCase("transformation")) {
            oneOf(rule, "rule-target", TARGETS, where);
        }
        JsonNode locator = rule.get("object-locator");
        if (locator == null || !locator.isObject()) {
            throw fail(valueAt(rule, "object-locator"), where + ": \"object-locator\" must"
                    + " be an object such as {\"schema-name\": \"shop\", \"table-name\": \"%\"}");
        }
        for (String key : iterable(locator.fieldNames())) {
            if (!grammar.locatorKeys().contains(key)) {
                throw fail(memberAt.get(locator).get(key), where + ": unknown object-locator key \"" + key
                        + "\" in a " + type + " rule");
            }
            if (!locator.get(key).isTextual()) {
                throw fail(valueAt(locator, key), where + ": object-locator \"" + key + "\" must be a string");
            }
        }
        for (String key : grammar.requiredLocatorKeys()) {
            text(locator, key, where + ": object-locator", null);
        }
        if (type.equalsIgnoreCase("selection") && rule.has("filters")) {
            checkFilters(rule, where);
        }
    }

    /** DMS's source filters: filters ANDed, each a column and ORed conditions whose operator decides its values. */
    private void checkFilters(JsonNode rule, String where) {
        JsonNode filters = rule.get("filters");
        if (!filters.isArray()) {
            throw fail(valueAt(rule, "filters"), where + ": \"filters\" must be an array");
        }
        if (!filters.isEmpty() && !rule.path("rule-action").asText().equalsIgnoreCase("include")) {
            throw fail(valueAt(rule, "filters"), where + ": filters apply only to an include rule (DMS ignores"
                    + " them elsewhere)");
        }
        for (int i = 0; i < filters.size(); i++) {
            JsonNode f = filters.get(i);
            String at = where + ", filter " + (i + 1);
            if (!f.isObject()) {
                throw fail(nodeAt.get(f), at + " must be a JSON object");
            }
            for (String member : iterable(f.fieldNames())) {
                if (!Set.of("filter-type", "column-name", "filter-conditions").contains(member)) {
                    throw fail(memberAt.get(f).get(member), at + ": unknown member \"" + member + "\"");
                }
            }
            if (!text(f, "filter-type", at, Set.of("source")).equalsIgnoreCase("source")) {
                throw fail(valueAt(f, "filter-type"), at + ": \"filter-type\" must be \"source\"");
            }
            text(f, "column-name", at, null);
            JsonNode conditions = f.get("filter-conditions");
            if (conditions == null || !conditions.isArray() || conditions.isEmpty()) {
                throw fail(valueAt(f, "filter-conditions"), at + ": \"filter-conditions\" must be a non-empty"
                        + " array");
            }
            for (int j = 0; j < conditions.size(); j++) {
                checkCondition(conditions.get(j), at + ", condition " + (j + 1));
            }
        }
    }

    private void checkCondition(JsonNode c, String at) {
        if (!c.isObject()) {
            throw fail(nodeAt.get(c), at + " must be a JSON object");
        }
        String op = text(c, "filter-operator", at, RowFilters.OPERATORS.keySet()).toLowerCase(Locale.ROOT);
        Integer arity = RowFilters.OPERATORS.get(op);
        if (arity == null) {
            throw fail(valueAt(c, "filter-operator"), at + ": unknown filter-operator \"" + op + "\"; DMS knows "
                    + String.join(", ", sorted(RowFilters.OPERATORS.keySet())));
        }
        Set<String> wanted = arity == 1 ? Set.of("value") : arity == 2 ? Set.of("start-value", "end-value")
                : Set.of();
        for (String member : iterable(c.fieldNames())) {
            if (!member.equals("filter-operator") && !wanted.contains(member)) {
                throw fail(memberAt.get(c).get(member), at + ": \"" + member + "\" does not belong to a "
                        + op + " condition" + (wanted.isEmpty() ? " (it takes no value)" : " (it takes "
                        + String.join(" and ", sorted(wanted)) + ")"));
            }
        }
        for (String member : wanted) {
            JsonNode v = c.get(member);
            if (v == null) {
                throw fail(nodeAt.get(c), at + ": \"" + member + "\" is missing (a " + op + " condition needs "
                        + String.join(" and ", sorted(wanted)) + ")");
            }
            if (!(v.isTextual() || v.isNumber())) {
                throw fail(valueAt(c, member), at + ": \"" + member + "\" must be a string or a number");
            }
        }
    }

    private void oneOf(JsonNode rule, String member, Set<String> allowed, String where) {
        String value = text(rule, member, where, allowed);
        if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
            throw fail(valueAt(rule, member), where + ": unknown " + member + " \"" + value + "\"; DMS knows "
                    + String.join(", ", sorted(allowed)));
        }
    }

    /** A required, non-blank string member. */
    private String text(JsonNode object, String member, String where, Set<String> allowed) {
        JsonNode value = object.get(member);
        if (value == null) {
            throw fail(nodeAt.get(object), where + ": \"" + member + "\" is missing"
                    + (allowed == null ? "" : " (one of " + String.join(", ", sorted(allowed)) + ")"));
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail(valueAt(object, member), where + ": \"" + member + "\" must be a non-empty string");
        }
        return value.asText();
    }

    /** Where a member of an object is written (its name; shared nodes such as {@code null} have no place). */
    private JsonLocation valueAt(JsonNode object, String member) {
        Map<String, JsonLocation> members = memberAt.get(object);
        return members == null ? nodeAt.get(object) : members.getOrDefault(member, nodeAt.get(object));
    }

    /** Reads the value starting at the current token, remembering where each node and member starts. */
    private JsonNode read(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            throw fail(p.currentLocation(), "the document ends before any value");
        }
        JsonLocation at = p.currentTokenLocation();
        JsonNode node;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                Map<String, JsonLocation> members = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    members.put(name, p.currentTokenLocation());
                    object.set(name, read(p, p.nextToken()));
                }
                memberAt.put(object, members);
                node = object;
            }
            case START_ARRAY -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(p, t));
                }
                node = array;
            }
            case VALUE_STRING -> node = JsonNodeFactory.instance.textNode(p.getText());
            case VALUE_NUMBER_INT -> node = JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> node = JsonNodeFactory.instance.numberNode(p.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> node = JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> node = JsonNodeFactory.instance.nullNode();
            default -> throw fail(at, "unexpected " + describe(p));
        }
        nodeAt.put(node, at);
        return node;
    }

    /** Jackson's message without its parser jargon (source references, character codes). */
    public static String plainJsonMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        m = m.replaceAll("\\s*\\((for root starting|for Object starting|for Array starting|start marker) at \\[Source:[^\\]]*\\]\\)",
                "").replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s+at \\[Source:.*$", "");
        return m.strip();
    }

    private static String describe(JsonParser p) throws IOException {
        String text = p.getText();
        return text == null ? "content" : "'" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'";
    }

    private BadInputException fail(JsonLocation at, String problem) {
        String place = at == null || at.getLineNr() < 0 ? "" : " line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ":";
        return new BadInputException(source + ":" + place + " " + problem + ".");
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static Iterable<String> iterable(java.util.Iterator<String> it) {
        List<String> names = new java.util.ArrayList<>();
        it.forEachRemaining(names::add);
        return names;
    }
}
