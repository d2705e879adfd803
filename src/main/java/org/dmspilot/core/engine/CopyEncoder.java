package org.dmspilot.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Source SELECT expressions and the PostgreSQL COPY text form of their values, following the converted column types:
 * zero dates (month or day 00) become NULL, TIMESTAMP is read in UTC and written with {@code +00}, booleans as
 * {@code t/f}, binary as {@code \x} hex, bits as a bit string padded to the width, SET {@code a,b} as the array
 * {@code {"a","b"}}; numbers, enums, JSON and text travel as the source's exact text, binary as the source's bytes.
 */
final class CopyEncoder {
    private CopyEncoder() {
    }

    static String select(TablePair t, KeyRange range) {
        return select(t, where(t, range));
    }

    static String where(TablePair t, KeyRange range) {
        return t.hasIntegerKey() ? range.condition(Sql.my(t.primaryKey().get(0).source())) : "1=1";
    }

    static String select(TablePair t, String where) {
        String cols = t.columns().stream().map(CopyEncoder::expression).collect(Collectors.joining(", "));
        return "SELECT " + cols + " FROM " + Sql.my(t.source()) + " WHERE " + where;
    }

    static String expression(ColumnPair c) {
        String q = Sql.my(c.source());
        return switch (c.kind()) {
            // the bytes as they are (hex-encoded here, in slices): HEX() doubles what crosses the wire and the
            // server's result row, which must fit max_allowed_packet
            case BYTES -> q;
            case BITS -> "BIN(" + q + ")";
            case DATE, DATETIME, TIMESTAMPTZ, TIME -> "CAST(" + q + " AS CHAR)";
            case BOOLEAN, INTERVAL -> "CAST(" + q + " AS CHAR)";
            // the column as it is: MySQL's CAST(double AS CHAR) drops a digit to fit its width (-1.175490006797048e-38
            // for -1.1754900067970481e-38), the result text (or the driver's double) is exact
            case FLOAT -> q;
            // MySQL Connector/J turns YEAR into a date and tinyint(1) into a boolean unless told otherwise
            default -> c.sourceDataType().equals("year") || c.sourceDataType().equals("tinyint")
                    ? "CAST(" + q + " AS CHAR)" : q;
        };
    }

    static String copySql(TablePair t) {
        return "COPY " + t.qualifiedTarget() + " (" + t.columns().stream().map(c -> Sql.pg(c.target()))
                .collect(Collectors.joining(", ")) + ") FROM STDIN";
    }

    /** Appends one value in COPY text format ({@code \\N} for NULL); the text form of {@link #append(CopyBuffer,
     * ColumnPair, byte[])}. */
    static void append(StringBuilder out, ColumnPair c, String v) {
        CopyBuffer b = new CopyBuffer();
        append(b, c, v);
        out.append(b);
    }

    /**
     * Appends one value given as a string (numbers and other values the driver returns as text).
     *
     * @throws UnloadableValueException when the target column cannot hold the value ({@link Unstorable})
     */
    static void append(CopyBuffer out, ColumnPair c, String v) {
        if (v == null) {
            out.putNull();
            return;
        }
        try {
            appendText(out, c, v);
        } catch (CopyBuffer.NulCharacterException e) {
            throw new UnloadableValueException(c, Unstorable.NUL);
        }
    }

    private static void appendText(CopyBuffer out, ColumnPair c, String v) {
        String why = c.kind() == ValueKind.JSON ? Unstorable.why(c, v) : null;
        if (why != null) {
            throw new UnloadableValueException(c, why);
        }
        switch (c.kind()) {
            case BITS -> {
                int width = c.bitWidth();
                for (int i = v.length(); i < width; i++) {
                    out.put('0');
                }
                out.putAscii(v.length() > width ? v.substring(v.length() - width) : v);
            }
            case SET_ARRAY -> appendSet(out, v);
            case BOOLEAN -> out.put(v.equals("0") ? 'f' : 't');
            case TEXT, JSON, TIME, INTERVAL, FLOAT -> out.putEscaped(v);
            default -> append(out, c, v.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Appends one value given as the UTF-8 bytes the source sent (text columns and the SELECT's CASTs).
     *
     * @throws UnloadableValueException when the target column cannot hold the value ({@link Unstorable})
     */
    static void append(CopyBuffer out, ColumnPair c, byte[] v) {
        if (v == null) {
            out.putNull();
            return;
        }
        try {
            appendBytes(out, c, v);
        } catch (CopyBuffer.NulCharacterException e) {
            throw new UnloadableValueException(c, Unstorable.NUL);
        }
    }

    private static void appendBytes(CopyBuffer out, ColumnPair c, byte[] v) {
        switch (c.kind()) {
            case BOOLEAN -> out.put(v.length == 1 && v[0] == '0' ? 'f' : 't');
            case BYTES -> {
                out.putAscii("\\\\x");
                out.putHex(v);
            }
            case BITS, SET_ARRAY -> appendText(out, c, new String(v, StandardCharsets.UTF_8));
            case JSON -> {
                if (containsJsonNul(v) && c.targetType().equals("jsonb")) {
                    throw new UnloadableValueException(c, Unstorable.JSON_NUL);
                }
                out.putEscaped(v);
            }
            case DATE, DATETIME -> {
                if (isZeroDate(v)) {
                    out.putNull();
                } else {
                    out.putEscaped(v);
                }
            }
            case TIME -> {
                if (!isTimeOfDay(v)) {
                    throw new UnloadableValueException(c, Unstorable.time(new String(v, StandardCharsets.US_ASCII)));
                }
                out.putEscaped(v);
            }
            case TIMESTAMPTZ -> {
                if (isZeroDate(v)) {
                    out.putNull();
                } else {
                    out.putEscaped(v);
                    out.putAscii("+00");
                }
            }
            default -> out.putEscaped(v);
        }
    }

    /** Whether JSON text holds the escape {@code \\u0000} (jsonb refuses it). */
    private static boolean containsJsonNul(byte[] v) {
        for (int i = 0; i + 5 < v.length; i++) {
            if (v[i] == '\\' && v[i + 1] == 'u' && v[i + 2] == '0' && v[i + 3] == '0' && v[i + 4] == '0'
                    && v[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }

    /** {@code HH:MM:SS[.f]} from 00:00:00 to 24:00:00 (MySQL TIME text may be negative or reach 838:59:59). */
    static boolean isTimeOfDay(byte[] v) {
        int colon = 0;
        while (colon < v.length && v[colon] != ':') {
            colon++;
        }
        if (colon != 2 || v[0] < '0' || v[0] > '2') {
            return false;
        }
        int hours = (v[0] - '0') * 10 + (v[1] - '0');
        if (hours < 24) {
            return true;
        }
        for (int i = 3; i < v.length; i++) {
            if (v[i] != '0' && v[i] != ':' && v[i] != '.') {
                return false;
            }
        }
        return hours == 24;
    }

    static boolean isZeroDate(String v) {
        return isZeroDate(v.getBytes(StandardCharsets.US_ASCII));
    }

    /** Month or day {@code 00} ({@code YYYY-MM-DD...}). */
    static boolean isZeroDate(byte[] v) {
        return v.length >= 10 && (v[5] == '0' && v[6] == '0' || v[8] == '0' && v[9] == '0');
    }

    private static void appendSet(CopyBuffer out, String v) {
        StringBuilder array = new StringBuilder("{");
        if (!v.isEmpty()) {
            List<String> items = List.of(v.split(",", -1));
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    array.append(',');
                }
                array.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        out.putEscaped(array.append('}').toString());
    }
}
