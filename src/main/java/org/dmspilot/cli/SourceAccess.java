package org.dmspilot.cli;

import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.model.ConnectionRole;

/** How the catalog and readiness commands reach a source given as a JDBC URL, and report progress. */
final class SourceAccess {
    private SourceAccess() {
    }

    static boolean isJdbcUrl(String source) {
        return source.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /** A parsed source URL (password from the URL or DMSPILOT_SOURCE_PASSWORD). */
    static ParsedConnection parse(String url) {
        return JdbcUrls.parse(url, ConnectionRole.SOURCE);
    }

    static ConnectionHandle open(ParsedConnection source) {
        return new DatabaseConnector().open(source.profile(), source.password());
    }
}
