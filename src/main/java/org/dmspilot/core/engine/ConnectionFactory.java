package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new JDBC connection each time it is called; the engine opens one per worker and closes them itself. */
@FunctionalInterface
public interface ConnectionFactory {
    /** A new connection; the caller closes it. */
    Connection open() throws SQLException;
}
