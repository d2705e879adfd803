package org.dmspilot.core.convert.sql;

import java.util.List;
import java.util.Optional;

/** What the routine translator needs to know about tables: keys for ON CONFLICT, the AUTO_INCREMENT column. */
@FunctionalInterface
public interface TableLookup {
    /** Knows no table: upserts and LAST_INSERT_ID() then become action items. */
    TableLookup NONE = (schema, table) -> Optional.empty();

    /** The table's keys, by MySQL schema and table name (any case). */
    Optional<TableKeys> keys(String schema, String table);

    /**
     * @param uniqueKeys column lists of the primary key (first) and the unique keys, MySQL names
     * @param autoIncrementColumn the AUTO_INCREMENT column, or null
     */
    record TableKeys(List<List<String>> uniqueKeys, String autoIncrementColumn) {
        public TableKeys {
            uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        }
    }
}
