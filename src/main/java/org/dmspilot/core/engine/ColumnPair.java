package org.dmspilot.core.engine;

/**
 * One column on both sides.
 *
 * @param source MySQL column name
 * @param sourceDataType MySQL data type (information_schema DATA_TYPE, lower case)
 * @param target PostgreSQL column name
 * @param targetType PostgreSQL type as {@code format_type} prints it
 * @param kind how values are carried and compared
 */
public record ColumnPair(String source, String sourceDataType, String target, String targetType, ValueKind kind) {
    /** How values of a source type travel into a target type. */
    public static ValueKind kindOf(String sourceDataType, String targetType) {
        String t = targetType.toLowerCase();
        String s = sourceDataType.toLowerCase();
        if (t.equals("boolean")) {
            return ValueKind.BOOLEAN;
        }
        if (t.equals("bytea")) {
            return ValueKind.BYTES;
        }
        if (t.startsWith("bit")) {
            return ValueKind.BITS;
        }
        if (t.endsWith("[]")) {
            return ValueKind.SET_ARRAY;
        }
        if (t.equals("jsonb") || t.equals("json")) {
            return ValueKind.JSON;
        }
        if (t.startsWith("timestamp") && t.contains("with time zone")) {
            return ValueKind.TIMESTAMPTZ;
        }
        if (t.startsWith("timestamp")) {
            return ValueKind.DATETIME;
        }
        if (t.equals("date")) {
            return ValueKind.DATE;
        }
        if (t.startsWith("time")) {
            return ValueKind.TIME;
        }
        if (t.startsWith("interval") && s.equals("time")) {
            return ValueKind.INTERVAL;
        }
        if ((t.equals("real") || t.equals("double precision")) && (s.equals("float") || s.equals("double"))) {
            return ValueKind.FLOAT;
        }
        return ValueKind.TEXT;
    }

    /** Width n of a {@code bit(n)} target, 1 when it cannot be read. */
    public int bitWidth() {
        int open = targetType.indexOf('(');
        if (open < 0) {
            return 1;
        }
        return Integer.parseInt(targetType.substring(open + 1, targetType.indexOf(')')));
    }
}
