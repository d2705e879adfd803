package org.dmspilot.core.dms.emulator;

/**
 * One table as DescribeTableStatistics reports it for the emulated task.
 *
 * @param tableState {@code Before load}, {@code Full load}, {@code Table completed}, {@code Table error}...
 * @param validationState {@code Not enabled}, {@code Pending records}, {@code Validated}, {@code Mismatched records},
 *     {@code Suspended records}, {@code No primary key}, {@code Table error}, {@code Error}
 */
public record EmulatedTable(String schema, String table, long fullLoadRows, String tableState,
        String validationState, long validationFailedRecords, long validationPendingRecords, String failure) {

    public EmulatedTable(String schema, String table, long fullLoadRows, String tableState, String validationState,
            long validationFailedRecords, long validationPendingRecords) {
        this(schema, table, fullLoadRows, tableState, validationState, validationFailedRecords,
                validationPendingRecords, null);
    }

    /** Loaded and validated without mismatch. */
    public static EmulatedTable validated(String schema, String table, long rows) {
        return new EmulatedTable(schema, table, rows, "Table completed", "Validated", 0, 0);
    }

    public EmulatedTable withValidation(String state, long failed, long pending) {
        return new EmulatedTable(schema, table, fullLoadRows, tableState, state, failed, pending, failure);
    }

    public EmulatedTable withTableState(String state) {
        return new EmulatedTable(schema, table, fullLoadRows, state, validationState, validationFailedRecords,
                validationPendingRecords, failure);
    }

    /** The same table with a failure reason (DMS's {@code ValidationStateDetails}), null for none. */
    public EmulatedTable withFailure(String reason) {
        return new EmulatedTable(schema, table, fullLoadRows, tableState, validationState, validationFailedRecords,
                validationPendingRecords, reason);
    }
}
