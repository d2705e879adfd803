package org.dmspilot.core.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code filters} of a DMS selection rule: which rows of a table are migrated. Several filters are combined with
 * AND, the conditions of one filter with OR, as in DMS. Rendered as a MySQL predicate over the source table whose
 * values are charset-introduced hex literals, so no value can change the statement's meaning whatever the server's
 * {@code sql_mode}.
 */
public final class RowFilters {
    /** DMS filter operators → how many values they take (1: value, 2: start-value and end-value, 0: none). */
    static final Map<String, Integer> OPERATORS = Map.of("eq", 1, "noteq", 1, "lte", 1, "ste", 1, "gte", 1,
            "between", 2, "notbetween", 2, "null", 0, "notnull", 0);

    /** One condition: {@code operator} and its values ({@code value}, or {@code start}/{@code end}). */
    public record Condition(String operator, String value, String start, String end) {
        /** A condition with one value (eq, noteq, lte, gte). */
        public static Condition of(String operator, String value) {
            return new Condition(operator, value, null, null);
        }

        /** A between condition. */
        public static Condition between(String start, String end) {
            return new Condition("between", null, start, end);
        }
    }

    /** The conditions on one source column (any of them lets a row through). */
    public record ColumnFilter(String column, List<Condition> conditions) {
        public ColumnFilter {
            conditions = List.copyOf(conditions);
        }
    }

    private RowFilters() {
    }

    /** The filters of a selection rule a {@link TableMappingsGrammar#check checked} document holds. */
    public static List<ColumnFilter> of(JsonNode selectionRule) {
        List<ColumnFilter> filters = new ArrayList<>();
        for (JsonNode f : selectionRule.path("filters")) {
            List<Condition> conditions = new ArrayList<>();
            for (JsonNode c : f.path("filter-conditions")) {
                conditions.add(new Condition(c.path("filter-operator").asText().toLowerCase(Locale.ROOT),
                        text(c, "value"), text(c, "start-value"), text(c, "end-value")));
            }
            filters.add(new ColumnFilter(f.path("column-name").asText(), conditions));
        }
        return filters;
    }

    private static String text(JsonNode c, String member) {
        JsonNode v = c.get(member);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The MySQL predicate of {@code filters} (ANDed filters of ORed conditions); "1=1" when there is none. */
    public static String mysql(List<ColumnFilter> filters) {
        if (filters.isEmpty()) {
            return "1=1";
        }
        return filters.stream().map(f -> "(" + f.conditions().stream().map(c -> condition(quote(f.column()), c))
                .collect(Collectors.joining(" OR ")) + ")").collect(Collectors.joining(" AND "));
    }

    /** A sentence for the editor and logs: {@code region = 'EU' and (id between 1 and 10)}. */
    public static String describe(List<ColumnFilter> filters) {
        return filters.stream().map(f -> f.conditions().stream().map(c -> f.column() + " " + switch (c.operator()) {
            case "eq" -> "= " + c.value();
            case "noteq" -> "<> " + c.value();
            case "lte", "ste" -> "<= " + c.value();
            case "gte" -> ">= " + c.value();
            case "between" -> "between " + c.start() + " and " + c.end();
            case "notbetween" -> "not between " + c.start() + " and " + c.end();
            case "null" -> "is null";
            default -> "is not null";
        }).collect(Collectors.joining(" or "))).collect(Collectors.joining(" and "));
    }

    private static String condition(String column, Condition c) {
        return switch (c.operator()) {
            case "eq" -> column + " = " + literal(c.value());
            case "noteq" -> column + " <> " + literal(c.value());
            case "lte", "ste" -> column + " <= " + literal(c.value());
            case "gte" -> column + " >= " + literal(c.value());
            case "between" -> column + " BETWEEN " + literal(c.start()) + " AND " + literal(c.end());
            case "notbetween" -> column + " NOT BETWEEN " + literal(c.start()) + " AND " + literal(c.end());
            case "null" -> column + " IS NULL";
            case "notnull" -> column + " IS NOT NULL";
            default -> throw new IllegalArgumentException("filter-operator " + c.operator());
        };
    }

    private static String quote(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    /** A utf8mb4 string literal written in hex: immune to quotes, backslashes and NO_BACKSLASH_ESCAPES. */
    private static String literal(String value) {
        String v = value == null ? "" : value;
        return v.isEmpty() ? "''" : "_utf8mb4 X'" + HexFormat.of().formatHex(v.getBytes(StandardCharsets.UTF_8))
                + "'";
    }
}
