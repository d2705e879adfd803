package org.dmspilot.core.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Source SELECT expressions and the PostgreSQL COPY text form of their values, following the converted column types:
 * zero dates (month or day 00) become NULL, TIMESTAMP is read in UTC and written with {@code +00}, booleans as
 * {@code t/f}, binary as {@code \x} hex, bits as a bit string padded to the width, SET {@code a,b} as the array
 * {@code {"a","b"}}; numbers, enums, JSON and text travel as the source's exact text.
 */
final class CopyEncoder {
    private CopyEncoder() {
    }

    static String select(TablePair t, KeyRange range) {
        String cols = t.columns().stream().map(CopyEncoder::expression).collect(Collectors.joining(", "));
        String where = t.hasIntegerKey() ? range.condition(Sql.my(t.primaryKey().get(0).source())) : "1=1";
        return "SELECT " + cols + " FROM " + Sql.my(t.source()) + " WHERE " + where;
    }

    static String expression(ColumnPair c) {
        String q = Sql.my(c.source());
        return switch (c.kind()) {
            case BYTES -> "HEX(" + q + ")";
            case BITS -> "BIN(" + q + ")";
            case DATE, DATETIME, TIMESTAMPTZ, TIME -> "CAST(" + q + " AS CHAR)";
            case BOOLEAN, FLOAT -> "CAST(" + q + " AS CHAR)";
            default -> q;
        };
    }

    static String copySql(TablePair t) {
        return "COPY " + t.qualifiedTarget() + " (" + t.columns().stream().map(c -> Sql.pg(c.target()))
                .collect(Collectors.joining(", ")) + ") FROM STDIN";
    }

    /** Appends one value in COPY text format ({@code \N} for NULL). */
    static void append(StringBuilder out, ColumnPair c, String v) {
        if (v == null) {
            out.append("\\N");
            return;
        }
        switch (c.kind()) {
            case BOOLEAN -> out.append(v.equals("0") ? 'f' : 't');
            case BYTES -> out.append("\\\\x").append(v);
            case BITS -> {
                int width = c.bitWidth();
                for (int i = v.length(); i < width; i++) {
                    out.append('0');
                }
                out.append(v.length() > width ? v.substring(v.length() - width) : v);
            }
            case SET_ARRAY -> appendSet(out, v);
            case DATE, DATETIME -> {
                if (isZeroDate(v)) {
                    out.append("\\N");
                } else {
                    out.append(v);
                }
            }
            case TIMESTAMPTZ -> {
                if (isZeroDate(v)) {
                    out.append("\\N");
                } else {
                    out.append(v).append("+00");
                }
            }
            default -> escape(out, v);
        }
    }

    static boolean isZeroDate(String v) {
        return v.length() >= 10 && (v.startsWith("00", 5) || v.startsWith("00", 8) || v.startsWith("0000-00-00"));
    }

    private static void appendSet(StringBuilder out, String v) {
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
        escape(out, array.append('}').toString());
    }

    static void escape(StringBuilder out, String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch);
            }
        }
    }
}
