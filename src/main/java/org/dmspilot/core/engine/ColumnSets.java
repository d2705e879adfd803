package org.dmspilot.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.PgNames;

/**
 * Compares a source table's columns with its target table's before any row is loaded or compared: each source column
 * must have a target column (by the converted name) of a type that can hold its values, and each target column must
 * be filled by a source column. Which PostgreSQL types hold which MySQL type is a table, not code.
 */
final class ColumnSets {
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint", "numeric");
    /** Text holds MariaDB's JSON (LONGTEXT + CHECK) and the UUID/INET types converted from their text forms. */
    private static final List<String> TEXTS = List.of("character varying", "character", "text", "citext", "enum",
            "jsonb", "json", "uuid", "inet", "xml");
    private static final List<String> TIMESTAMPS = List.of("timestamp");
    /** MySQL DATA_TYPE → prefixes of PostgreSQL {@code format_type} texts that can hold its values. */
    private static final Map<String, List<String>> HOLDS = Map.ofEntries(
            Map.entry("tinyint", concat(INTEGERS, "boolean")), Map.entry("smallint", INTEGERS),
            Map.entry("mediumint", INTEGERS), Map.entry("int", INTEGERS), Map.entry("integer", INTEGERS),
            Map.entry("bigint", INTEGERS), Map.entry("decimal", concat(INTEGERS, "numeric")),
            Map.entry("numeric", List.of("numeric")), Map.entry("float", List.of("real", "double precision", "numeric")),
            Map.entry("double", List.of("double precision", "numeric")), Map.entry("real", List.of("double precision",
                    "real", "numeric")),
            Map.entry("bit", concat(INTEGERS, "bit", "boolean", "bytea")),
            Map.entry("char", TEXTS), Map.entry("varchar", TEXTS), Map.entry("tinytext", TEXTS),
            Map.entry("text", TEXTS), Map.entry("mediumtext", TEXTS), Map.entry("longtext", TEXTS),
            Map.entry("enum", TEXTS), Map.entry("set", concat(TEXTS, "text[]", "character varying[]")),
            Map.entry("binary", List.of("bytea", "uuid")), Map.entry("varbinary", List.of("bytea")),
            Map.entry("tinyblob", List.of("bytea")), Map.entry("blob", List.of("bytea")),
            Map.entry("mediumblob", List.of("bytea")), Map.entry("longblob", List.of("bytea")),
            Map.entry("date", List.of("date", "timestamp")), Map.entry("datetime", TIMESTAMPS),
            Map.entry("timestamp", TIMESTAMPS), Map.entry("time", List.of("time", "interval")),
            Map.entry("year", INTEGERS), Map.entry("json", List.of("jsonb", "json")));

    /** The pairs of one table and the problems found, each naming a column. */
    record Result(List<ColumnPair> pairs, List<ColumnProblem> problems) {
    }

    private ColumnSets() {
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }

    /**
     * How the mapping rules name and type one table's columns: the target name, whether a rule removes the column,
     * whether a rule chose its type (then any target type is the one to compare under).
     */
    record Naming(UnaryOperator<String> targetName, Predicate<String> removed, Predicate<String> typeChosen) {
        /** Default names, nothing removed or retyped. */
        static final Naming DEFAULT = new Naming(PgNames::name, c -> false, c -> false);

        /** The rules' names for {@code table}, unique among {@code allColumns} (generated ones included). */
        static Naming of(MappingRules rules, String schema, String table, List<String> allColumns) {
            Map<String, String> names = rules.columnNames(schema, table, allColumns);
            return new Naming(c -> names.getOrDefault(c, PgNames.name(c)), c -> rules.columnExcluded(schema, table,
                    c), c -> rules.typeOverride(schema, table, c).isPresent());
        }
    }

    /** {@link #compare(List, Map, Naming)} with default names. */
    static Result compare(List<String[]> sourceColumns, Map<String, String> targetColumns) {
        return compare(sourceColumns, targetColumns, Naming.DEFAULT);
    }

    /**
     * @param sourceColumns {name, DATA_TYPE} of the source's stored (not generated) columns, in order
     * @param targetColumns target column name → {@code format_type} ({@code enum} for enum types), generated
     *     columns left out
     * @param naming the mapping rules' names, removed columns and chosen types
     */
    static Result compare(List<String[]> sourceColumns, Map<String, String> targetColumns, Naming naming) {
        List<ColumnPair> pairs = new ArrayList<>();
        List<ColumnProblem> problems = new ArrayList<>();
        Set<String> filled = new HashSet<>();
        for (String[] c : sourceColumns) {
            if (naming.removed().test(c[0])) {
                continue;
            }
            String pgCol = naming.targetName().apply(c[0]);
            String type = targetColumns.get(pgCol);
            if (type == null) {
                problems.add(new ColumnProblem(ColumnProblem.Kind.MISSING_ON_TARGET, c[0], "source column " + c[0] + " ("
                        + c[1] + ") has no column " + pgCol + " on the target"));
                continue;
            }
            filled.add(pgCol);
            if (!naming.typeChosen().test(c[0]) && !holds(c[1], type)) {
                problems.add(new ColumnProblem(ColumnProblem.Kind.TYPE, c[0], "column " + c[0] + " is " + c[1]
                        + " on the source but " + type + " on the target"));
            }
            pairs.add(new ColumnPair(c[0], c[1], pgCol, type, ColumnPair.kindOf(c[1], type)));
        }
        for (String t : targetColumns.keySet()) {
            if (!filled.contains(t)) {
                problems.add(new ColumnProblem(ColumnProblem.Kind.EXTRA_ON_TARGET, t, "target column " + t + " ("
                        + targetColumns.get(t) + ") has no source column"));
            }
        }
        return new Result(pairs, problems);
    }

    /** Whether a target type can hold the values of a source type (types not in the table: assumed so). */
    static boolean holds(String sourceType, String targetType) {
        List<String> allowed = HOLDS.get(sourceType.toLowerCase(Locale.ROOT));
        String t = targetType.toLowerCase(Locale.ROOT);
        return allowed == null || allowed.stream().anyMatch(t::startsWith);
    }
}
