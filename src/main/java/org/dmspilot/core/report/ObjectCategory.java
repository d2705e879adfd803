package org.dmspilot.core.report;

/** The kinds of source objects the assessment counts, in report order (SCT's object categories). */
public enum ObjectCategory {
    SCHEMA("Schemas"),
    TABLE("Tables"),
    VIEW("Views"),
    FUNCTION("Functions"),
    PROCEDURE("Procedures"),
    TRIGGER("Triggers"),
    EVENT("Events");

    private final String displayName;

    ObjectCategory(String displayName) {
        this.displayName = displayName;
    }

    /** Plural name for report headings, e.g. {@code Tables}. */
    public String displayName() {
        return displayName;
    }
}
