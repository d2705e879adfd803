package org.dmspilot.core.engine;

/**
 * A column the source and target tables do not share as they should.
 *
 * @param kind what is wrong
 * @param column the source column (MISSING_ON_TARGET, TYPE) or the target column (EXTRA_ON_TARGET)
 * @param message a sentence naming the column and both sides' types
 */
public record ColumnProblem(Kind kind, String column, String message) {
    /** What is wrong with the column. */
    public enum Kind {
        /** A source column has no target column: loading would drop its values. */
        MISSING_ON_TARGET,
        /** A target column no source column fills. */
        EXTRA_ON_TARGET,
        /** The target column's type cannot hold the source column's values. */
        TYPE
    }

    @Override
    public String toString() {
        return message;
    }
}
