package org.dmspilot.core.engine;

import java.util.Map;
import java.util.Optional;

/**
 * What a finished full load did.
 *
 * @param start the binlog position of the consistent snapshot (empty when the source has no binlog)
 * @param rowsByTable rows copied per target table
 * @param deferredObjects primary keys, secondary indexes, unique constraints and foreign keys dropped and rebuilt
 * @param millis wall time of the whole load
 */
public record LoadResult(Optional<BinlogPosition> start, Map<String, Long> rowsByTable, int deferredObjects,
        long millis) {
    public LoadResult {
        rowsByTable = Map.copyOf(rowsByTable);
    }

    /** Rows copied in all. */
    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
