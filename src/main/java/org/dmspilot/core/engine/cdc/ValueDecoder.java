package org.dmspilot.core.engine.cdc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import org.dmspilot.core.engine.ColumnPair;

/**
 * One binlog cell to the PostgreSQL text of the converted column, with the same meaning the full load gives the
 * source's own text: unsigned integers that arrive signed are widened, ENUM indexes and SET bit masks become their
 * labels, strings are decoded with the column's charset, binaries become {@code \x} hex, BIT a bit string of the
 * column's width, tinyint(1) a boolean, zero dates NULL, TIMESTAMP (read in UTC) an instant at {@code +00}.
 */
final class ValueDecoder {
    private static final HexFormat HEX = HexFormat.of();
    private final ColumnPair column;
    private final SourceColumn source;
    private final List<String> labels;
    private final long unsignedMask;

    ValueDecoder(ColumnPair column, SourceColumn source) {
        this.column = column;
        this.source = source;
        this.labels = source.labels();
        this.unsignedMask = !source.unsigned() ? 0 : switch (source.dataType()) {
            case "tinyint" -> 0xFFL;
            case "smallint" -> 0xFFFFL;
            case "mediumint" -> 0xFFFFFFL;
            case "int", "integer" -> 0xFFFFFFFFL;
            default -> -1L;
        };
    }

    ColumnPair column() {
        return column;
    }

    /** The PostgreSQL text of {@code v}, or null for SQL NULL. */
    String decode(Serializable v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b && column.kind() == org.dmspilot.core.engine.ValueKind.BYTES) {
            return "\\x" + HEX.formatHex(b);
        }
        String text = sourceText(v);
        if (text == null) {
            return null;
        }
        return switch (column.kind()) {
            case BOOLEAN -> text.equals("0") ? "f" : "t";
            case BITS -> bits(v, column.bitWidth());
            case SET_ARRAY -> array(text);
            case DATE, DATETIME -> zeroDate(text) ? null : text;
            case TIMESTAMPTZ -> zeroDate(text) ? null : text + "+00";
            default -> text;
        };
    }

    /** The text MySQL prints for the value. */
    private String sourceText(Serializable v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return new String(b, source.javaCharset());
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            if (source.dataType().equals("enum")) {
                return n <= 0 || n > labels.size() ? "" : labels.get((int) n - 1);
            }
            if (source.dataType().equals("set")) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < labels.size(); i++) {
                    if ((n & (1L << i)) != 0) {
                        sb.append(sb.length() == 0 ? "" : ",").append(labels.get(i));
                    }
                }
                return sb.toString();
            }
            if (unsignedMask == -1L) {
                return Long.toUnsignedString(n);
            }
            return unsignedMask != 0 ? String.valueOf(n & unsignedMask) : String.valueOf(n);
        }
        if (v instanceof BitSet bits) {
            return bits.toString();
        }
        return v.toString();
    }

    private static String bits(Serializable v, int width) {
        if (v instanceof BitSet b) {
            StringBuilder sb = new StringBuilder(width);
            for (int i = width - 1; i >= 0; i--) {
                sb.append(b.get(i) ? '1' : '0');
            }
            return sb.toString();
        }
        return v.toString();
    }

    private static boolean zeroDate(String v) {
        return v.length() >= 10 && (v.startsWith("00", 5) || v.startsWith("00", 8));
    }

    private static String array(String set) {
        if (set.isEmpty()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder("{");
        String[] items = set.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(items[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }
}
