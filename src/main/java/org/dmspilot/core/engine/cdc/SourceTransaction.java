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
 * @param end the position just after the transaction's commit (where a restart resumes)
 * @param commitMillis the source commit time from the event header (second resolution)
 */
record SourceTransaction(List<RawChange> changes, String ddl, String ddlDatabase, BinlogPosition end,
        long commitMillis) {
    int rows() {
        return changes.size();
    }
}
