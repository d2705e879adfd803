package org.dmspilot.core.engine.cdc;

import java.util.List;
import org.dmspilot.core.engine.BinlogPosition;

/**
 * One committed source transaction of the migrated schema (possibly without row changes: it still moves the
 * position), or one DDL statement.
 *
 * @param changes row changes in binlog order
 * @param ddl the DDL statement's text, null for a row transaction
 * @param ddlDatabase the DDL's default database
 * @param end where a restart resumes once this is applied: just after the commit; for a piece of a large
 *     transaction, the transaction's start
 * @param skip for a piece of a large transaction, the number of the transaction's row changes applied once this
 *     piece is (a restart from {@code end} skips them); 0 for a whole transaction
 * @param commitMillis the source commit time from the event header (second resolution)
 * @param gtids the source's GTID set executed once this is applied (MySQL with gtid_mode ON), else null
 */
record SourceTransaction(List<RawChange> changes, String ddl, String ddlDatabase, BinlogPosition end, long skip,
        long commitMillis, String gtids) {
    int rows() {
        return changes.size();
    }

    /** The row images' size in memory, roughly ({@link RawChange#bytes()}). */
    long bytes() {
        long sum = 0;
        for (RawChange c : changes) {
            sum += c.bytes();
        }
        return sum;
    }
}
