package org.dmspilot.core.fallback;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dmspilot.core.engine.ColumnPair;

/**
 * PostgreSQL's text form of a value (as {@code pgoutput} sends it) turned back into what the MySQL/MariaDB column
 * takes, the inverse of the forward conversion ({@code ValueKind}): boolean → 0/1 (tinyint(1)), text[] → a SET
 * ({@code a,b}), jsonb → JSON text, bytea → bytes, bit(n) → the number, timestamptz → UTC text (the session runs with
 * {@code time_zone = '+00:00'}, so a TIMESTAMP column stores the same instant), enum labels, numbers, dates and text
 * as they are. Values MySQL cannot hold (infinite dates, NaN) are refused with the column named, never bent.
 */
final class ReverseValues {
    private static final DateTimeFormatter PG_TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXXXX][XXX][X]")
            .toFormatter();
    private static final DateTimeFormatter MY_DATETIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true).optionalEnd()
            .toFormatter();

    private ReverseValues() {
    }

    /** Sets parameter {@code index} from the PostgreSQL text {@code v} (null: SQL NULL). */
    static void bind(PreparedStatement ps, int index, ColumnPair c, String v) throws SQLException {
        if (v == null) {
            ps.setObject(index, null);
            return;
        }
        switch (c.kind()) {
            case BOOLEAN -> ps.setInt(index, v.equals("t") ? 1 : 0);
            case BYTES -> ps.setBytes(index, bytea(v));
            case BITS -> ps.setLong(index, v.isEmpty() ? 0 : Long.parseUnsignedLong(v, 2));
            case SET_ARRAY -> ps.setString(index, String.join(",", array(v)));
            case TIMESTAMPTZ -> ps.setString(index, utc(c, v));
            case DATE, DATETIME, TIME, FLOAT -> ps.setString(index, finite(c, v));
            default -> ps.setString(index, v);
        }
    }

    private static String finite(ColumnPair c, String v) {
        if (v.endsWith("infinity") || v.equals("NaN") || v.endsWith("Infinity") || v.endsWith(" BC")) {
            throw new IllegalArgumentException("column " + c.target() + " holds " + v + ", which MySQL's "
                    + c.sourceDataType() + " cannot store");
        }
        return v;
    }

    static String utc(ColumnPair c, String v) {
        finite(c, v);
        OffsetDateTime t = OffsetDateTime.parse(v, PG_TIMESTAMPTZ);
        return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(MY_DATETIME);
    }

    static byte[] bytea(String v) {
        if (!v.startsWith("\\x")) {
            throw new IllegalArgumentException("bytea value not in hex form (bytea_output = hex is the default)");
        }
        return HexFormat.of().parseHex(v, 2, v.length());
    }

    /** The elements of a one-dimensional PostgreSQL array literal ({@code {a,"b c","d\"e"}}). */
    static List<String> array(String v) {
        List<String> items = new ArrayList<>();
        if (v.length() < 2 || v.charAt(0) != '{' || v.charAt(v.length() - 1) != '}') {
            throw new IllegalArgumentException("not an array literal: " + v);
        }
        int i = 1;
        int end = v.length() - 1;
        while (i < end) {
            StringBuilder item = new StringBuilder();
            if (v.charAt(i) == '"') {
                i++;
                while (v.charAt(i) != '"') {
                    if (v.charAt(i) == '\\') {
                        i++;
                    }
                    item.append(v.charAt(i++));
                }
                i++;
            } else {
                while (i < end && v.charAt(i) != ',') {
                    item.append(v.charAt(i++));
                }
            }
            items.add(item.toString());
            if (i < end && v.charAt(i) == ',') {
                i++;
            }
        }
        return items;
    }
}
