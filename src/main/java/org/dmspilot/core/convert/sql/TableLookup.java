package org.dmspilot.core.convert.sql;

import java.util.List;
import java.util.Optional;

/**
 * What the SQL translator needs to know about tables: keys for ON CONFLICT, the AUTO_INCREMENT column, and the
 * column types the table conversion chose.
 */
@FunctionalInterface
public interface TableLookup {
    /** Knows no table: upserts and LAST_INSERT_ID() then become action items. */
    TableLookup NONE = (schema, table) -> Optional.empty();

    /** The table's keys, by MySQL schema and table name (any case). */
    Optional<TableKeys> keys(String schema, String table);

    /**
     * The PostgreSQL type the table conversion gave a column (e.g. {@code boolean} for a tinyint(1) holding 0/1),
     * by MySQL schema, table and column name (any case); empty when unknown.
     */
    default Optional<String> columnType(String schema, String table, String column) {
        return Optional.empty();
    }

    /**
     * The PostgreSQL return type of a stored function of the schema (MySQL names, any case); empty when the schema
     * has no function of that name.
     */
    default Optional<String> functionReturnType(String schema, String function) {
        return Optional.empty();
    }

    /**
     * The PostgreSQL name (unquoted) the conversion gave a table or view of the schema, by MySQL schema (any case) and
     * name (as MySQL matches it: exactly, else ignoring case); empty when unknown, and the name is then lower-cased.
     * Differs from the lower-cased name for a rename or keep-case rule and for names that collide ({@code Case} and
     * {@code case} → {@code case_2}).
     */
    default Optional<String> relationName(String schema, String relation) {
        return Optional.empty();
    }

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
