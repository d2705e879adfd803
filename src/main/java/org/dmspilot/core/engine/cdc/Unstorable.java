package org.dmspilot.core.engine.cdc;

import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.ValueKind;

/**
 * Values MySQL stores and the converted PostgreSQL column cannot: a NUL character in text (PostgreSQL text and
 * jsonb refuse it), a TIME outside 00:00:00..24:00:00 in a {@code time} column. Policy: the row's table is paused
 * naming the column and the key (the other tables go on); the value is never altered silently.
 */
final class Unstorable {
    private Unstorable() {
    }

    /** Why {@code value} cannot be stored in {@code column}, or null. */
    static String why(ColumnPair column, String value) {
        ValueKind kind = column.kind();
        if (kind == ValueKind.BYTES || kind == ValueKind.BITS) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            return "holds a NUL character (0x00), which PostgreSQL text cannot store: remove it on the source"
                    + " (UPDATE ... SET col = REPLACE(col, CHAR(0), '')) or map the column to bytea, then reload the"
                    + " table";
        }
        if (kind == ValueKind.JSON && value.contains("\\u0000")) {
            return "holds a JSON string with \\u0000, which PostgreSQL jsonb cannot store: remove it on the"
                    + " source or map the column to json/text, then reload the table";
        }
        if (kind == ValueKind.TIME && column.targetType().startsWith("time") && outsideDay(value)) {
            return "holds TIME " + value + ", outside PostgreSQL's time range (00:00:00 to 24:00:00): map the"
                    + " column to interval, then reload the table";
        }
        return null;
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
