package org.dmspilot.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A base table.
 *
 * @param engine storage engine, e.g. {@code InnoDB}
 * @param collation the table's default collation
 * @param rowEstimate the server's row estimate (InnoDB: approximate), null when unknown (dump files)
 * @param dataBytes data length in bytes, null when unknown
 * @param autoIncrement the next AUTO_INCREMENT value, null when the table has none
 * @param partitioning null when the table is not partitioned
 * @param columns in ordinal order
 * @param indexes every index, PRIMARY first, then by name
 */
public record Table(String name, String engine, String collation, Long rowEstimate, Long dataBytes,
        Long autoIncrement, Partitioning partitioning, String comment, List<Column> columns, List<Index> indexes,
        List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
    public Table {
        columns = Lists.copy(columns);
        indexes = Lists.copy(indexes);
        foreignKeys = Lists.copy(foreignKeys);
        checks = Lists.copy(checks);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The PRIMARY KEY index, if any. */
    public Optional<Index> primaryKey() {
        return indexes.stream().filter(Index::primary).findFirst();
    }
}
