package org.dmspilot.core.validate;

import java.util.List;
import java.util.stream.Collectors;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;

/**
 * The normalised text of a row, computed by each server: the same text on MySQL/MariaDB and PostgreSQL when the
 * values are equal (decimals as exact text, timestamps as {@code YYYY-MM-DD HH:MM:SS.ffffff} in UTC, zero dates as
 * NULL, booleans as 0/1, bits as bit strings, binary as hex, SET as {@code a,b}, NULL as a marker). JSON columns are
 * left out here and compared as parsed trees (key order differs between engines).
 */
final class RowText {
    static final String NULL = "'~N~'";

    private RowText() {
    }

    static List<ColumnPair> hashed(List<ColumnPair> cols) {
        return cols.stream().filter(c -> c.kind() != org.dmspilot.core.engine.ValueKind.JSON).toList();
    }

    static String mysql(List<ColumnPair> cols) {
        return "CONCAT_WS('|', " + hashed(cols).stream().map(c -> "COALESCE(" + my(c) + ", " + NULL + ")")
                .collect(Collectors.joining(", ")) + ", '')";
    }

    static String postgres(List<ColumnPair> cols) {
        return "concat_ws('|', " + hashed(cols).stream().map(c -> "coalesce(" + pg(c) + ", " + NULL + ")")
                .collect(Collectors.joining(", ")) + ", '')";
    }

    private static String zero(String q, String formatted) {
        return "CASE WHEN MONTH(" + q + ") = 0 OR DAYOFMONTH(" + q + ") = 0 THEN NULL ELSE " + formatted + " END";
    }

    static String my(ColumnPair c) {
        String q = Sql.my(c.source());
        return switch (c.kind()) {
            case BOOLEAN -> "CAST(" + q + " <> 0 AS CHAR)";
            case BYTES -> "LOWER(HEX(" + q + "))";
            case BITS -> "LPAD(BIN(" + q + "), " + c.bitWidth() + ", '0')";
            case DATE -> zero(q, "DATE_FORMAT(" + q + ", '%Y-%m-%d')");
            case DATETIME, TIMESTAMPTZ -> zero(q, "DATE_FORMAT(" + q + ", '%Y-%m-%d %H:%i:%s.%f')");
            case TIME -> "TIME_FORMAT(" + q + ", '%H:%i:%s.%f')";
            case FLOAT -> "CAST(CAST(" + q + " AS DOUBLE) AS CHAR)";
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
            case DATE -> "to_char(" + q + ", 'YYYY-MM-DD')";
            case DATETIME -> "to_char(" + q + ", 'YYYY-MM-DD HH24:MI:SS.US')";
            case TIMESTAMPTZ -> "to_char(" + q + " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')";
            case TIME -> "to_char(" + q + ", 'HH24:MI:SS.US')";
            case FLOAT -> "(" + q + ")::float8::text";
            default -> q + "::text";
        };
    }

    /** A 60-bit number from the row text's MD5, summed per chunk (order-independent, exact on both engines). */
    static String mysqlHash(List<ColumnPair> cols) {
        return "CAST(CONV(LEFT(MD5(" + mysql(cols) + "), 15), 16, 10) AS UNSIGNED)";
    }

    static String postgresHash(List<ColumnPair> cols) {
        return "('x' || left(md5(" + postgres(cols) + "), 15))::bit(60)::bigint";
    }
}
