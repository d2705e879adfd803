package org.dmspilot.model.convert;

/** The order a converted schema is created in; also the files of the "stages" script layout. */
public enum Stage {
    SCHEMAS("01-schemas"),
    TYPES("02-types"),
    TABLES("03-tables"),
    CONSTRAINTS_AND_INDEXES("04-constraints-and-indexes"),
    /** Before the views: a view may call a function; PL/pgSQL bodies are not resolved until they run. */
    ROUTINES("05-routines"),
    VIEWS("06-views"),
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
