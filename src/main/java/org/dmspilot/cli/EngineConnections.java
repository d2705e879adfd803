package org.dmspilot.cli;

import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.model.ConnectionRole;

/** --source / --target URLs of the engine commands as connection factories (tunnels closed with the connection). */
final class EngineConnections {
    private EngineConnections() {
    }

    static ParsedConnection parse(String url, ConnectionRole role) {
        if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new DmsPilotException("--" + role.name().toLowerCase() + " must be a JDBC URL, not "
                    + JdbcUrls.redact(url));
        }
        return JdbcUrls.parse(url, role);
    }

    static ConnectionFactory factory(ParsedConnection parsed) {
        return factory(parsed.profile(), parsed.password());
    }

    /** Connections to a profile (a project's source or target) with its password. */
    static ConnectionFactory factory(org.dmspilot.model.ConnectionProfile profile, char[] password) {
        return org.dmspilot.core.engine.ProfileConnections.factory(profile, password);
    }

    /** The tables a --table-mappings file selects (every table without one). */
    static org.dmspilot.core.engine.TableSelection selection(java.nio.file.Path tableMappings) {
        if (tableMappings == null) {
            return org.dmspilot.core.engine.TableSelection.ALL;
        }
        String json;
        try {
            json = java.nio.file.Files.readString(tableMappings);
        } catch (java.io.IOException e) {
            throw new org.dmspilot.core.BadInputException("Cannot read --table-mappings " + tableMappings + ": "
                    + e.getMessage(), e);
        }
        if (json.isBlank()) {
            throw new org.dmspilot.core.BadInputException("--table-mappings " + tableMappings + " is empty.");
        }
        return org.dmspilot.core.engine.TableSelection.fromTableMappings(json, tableMappings.toString());
    }

    /** The schema to work on: --schema, else the source URL's database. */
    static String schema(String schema, ParsedConnection source) {
        if (schema != null && !schema.isBlank()) {
            return schema;
        }
        String db = source.profile().database();
        if (db == null || db.isBlank()) {
            throw new DmsPilotException("Give --schema or a database in the --source URL.");
        }
        return db;
    }
}
