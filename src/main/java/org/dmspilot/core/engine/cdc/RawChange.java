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
}
