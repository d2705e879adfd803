package org.dmspilot.model.convert;

/** The order a converted schema is created in; also the files of the "stages" script layout. */
public enum Stage {
    SCHEMAS("01-schemas"),
    TYPES("02-types"),
    TABLES("03-tables"),
    CONSTRAINTS_AND_INDEXES("04-constraints-and-indexes"),
    VIEWS("05-views"),
    ROUTINES("06-routines"),
    TRIGGERS("07-triggers");

    private final String fileStem;

    Stage(String fileStem) {
        this.fileStem = fileStem;
    }

    /** File name (without .sql) in the stages layout. */
    public String fileStem() {
        return fileStem;
    }
}
