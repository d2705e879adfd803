package org.dmspilot.core.monitor;

/**
 * One table's migration statistics, as DMS's DescribeTableStatistics reports them.
 *
 * @param fullLoadDone whether the table's full load finished
 * @param sourceRows rows counted on the source (-1 when unknown)
 * @param targetRows rows counted on the target (-1 when unknown)
 * @param validation the validation state, e.g. {@code Validated}, {@code Mismatched records}, {@code Not enabled}
 * @param problem why the table stopped ({@code Table error: <reason>}), null while it is fine
 */
public record TableStatistics(String schema, String table, boolean fullLoadDone, long fullLoadRows, long inserts,
        long updates, long deletes, long sourceRows, long targetRows, String validation, String problem) {

    /** Statistics of a table without a problem. */
    public TableStatistics(String schema, String table, boolean fullLoadDone, long fullLoadRows, long inserts,
            long updates, long deletes, long sourceRows, long targetRows, String validation) {
        this(schema, table, fullLoadDone, fullLoadRows, inserts, updates, deletes, sourceRows, targetRows,
                validation, null);
    }

    public String qualifiedName() {
        return schema + "." + table;
    }
}
