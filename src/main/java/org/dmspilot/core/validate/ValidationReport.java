package org.dmspilot.core.validate;

import java.util.List;

/**
 * Validation of one schema.
 *
 * @param schema source schema
 * @param tables one report per table
 * @param millis wall time
 */
public record ValidationReport(String schema, List<TableReport> tables, long millis) {
    public ValidationReport {
        tables = List.copyOf(tables);
    }

    /** True when every table is identical. */
    public boolean identical() {
        return tables.stream().allMatch(TableReport::identical);
    }
}
