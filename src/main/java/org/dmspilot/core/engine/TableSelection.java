package org.dmspilot.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.mapping.DmsTransformations;
import org.dmspilot.core.mapping.RowFilters;
import org.dmspilot.core.mapping.TableMappingsGrammar;

/**
 * Which tables a task migrates, from the selection rules of a DMS table-mappings document (the task model the wizard
 * edits for both backends): a table is migrated when an {@code include} (or {@code explicit}) rule matches its schema
 * and table name and no {@code exclude} rule does. Names match case-insensitively; {@code %} matches any run of
 * characters, as in DMS. The transformation rules come along as {@link #mapping()}, the selection rules' row
 * filters as {@link #rowFilters}.
 */
public final class TableSelection {
    /** Every table. */
    public static final TableSelection ALL = new TableSelection(List.of(new Rule(any(), any(), true, List.of())),
            MappingRules.none());
    private final List<Rule> rules;
    private final MappingRules mapping;

    private record Rule(Pattern schema, Pattern table, boolean include, List<RowFilters.ColumnFilter> filters) {
    }

    private TableSelection(List<Rule> rules, MappingRules mapping) {
        this.rules = List.copyOf(rules);
        this.mapping = mapping;
    }

    /**
     * The document's naming and typing rules (renames, removed columns, type changes, exclusions): the converter
     * applies them, and the engine and the validator find the target tables and columns by them.
     */
    public MappingRules mapping() {
        return mapping;
    }

    /** Exactly the named tables of {@code schema} (source names). */
    public static TableSelection only(String schema, java.util.Collection<String> tables) {
        return new TableSelection(tables.stream().map(t -> new Rule(Pattern.compile(Pattern.quote(schema)),
                Pattern.compile(Pattern.quote(t)), true, List.<RowFilters.ColumnFilter>of())).toList(),
                MappingRules.none());
    }

    private static Pattern any() {
        return Pattern.compile(".*", Pattern.DOTALL);
    }

    /**
     * The selection of a table-mappings JSON document; null or blank selects everything.
     *
     * @throws org.dmspilot.core.BadInputException when the document breaks DMS's rule grammar
     *     ({@link TableMappingsGrammar}) or has no include selection rule
     */
    public static TableSelection fromTableMappings(String json) {
        return fromTableMappings(json, "Table mappings");
    }

    /** As {@link #fromTableMappings(String)}, with messages naming {@code source} (e.g. the file). */
    public static TableSelection fromTableMappings(String json, String source) {
        if (json == null || json.isBlank()) {
            return ALL;
        }
        JsonNode root = TableMappingsGrammar.check(json, source);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            if (!"selection".equalsIgnoreCase(rule.path("rule-type").asText())) {
                continue;
            }
            JsonNode locator = rule.path("object-locator");
            String action = rule.path("rule-action").asText().toLowerCase(Locale.ROOT);
            rules.add(new Rule(like(locator.path("schema-name").asText()), like(locator.path("table-name").asText()),
                    !action.equals("exclude"), RowFilters.of(rule)));
        }
        if (rules.stream().noneMatch(Rule::include)) {
            throw new BadInputException(source + ": no include selection rule: no table would be migrated.");
        }
        return new TableSelection(rules, new MappingRules(DmsTransformations.rules(root, source)));
    }

    private static Pattern like(String pattern) {
        String regex = java.util.Arrays.stream(pattern.split("%", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** True when the task migrates {@code schema.table} (source names). */
    public boolean includes(String schema, String table) {
        boolean included = false;
        for (Rule r : rules) {
            if (r.schema().matcher(schema).matches() && r.table().matcher(table).matches()) {
                if (!r.include()) {
                    return false;
                }
                included = true;
            }
        }
        return included;
    }

    /**
     * The row filters of {@code schema.table} (source names): those of the last include rule that matches it, as
     * DMS's selection rule filters (ANDed filters of ORed conditions); empty when every row is migrated.
     */
    public List<RowFilters.ColumnFilter> rowFilters(String schema, String table) {
        List<RowFilters.ColumnFilter> filters = List.of();
        for (Rule r : rules) {
            if (r.include() && r.schema().matcher(schema).matches() && r.table().matcher(table).matches()) {
                filters = r.filters();
            }
        }
        return filters;
    }

    /** The MySQL predicate of {@link #rowFilters}: {@code 1=1} when every row is migrated. */
    public String sourcePredicate(String schema, String table) {
        return RowFilters.mysql(rowFilters(schema, table));
    }

    /** True when some include rule filters rows. */
    public boolean hasRowFilters() {
        return rules.stream().anyMatch(r -> !r.filters().isEmpty());
    }
}
