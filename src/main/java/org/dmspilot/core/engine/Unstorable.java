package org.dmspilot.core.engine;

/**
 * Values MySQL stores and the converted PostgreSQL column cannot: a NUL character in text (PostgreSQL text and
 * jsonb refuse it), a TIME outside 00:00:00..24:00:00 in a {@code time} column. One policy for the full load and
 * CDC: the row's table stops (the full load leaves it empty, CDC pauses it) naming the column and the key, the other
 * tables go on, and the value is never altered silently.
 */
public final class Unstorable {
    /** What the full load and CDC do with such a value, quoted in their messages. */
    public static final String POLICY = "policy: a value PostgreSQL cannot store stops its table only";
    static final String NUL = "holds a NUL character (0x00), which PostgreSQL text cannot store: remove it on the"
            + " source (UPDATE ... SET col = REPLACE(col, CHAR(0), '')) or map the column to bytea, then reload the"
            + " table";
    static final String JSON_NUL = "holds a JSON string with \\u0000, which PostgreSQL jsonb cannot store: remove it"
            + " on the source or map the column to json/text, then reload the table";

    private Unstorable() {
    }

    /** Why {@code value} (the text the target column receives) cannot be stored in {@code column}, or null. */
    public static String why(ColumnPair column, String value) {
        ValueKind kind = column.kind();
        if (kind == ValueKind.BYTES || kind == ValueKind.BITS) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            return NUL;
        }
        if (kind == ValueKind.JSON && value.contains("\\u0000") && column.targetType().equals("jsonb")) {
            return JSON_NUL;
        }
        if (kind == ValueKind.TIME && column.targetType().startsWith("time") && outsideDay(value)) {
            return time(value);
        }
        return null;
    }

    static String time(String value) {
        return "holds TIME " + value + ", outside PostgreSQL's time range (00:00:00 to 24:00:00): map the column to"
                + " interval (convert again from the live source, which does so for such data, or add a type-override"
                + " rule), then reload the table";
    }

    private static boolean outsideDay(String time) {
        if (time.startsWith("-")) {
            return true;
        }
        int colon = time.indexOf(':');
        if (colon < 0) {
            return false;
        }
        int hours = Integer.parseInt(time.substring(0, colon));
        return hours > 24 || hours == 24 && !time.substring(colon).matches(":00:00(\\.0*)?");
    }
}
