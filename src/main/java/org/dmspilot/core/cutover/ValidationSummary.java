package org.dmspilot.core.cutover;

/**
 * What validation found, backend-neutral (DMS validation states or the local validator).
 *
 * @param ran whether a validation result exists
 * @param mismatches mismatching rows (or records) found
 * @param evidence a short description for the user
 * @param report the local validator's per-table result (null for DMS: its states come with the table statistics)
 */
public record ValidationSummary(boolean ran, long mismatches, String evidence,
        org.dmspilot.core.validate.ValidationReport report) {
    public static final ValidationSummary NOT_RUN = new ValidationSummary(false, 0, "validation has not run");

    /** A summary without per-table detail (DMS validation states). */
    public ValidationSummary(boolean ran, long mismatches, String evidence) {
        this(ran, mismatches, evidence, null);
    }

    /** The summary of a local validation: mismatching keys plus the row-count difference per table that differs. */
    public static ValidationSummary of(org.dmspilot.core.validate.ValidationReport report) {
        long mismatches = report.tables().stream().mapToLong(t -> t.identical() ? 0
                : Math.max(1, t.mismatchingKeys().size() + Math.abs(t.sourceRows() - t.targetRows()))).sum();
        return new ValidationSummary(true, mismatches, (report.identical()
                ? report.tables().size() + " tables identical (local validator, " + report.millis() + " ms)"
                : "differences: " + report.tables().stream().filter(t -> !t.identical()).map(t -> t.table() + " ("
                        + t.sourceRows() + " vs " + t.targetRows() + " rows, keys " + t.mismatchingKeys() + ")")
                        .limit(5).toList()), report);
    }
}
