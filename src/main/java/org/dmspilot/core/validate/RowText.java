package org.dmspilot.core.validate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.ValueKind;

/**
 * The normalised text of a row, computed by each server: the same text on MySQL/MariaDB and PostgreSQL when the
 * values are equal (decimals as exact text, floats by value ({@link FloatText}), timestamps as {@code YYYY-MM-DD HH:MM:SS.ffffff} in UTC, zero dates as
 * NULL, booleans as 0/1, bits as bit strings, binary as hex, SET as {@code a,b}, NULL as a marker). JSON columns are
 * left out of the MySQL text: MySQL keeps the JSON as written, so its jsonb form is made in Java ({@link JsonbText})
 * and hashed with the row text; PostgreSQL hashes its own {@code jsonb::text} ({@link #postgresWithJson}).
 */
final class RowText {
    /** The NULL marker: the ASCII record separator (30), which text data practically never holds. */
    static final byte NULL_MARK = 30;
    private static final String MY_NULL = "CHAR(30 USING utf8mb4)";
    private static final String PG_NULL = "chr(30)";
    /**
     * Between two values of a row: the ASCII unit separator (31), which text data practically never holds, so a
     * character moving from one column to the next changes the row text (a bar would not show a moved bar).
     */
    static final byte SEPARATOR = 31;
    private static final String MY_SEPARATOR = "CHAR(31 USING utf8mb4)";
    private static final String PG_SEPARATOR = "chr(31)";

    private RowText() {
    }

    static List<ColumnPair> hashed(List<ColumnPair> cols) {
        return cols.stream().filter(c -> c.kind() != ValueKind.JSON).toList();
    }

    static String mysql(List<ColumnPair> cols, RowHash source) {
        return "CONCAT_WS(" + MY_SEPARATOR + ", " + hashed(cols).stream()
                .map(c -> "COALESCE(" + my(c, source) + ", " + MY_NULL + ")")
                .collect(Collectors.joining(", ")) + ", '')";
    }

    static String postgres(List<ColumnPair> cols) {
        return postgres(cols, Set.of());
    }

    /**
     * The PostgreSQL row text; a plain column that is NOT NULL on the target goes to {@code concat_ws} as it is
     * (same text as {@code ::text}, without the cast and the NULL marker, which cost a fifth of the expression).
     */
    static String postgres(List<ColumnPair> cols, Set<String> notNull) {
        List<String> values = hashed(cols).stream().map(c -> c.kind() == ValueKind.TEXT
                && notNull.contains(c.target()) && !blankPadded(c.targetType()) ? Sql.pg(c.target())
                : "coalesce(" + pg(c) + ", " + PG_NULL + ")").toList();
        if (values.size() < MAX_ARGUMENTS) {
            return "concat_ws(" + PG_SEPARATOR + ", " + String.join(", ", values) + ", '')";
        }
        // PostgreSQL takes at most 100 arguments: the same text from concat_ws calls of at most 90 values each
        List<String> groups = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i += MAX_ARGUMENTS - 10) {
            groups.add("concat_ws(" + PG_SEPARATOR + ", " + String.join(", ",
                    values.subList(i, Math.min(values.size(), i + MAX_ARGUMENTS - 10))) + ")");
        }
        return "concat_ws(" + PG_SEPARATOR + ", " + String.join(", ", groups) + ", '')";
    }

    /** PostgreSQL's limit on a function's arguments. */
    private static final int MAX_ARGUMENTS = 100;

    /**
     * char(n) prints padded to n when passed as it is (concat_ws takes any type), but MySQL returns CHAR values
     * without the padding; its {@code ::text} cast drops the padding.
     */
    private static boolean blankPadded(String targetType) {
        String t = targetType == null ? "" : targetType.toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("bpchar") || t.equals("character") || t.startsWith("character(")
                || t.startsWith("char(") || t.equals("char");
    }

    private static String zero(String q, String formatted) {
        return "CASE WHEN MONTH(" + q + ") = 0 OR DAYOFMONTH(" + q + ") = 0 THEN NULL ELSE " + formatted + " END";
    }

    static String my(ColumnPair c, RowHash source) {
        String q = Sql.my(c.source());
        return switch (c.kind()) {
            case BOOLEAN -> "CAST(" + q + " <> 0 AS CHAR)";
            case BYTES -> "LOWER(HEX(" + q + "))";
            case BITS -> "LPAD(BIN(" + q + "), " + c.bitWidth() + ", '0')";
            case DATE -> zero(q, "DATE_FORMAT(" + q + ", '%Y-%m-%d')");
            // as PostgreSQL prints a timestamp (DateStyle ISO): trailing zeros of the fraction left out
            case DATETIME, TIMESTAMPTZ -> zero(q, "TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM DATE_FORMAT(" + q
                    + ", '%Y-%m-%d %H:%i:%s.%f')))");
            case TIME -> "TIME_FORMAT(" + q + ", '%H:%i:%s.%f')";
            // as PostgreSQL prints an interval of hours: [-]HH:MM:SS, trailing zeros of the fraction left out
            case INTERVAL -> "TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM TIME_FORMAT(" + q
                    + ", '%H:%i:%s.%f')))";
            case FLOAT -> FloatText.MYSQL.canonical(source.doubleText(q));
            default -> c.sourceDataType().equals("year") ? "CAST(" + q + " + 0 AS CHAR)"
                    : "CONVERT(" + q + " USING utf8mb4)";
        };
    }

    static String pg(ColumnPair c) {
        String q = Sql.pg(c.target());
        return switch (c.kind()) {
            case BOOLEAN -> "(" + q + ")::int::text";
            case BYTES -> "encode(" + q + ", 'hex')";
            case BITS -> q + "::text";
            case SET_ARRAY -> "array_to_string(" + q + ", ',')";
            // the plain text output (sessions run with DateStyle ISO) costs a third of to_char
            case DATE, DATETIME -> q + "::text";
            case TIMESTAMPTZ -> "(" + q + " AT TIME ZONE 'UTC')::text";
            case TIME -> "to_char(" + q + ", 'HH24:MI:SS.US')";
            case FLOAT -> FloatText.POSTGRES.canonical("(" + q + ")::float8::text");
            default -> q + "::text";
        };
    }

    /** PostgreSQL: the row text followed by each JSON column's jsonb text (see {@link JsonbText}) and a separator. */
    static String postgresWithJson(List<ColumnPair> cols, Set<String> notNull) {
        StringBuilder text = new StringBuilder(postgres(cols, notNull));
        for (ColumnPair c : cols) {
            if (c.kind() == ValueKind.JSON) {
                text.append(" || coalesce(").append(jsonbText(c)).append(", ").append(PG_NULL).append(") || ")
                        .append(PG_SEPARATOR);
            }
        }
        return text.toString();
    }

    /** The jsonb text of a JSON column ({@code json} columns cast to jsonb, which orders the keys). */
    static String jsonbText(ColumnPair c) {
        return Sql.pg(c.target()) + (c.targetType().equalsIgnoreCase("json") ? "::jsonb" : "") + "::text";
    }

    /** A 60-bit number from the row text's digest, summed per chunk (order-independent, exact on both engines). */
    static String mysqlHash(List<ColumnPair> cols, RowHash hash) {
        return "CAST(CONV(LEFT(" + hash.mysql(mysql(cols, hash)) + ", 15), 16, 10) AS UNSIGNED)";
    }

    static String postgresHash(List<ColumnPair> cols, Set<String> notNull, RowHash hash) {
        return "('x' || left(" + hash.postgres(postgresWithJson(cols, notNull)) + ", 15))::bit(60)::bigint";
    }
}
