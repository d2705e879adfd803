package org.dmspilot.core.cutover;

/**
 * What validation found, backend-neutral (DMS validation states or the local validator).
 *
 * @param ran whether a validation result exists
 * @param mismatches mismatching rows (or records) found
 * @param evidence a short description for the user
 */
public record ValidationSummary(boolean ran, long mismatches, String evidence) {
    public static final ValidationSummary NOT_RUN = new ValidationSummary(false, 0, "validation has not run");
}
