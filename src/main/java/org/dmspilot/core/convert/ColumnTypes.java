package org.dmspilot.core.convert;

import java.util.Optional;

/**
 * The PostgreSQL column types the table conversion chose, for the code conversion: a tinyint(1) that became boolean
 * must be compared and filled with booleans in views, routines and triggers.
 */
@FunctionalInterface
public interface ColumnTypes {
    /** Knows no column. */
    ColumnTypes NONE = (table, column) -> Optional.empty();

    /** The target type of a column, by MySQL table and column name (any case); empty when unknown or excluded. */
    Optional<String> type(String table, String column);
}
