package org.dmspilot.core.engine;

import org.dmspilot.core.DmsPilotException;

/**
 * A source value the converted target column cannot hold (e.g. a TIME of 838:59:59 for a PostgreSQL {@code time}).
 * The full load stops with it rather than load something else; the message names the column, the value and the fix,
 * and the load adds the table and the row's key.
 */
final class UnloadableValueException extends DmsPilotException {
    UnloadableValueException(ColumnPair column, String value, String why) {
        super("column " + column.source() + ": the value " + value + " " + why + ".");
    }
}
