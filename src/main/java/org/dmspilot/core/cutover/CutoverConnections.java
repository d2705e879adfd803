package org.dmspilot.core.cutover;

import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.model.ConnectionProfile;

/**
 * The two databases as DMS Pilot reaches them for the cutover's own work (read-only, sequences, counts).
 *
 * @param source opens a connection to the MySQL/MariaDB source (with a user allowed to set read_only)
 * @param target opens a connection to the PostgreSQL target
 * @param sourceSchema the migrated source schema (the target schema is its converted name)
 * @param targetProfile the target as the application should reach it (shown without password at the end)
 */
public record CutoverConnections(ConnectionFactory source, ConnectionFactory target, String sourceSchema,
        ConnectionProfile targetProfile) {
}
