package org.dmspilot.core.validate;

import java.util.List;

/**
 * Validation of one table.
 *
 * @param table source table name
 * @param sourceRows rows on the source
 * @param targetRows rows on the target
 * @param chunks chunks compared
 * @param mismatchedChunks chunks whose hashes differed
 * @param mismatchingKeys primary keys (comma-joined for composite keys) missing, extra or different on the target,
 *     at most 100; for a table without a primary key, empty (the whole-table hash decides)
 * @param columnProblems columns missing, extra or differently typed on the target, one sentence each
 */
public record TableReport(String table, long sourceRows, long targetRows, int chunks, int mismatchedChunks,
        List<String> mismatchingKeys, List<String> columnProblems) {
    public TableReport {
        mismatchingKeys = List.copyOf(mismatchingKeys);
        columnProblems = List.copyOf(columnProblems);
    }

    /** A report of a table whose column sets agree. */
    public TableReport(String table, long sourceRows, long targetRows, int chunks, int mismatchedChunks,
            List<String> mismatchingKeys) {
        this(table, sourceRows, targetRows, chunks, mismatchedChunks, mismatchingKeys, List.of());
    }

    /** True when the column sets, the counts and every chunk agree. */
    public boolean identical() {
        return columnProblems.isEmpty() && sourceRows == targetRows && mismatchedChunks == 0
                && mismatchingKeys.isEmpty();
    }
}
