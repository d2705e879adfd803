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
 * @param columnProblems columns the two sides do not share as they should, one sentence each naming the column:
 *     a source column missing on the target, a target column no source column fills, a type that cannot hold the
 *     source's values; empty when the column sets agree
 */
public record TablePair(String source, String target, String targetSchema, List<ColumnPair> columns,
        List<ColumnPair> primaryKey, long rowEstimate, List<ColumnProblem> columnProblems) {
    public TablePair {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        columnProblems = List.copyOf(columnProblems);
    }

    /** A pair whose column sets agree. */
    public TablePair(String source, String target, String targetSchema, List<ColumnPair> columns,
            List<ColumnPair> primaryKey, long rowEstimate) {
        this(source, target, targetSchema, columns, primaryKey, rowEstimate, List.of());
    }

    /** True when the key is one integer column, so the table can be split into key ranges. */
    public boolean hasIntegerKey() {
        if (primaryKey.size() != 1) {
            return false;
        }
        String t = primaryKey.get(0).sourceDataType();
        return t.endsWith("int");
    }

    /** Source columns that have no target column: loading this table would drop their values. */
    public List<ColumnProblem> missingOnTarget() {
        return columnProblems.stream().filter(p -> p.kind() == ColumnProblem.Kind.MISSING_ON_TARGET).toList();
    }

    /** The quoted, schema-qualified target name. */
    public String qualifiedTarget() {
        return Sql.pg(targetSchema) + "." + Sql.pg(target);
    }
}
