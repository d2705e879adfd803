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
 */
public record TableReport(String table, long sourceRows, long targetRows, int chunks, int mismatchedChunks,
        List<String> mismatchingKeys) {
    public TableReport {
        mismatchingKeys = List.copyOf(mismatchingKeys);
    }

    /** True when counts and every chunk agree. */
    public boolean identical() {
        return sourceRows == targetRows && mismatchedChunks == 0 && mismatchingKeys.isEmpty();
    }
}
