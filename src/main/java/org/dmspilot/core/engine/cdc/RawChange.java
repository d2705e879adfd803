package org.dmspilot.core.engine.cdc;

import java.io.Serializable;

/**
 * One row change as read from the binlog, not decoded yet: the applier decodes it with the table's metadata as of
 * that point of the stream (after any DDL before it).
 *
 * @param table source table name
 * @param before the row before (updates and deletes), binlog column order
 * @param after the row after (inserts and updates)
 */
record RawChange(String table, Op op, Serializable[] before, Serializable[] after) {
    /** What the row images hold in memory, roughly: the bytes of text and binary values, 16 for anything else. */
    long bytes() {
        return bytes(before) + bytes(after);
    }

    private static long bytes(Serializable[] row) {
        if (row == null) {
            return 0;
        }
        long sum = 16L * row.length;
        for (Serializable v : row) {
            if (v instanceof byte[] b) {
                sum += b.length;
            } else if (v instanceof CharSequence c) {
                sum += 2L * c.length();
            }
        }
        return sum;
    }
}
