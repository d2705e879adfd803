package org.dmspilot.core.report;

/**
 * What the assessment can honestly say about one view, function, procedure, trigger or event. Only an object that
 * was applied to PostgreSQL and probed equal against the live source is {@link #VERIFIED_EQUIVALENT}; the
 * converter's own silence is {@link #CONVERTED_NOT_VERIFIED}.
 */
public enum CodeObjectState {
    /** Applied to PostgreSQL and probed equal against the live source. */
    VERIFIED_EQUIVALENT("verified equivalent"),
    /** Converted without an action item above info, but not applied and probed (no target, or not probed). */
    CONVERTED_NOT_VERIFIED("converted, not verified"),
    /** PostgreSQL refused it, its probe differed, or its conversion raised an item above info: see its items. */
    NEEDS_WORK("needs work");

    private final String label;

    CodeObjectState(String label) {
        this.label = label;
    }

    /** Lower-case label for reports, e.g. {@code verified equivalent}. */
    public String label() {
        return label;
    }
}
