package org.dmspilot.core.engine;

import java.util.List;

/**
 * A source table and the converted target table it loads into.
 *
 * @param source MySQL table name
 * @param target PostgreSQL table name (in {@code targetSchema})
 * @param targetSchema PostgreSQL schema
 * @param columns columns present on both sides (generated columns left out)
 * @param primaryKey primary-key columns in key order (empty when the table has none)
 * @param rowEstimate the source's row estimate
 */
public record TablePair(String source, String target, String targetSchema, List<ColumnPair> columns,
        List<ColumnPair> primaryKey, long rowEstimate) {
    public TablePair {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** True when the key is one integer column, so the table can be split into key ranges. */
    public boolean hasIntegerKey() {
        if (primaryKey.size() != 1) {
            return false;
        }
        String t = primaryKey.get(0).sourceDataType();
        return t.endsWith("int");
    }

    /** The quoted, schema-qualified target name. */
    public String qualifiedTarget() {
        return Sql.pg(targetSchema) + "." + Sql.pg(target);
    }
}
