package org.dmspilot.core.engine;

import org.dmspilot.core.DmsPilotException;

/**
 * A source value the converted target column cannot hold ({@link Unstorable}: a NUL character in text, a TIME of
 * 838:59:59 for a PostgreSQL {@code time}). The row copy adds the table and the row's key ({@link #inRow}); the full
 * load then stops that table only.
 */
final class UnloadableValueException extends DmsPilotException {
    UnloadableValueException(ColumnPair column, String why) {
        super("column " + column.source() + " " + why + ".");
    }

    private UnloadableValueException(String message) {
        super(message);
    }

    /** The same problem located: {@code Table t, row with key (id) = (7), column c holds ...}. */
    UnloadableValueException inRow(String table, String key) {
        return new UnloadableValueException("Table " + table + ", row with key " + key + ", " + getMessage());
    }
}
