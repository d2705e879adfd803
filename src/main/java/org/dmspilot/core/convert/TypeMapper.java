package org.dmspilot.core.convert;

import org.dmspilot.model.convert.ConversionOptions;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB column types → PostgreSQL, driven by the tables below (documented in docs/conversion.md). Hooks
 * handle what depends on options or data: tinyint(1), unsigned bigint, ENUM, SET, spatial types.
 */
public final class TypeMapper {
    private static final BigInteger BIGINT_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Integer types: signed target, unsigned target (unsigned also gets {@code CHECK (col >= 0)}). */
    private record IntRule(String signed, String unsigned) {
    }

    private static final Map<String, IntRule> INTEGERS = Map.of(
            "tinyint", new IntRule("smallint", "smallint"),
            "smallint", new IntRule("smallint", "integer"),
            "mediumint", new IntRule("integer", "integer"),
            "int", new IntRule("integer", "bigint"),
            "integer", new IntRule("integer", "bigint"),
            "bigint", new IntRule("bigint", "bigint"));

    /** Types whose arguments do not matter to PostgreSQL. */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("double", "double precision"),
            Map.entry("real", "double precision"),
            Map.entry("date", "date"),
            Map.entry("json", "jsonb"),
            Map.entry("tinytext", "text"),
            Map.entry("text", "text"),
            Map.entry("mediumtext", "text"),
            Map.entry("longtext", "text"),
            Map.entry("long", "text"),
            Map.entry("tinyblob", "bytea"),
            Map.entry("blob", "bytea"),
            Map.entry("mediumblob", "bytea"),
            Map.entry("longblob", "bytea"),
            Map.entry("binary", "bytea"),
            Map.entry("varbinary", "bytea"),
            Map.entry("uuid", "uuid"),
            Map.entry("inet4", "inet"),
            Map.entry("inet6", "inet"));

    /** Types that keep their length/precision: PostgreSQL name, and how many arguments carry over. */
    private record SizedRule(String pgName, int keptArgs) {
    }

    private static final Map<String, SizedRule> SIZED = Map.of(
            "char", new SizedRule("char", 1),
            "varchar", new SizedRule("varchar", 1),
            "decimal", new SizedRule("numeric", 2),
            "numeric", new SizedRule("numeric", 2),
            "fixed", new SizedRule("numeric", 2),
            "datetime", new SizedRule("timestamp", 1),
            "timestamp", new SizedRule("timestamptz", 1),
            "time", new SizedRule("time", 1),
            "bit", new SizedRule("bit", 1));

    /** Spatial types → PostGIS geometry subtypes. */
    private static final Map<String, String> SPATIAL = Map.of(
            "geometry", "geometry",
            "point", "geometry(Point)",
            "linestring", "geometry(LineString)",
            "polygon", "geometry(Polygon)",
            "multipoint", "geometry(MultiPoint)",
            "multilinestring", "geometry(MultiLineString)",
            "multipolygon", "geometry(MultiPolygon)",
            "geometrycollection", "geometry(GeometryCollection)",
            "geomcollection", "geometry(GeometryCollection)");

    private final ConversionOptions options;
    private final Function<List<String>, String> enumTypeName;

    /**
     * @param enumTypeName the (quoted, qualified) enum type for a label set, when ENUMs become enum types; the
     *     caller makes identical label sets share one type
     */
    public TypeMapper(ConversionOptions options, Function<List<String>, String> enumTypeName) {
        this.options = options;
        this.enumTypeName = enumTypeName;
    }

    /** Maps one column type. Unknown types map to text with a critical note, never silently. */
    public MappedType map(MysqlColumnType type, ColumnFacts facts) {
        String base = type.base();
        IntRule integer = INTEGERS.get(base);
        if (integer != null) {
            return integer(type, integer, facts);
        }
        String fixed = FIXED.get(base);
        if (fixed != null) {
            return unsignedCheck(type, MappedType.of(fixed));
        }
        SizedRule sized = SIZED.get(base);
        if (sized != null) {
            return unsignedCheck(type, sized(type, sized, facts));
        }
        String spatial = SPATIAL.get(base);
        if (spatial != null) {
            return MappedType.of(spatial).withNote(ActionCode.TYPE_SPATIAL.note(
                    "Spatial type " + base + " needs the PostGIS extension on the target."));
        }
        return switch (base) {
            case "float" -> unsignedCheck(type, MappedType.of(type.intArg(0, 0) > 24 && type.args().size() == 1
                    ? "double precision" : "real"));
            case "year" -> MappedType.of("smallint").withCheck("%1$s = 0 OR %1$s BETWEEN 1901 AND 2155");
            case "enum" -> enumType(type);
            case "set" -> setType(type);
            default -> MappedType.of("text").withNote(ActionCode.TYPE_UNKNOWN.note(
                    "Unknown column type " + base + "; mapped to text."));
        };
    }

    private MappedType integer(MysqlColumnType type, IntRule rule, ColumnFacts facts) {
        if (type.base().equals("tinyint") && type.intArg(0, 0) == 1 && options.tinyintOneAsBoolean()) {
            var zeroOne = facts.onlyZeroOneOrNull();
            if (zeroOne.orElse(false)) {
                return MappedType.of("boolean");
            }
            if (zeroOne.isEmpty()) {
                return MappedType.of("smallint").withNote(ActionCode.TYPE_TINYINT1_UNVERIFIED.note(
                        "tinyint(1) kept as smallint: the data could not be checked (no live source)."));
            }
        }
        if (!type.unsigned()) {
            return MappedType.of(rule.signed());
        }
        if (type.base().equals("bigint")) {
            var max = facts.maxValue();
            if (max.isPresent() && max.get().compareTo(BIGINT_MAX) > 0) {
                return MappedType.of("numeric(20)").withCheck("%1$s >= 0");
            }
            MappedType mapped = MappedType.of("bigint").withCheck("%1$s >= 0");
            return max.isPresent() ? mapped : mapped.withNote(ActionCode.TYPE_UNSIGNED_BIGINT.note(
                    "bigint unsigned mapped to bigint: values above 9223372036854775807 would not fit."));
        }
        return MappedType.of(rule.unsigned()).withCheck("%1$s >= 0");
    }

    private static MappedType sized(MysqlColumnType type, SizedRule rule, ColumnFacts facts) {
        int kept = Math.min(rule.keptArgs(), type.args().size());
        String sql = kept == 0 ? rule.pgName()
                : rule.pgName() + "(" + String.join(",", type.args().subList(0, kept)) + ")";
        if (rule.pgName().equals("timestamptz") && kept > 0) {
            sql = "timestamp(" + type.args().get(0) + ") with time zone";
        }
        if (rule.pgName().equals("time") && !facts.timeOfDayOnly().orElse(true)) {
            return MappedType.of(kept > 0 ? "interval(" + type.args().get(0) + ")" : "interval").withNote(
                    ActionCode.TYPE_TIME_INTERVAL.note("The TIME column holds durations (negative, or beyond 24"
                    + " hours, up to 838:59:59) that PostgreSQL time cannot hold: mapped to interval."));
        }
        if (rule.pgName().equals("time")) {
            return MappedType.of(sql).withNote(ActionCode.TYPE_TIME_RANGE.note(
                    "MySQL TIME holds -838:59:59 to 838:59:59 (durations); PostgreSQL time holds a time of day."));
        }
        return MappedType.of(sql);
    }

    private static MappedType unsignedCheck(MysqlColumnType type, MappedType mapped) {
        return type.unsigned() ? mapped.withCheck("%1$s >= 0") : mapped;
    }

    private MappedType enumType(MysqlColumnType type) {
        if (options.enumStrategy() == ConversionOptions.EnumStrategy.ENUM_TYPE) {
            return MappedType.of(enumTypeName.apply(type.args()));
        }
        return MappedType.of("text").withCheck("%1$s IN (" + literals(type.args()) + ")");
    }

    private static MappedType setType(MysqlColumnType type) {
        return MappedType.of("text[]").withCheck("%1$s <@ ARRAY[" + literals(type.args()) + "]::text[]")
                .withNote(ActionCode.TYPE_SET.note(
                        "SET column becomes text[]: queries using FIND_IN_SET or bit arithmetic must change."));
    }

    /** Single-quoted SQL string literals, comma separated. */
    static String literals(List<String> values) {
        return values.stream().map(TypeMapper::literal).collect(Collectors.joining(", "));
    }

    /** A standard SQL string literal (PostgreSQL with standard_conforming_strings on). */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
