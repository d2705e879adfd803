package org.dmspilot.core.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a finished full load did.
 *
 * @param start the binlog position of the consistent snapshot (empty when the source has no binlog)
 * @param rowsByTable rows copied per target table
 * @param deferredObjects primary keys, secondary indexes, unique constraints and foreign keys dropped and rebuilt
 * @param millis wall time of the whole load
 * @param notLoaded source tables left empty because of a value the target cannot store, each with the reason
 *     (table, key, column, fix; see {@link Unstorable}); they are paused for CDC
 * @param keptAside foreign keys not rebuilt because rows reference a table not loaded (kept in
 *     {@code dmspilot.deferred_ddl}, rebuilt by the next full load)
 */
public record LoadResult(Optional<BinlogPosition> start, Map<String, Long> rowsByTable, int deferredObjects,
        long millis, Map<String, String> notLoaded, List<String> keptAside) {
    public LoadResult {
        rowsByTable = Map.copyOf(rowsByTable);
        notLoaded = Map.copyOf(new java.util.TreeMap<>(notLoaded));
        keptAside = List.copyOf(keptAside);
    }

    /** True when every table was loaded. */
    public boolean complete() {
        return notLoaded.isEmpty();
    }

    /** Rows copied in all. */
    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
