package org.dmspilot.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What information_schema derives from a column type, derived the same way from a dump's type text: the bare data
 * type, lengths, precision and scale, and the spelling of routine parameter types ({@code INT} → {@code int(11)}).
 */
final class DumpTypes {
    /** Character types, which carry a character set and collation. */
    static final Set<String> CHARACTER_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "enum", "set");
    /** Fixed maximum lengths of the TEXT and BLOB families. */
    private static final Map<String, Long> LOB_LENGTHS = Map.of("tinytext", 255L, "text", 65_535L,
            "mediumtext", 16_777_215L, "longtext", 4_294_967_295L, "tinyblob", 255L, "blob", 65_535L,
            "mediumblob", 16_777_215L, "longblob", 4_294_967_295L, "json", 4_294_967_295L);
    /** Integer precision (signed, unsigned) and default display width (signed, unsigned). */
    private static final Map<String, long[]> INTEGERS = Map.of("tinyint", new long[] {3, 3, 4, 3},
            "smallint", new long[] {5, 5, 6, 5}, "mediumint", new long[] {7, 8, 9, 8},
            "int", new long[] {10, 10, 11, 10}, "bigint", new long[] {19, 20, 20, 20});
    private static final Map<String, String> ALIASES = Map.of("integer", "int", "bool", "tinyint",
            "boolean", "tinyint", "dec", "decimal", "numeric", "decimal", "fixed", "decimal", "real", "double",
            "int1", "tinyint", "int2", "smallint", "int8", "bigint");
    /** Character sets whose default collation is not {@code <charset>_general_ci}. */
    private static final Map<String, String> ODD_DEFAULT_COLLATIONS = Map.ofEntries(
            Map.entry("latin1", "latin1_swedish_ci"), Map.entry("big5", "big5_chinese_ci"),
            Map.entry("gbk", "gbk_chinese_ci"), Map.entry("gb2312", "gb2312_chinese_ci"),
            Map.entry("gb18030", "gb18030_chinese_ci"), Map.entry("euckr", "euckr_korean_ci"),
            Map.entry("sjis", "sjis_japanese_ci"), Map.entry("ujis", "ujis_japanese_ci"),
            Map.entry("cp932", "cp932_japanese_ci"), Map.entry("eucjpms", "eucjpms_japanese_ci"),
            Map.entry("tis620", "tis620_thai_ci"), Map.entry("swe7", "swe7_swedish_ci"),
            Map.entry("dec8", "dec8_swedish_ci"), Map.entry("hp8", "hp8_english_ci"),
            Map.entry("latin5", "latin5_turkish_ci"));
    private static final Set<String> TEMPORAL = Set.of("datetime", "timestamp", "time");
    private static final Pattern TYPE = Pattern.compile("(?is)\\s*([a-z0-9_]+(?:\\s+precision)?)\\s*(\\(([^)]*)\\))?(.*)");

    private DumpTypes() {
    }

    /** The parts of a type: name (lower case, aliases resolved), arguments, the rest (unsigned, zerofill). */
    record Parsed(String name, List<String> args, String rest) {
        boolean unsigned() {
            return rest.toLowerCase(Locale.ROOT).contains("unsigned");
        }

        boolean zerofill() {
            return rest.toLowerCase(Locale.ROOT).contains("zerofill");
        }
    }

    static Parsed parse(String type) {
        Matcher m = TYPE.matcher(type.trim());
        if (!m.matches()) {
            return new Parsed(type.trim().toLowerCase(Locale.ROOT), List.of(), "");
        }
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+precision$", "");
        name = ALIASES.getOrDefault(name, name);
        List<String> args = m.group(3) == null ? List.of() : List.of(m.group(3).split(",", -1)).stream()
                .map(String::trim).toList();
        return new Parsed(name, args, m.group(4) == null ? "" : m.group(4).trim());
    }

    /**
     * A type as the server spells it in information_schema: lower case, aliases resolved, integer display widths
     * added where the server has them. Enum and set labels keep their case.
     */
    static String canonical(String type, ServerVersion version) {
        Parsed p = parse(type);
        if (p.name().equals("enum") || p.name().equals("set")) {
            return p.name() + type.trim().substring(type.trim().indexOf('('));
        }
        String args = p.args().isEmpty() ? "" : "(" + String.join(",", p.args()) + ")";
        long[] integer = INTEGERS.get(p.name());
        // MySQL 8.0.19+ drops integer display widths, except with ZEROFILL (int(5) unsigned zerofill)
        boolean width = version.hasIntegerDisplayWidth() || p.zerofill();
        if (integer != null && width && args.isEmpty()) {
            args = "(" + (type.trim().toLowerCase(Locale.ROOT).startsWith("bool") ? 1
                    : p.unsigned() || p.zerofill() ? integer[3] : integer[2]) + ")";
        } else if (integer != null && !width) { // only tinyint(1) keeps its width there, BOOL included
            args = p.name().equals("tinyint") && (args.equals("(1)")
                    || type.trim().toLowerCase(Locale.ROOT).startsWith("bool")) ? "(1)" : "";
        }
        if (p.name().equals("decimal") && args.isEmpty()) {
            args = "(10,0)";
        }
        if ((p.name().equals("char") || p.name().equals("binary")) && args.isEmpty()) {
            args = "(1)";
        }
        String rest = p.rest().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return p.name() + args + (rest.isEmpty() ? "" : " " + rest);
    }

    /** CHARACTER_MAXIMUM_LENGTH (none for MySQL's native JSON; MariaDB's JSON is a LONGTEXT). */
    static Long length(Parsed p, ServerVersion version) {
        if (p.name().equals("json") && !version.isMariaDb()) {
            return null;
        }
        if (LOB_LENGTHS.containsKey(p.name())) {
            return LOB_LENGTHS.get(p.name());
        }
        switch (p.name()) {
            case "char", "varchar", "binary", "varbinary":
                return p.args().isEmpty() ? 1L : Long.valueOf(p.args().get(0));
            case "enum":
                return p.args().stream().mapToLong(a -> Defaults.unquote(a).length()).max().orElse(0);
            case "set":
                return p.args().stream().mapToLong(a -> Defaults.unquote(a).length()).sum()
                        + Math.max(0, p.args().size() - 1);
            default:
                return null;
        }
    }

    /** NUMERIC_PRECISION. */
    static Long precision(Parsed p, ServerVersion version) {
        long[] integer = INTEGERS.get(p.name());
        if (integer != null) {
            // MySQL says 7 for MEDIUMINT UNSIGNED too (MariaDB 8)
            return p.unsigned() && (version.isMariaDb() || !p.name().equals("mediumint")) ? integer[1] : integer[0];
        }
        return switch (p.name()) {
            case "decimal" -> p.args().isEmpty() ? 10L : Long.valueOf(p.args().get(0));
            case "float" -> p.args().size() == 2 ? Long.valueOf(p.args().get(0)) : 12L;
            case "double" -> p.args().size() == 2 ? Long.valueOf(p.args().get(0)) : 22L;
            case "bit" -> p.args().isEmpty() ? 1L : Long.valueOf(p.args().get(0));
            default -> null;
        };
    }

    /** NUMERIC_SCALE. */
    static Long scale(Parsed p) {
        if (INTEGERS.containsKey(p.name())) {
            return 0L;
        }
        return switch (p.name()) {
            case "decimal" -> p.args().size() == 2 ? Long.valueOf(p.args().get(1)) : 0L;
            case "float", "double" -> p.args().size() == 2 ? Long.valueOf(p.args().get(1)) : null;
            default -> null;
        };
    }

    /** DATETIME_PRECISION. */
    static Long datetimePrecision(Parsed p) {
        if (TEMPORAL.contains(p.name())) {
            return p.args().isEmpty() ? 0L : Long.valueOf(p.args().get(0));
        }
        return null;
    }

    /** The default collation of a character set (used when a dump names only the character set). */
    static String defaultCollation(String charset, ServerVersion version) {
        if (charset == null) {
            return null;
        }
        String cs = charset.toLowerCase(Locale.ROOT);
        if (cs.equals("binary")) {
            return "binary";
        }
        if (cs.equals("utf8mb4") && !version.isMariaDb() && version.atLeast(8, 0, 0)) {
            return "utf8mb4_0900_ai_ci";
        }
        if (cs.equals("utf8")) {
            cs = version.isMariaDb() || version.atLeast(8, 0, 30) ? "utf8mb3" : "utf8";
        }
        return ODD_DEFAULT_COLLATIONS.getOrDefault(cs, cs + "_general_ci");
    }

    /** The character set a collation belongs to ({@code utf8mb4_bin} → {@code utf8mb4}). */
    static String charsetOf(String collation) {
        if (collation == null) {
            return null;
        }
        int i = collation.indexOf('_');
        return i < 0 ? collation : collation.substring(0, i);
    }
}
