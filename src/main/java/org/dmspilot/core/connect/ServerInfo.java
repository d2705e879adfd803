package org.dmspilot.core.connect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.dmspilot.model.Engine;

/**
 * What a connected server says about itself: product and version, and the TLS protocol of this session.
 *
 * @param version e.g. {@code MariaDB 11.4.5}, {@code MySQL 8.0.36}, {@code PostgreSQL 16.4}
 * @param tlsProtocol e.g. {@code TLSv1.3}, or null when the session is not encrypted
 */
record ServerInfo(String version, String tlsProtocol) {

    static ServerInfo read(Connection c, Engine engine) throws SQLException {
        if (engine.isMysqlFamily()) {
            String raw = single(c, "SELECT VERSION()", 1);
            String product = raw.toLowerCase(Locale.ROOT).contains("mariadb") ? "MariaDB" : "MySQL";
            String tls = single(c, "SHOW SESSION STATUS LIKE 'Ssl_version'", 2);
            return new ServerInfo(product + " " + leadingVersion(raw), blankToNull(tls));
        }
        String raw = single(c, "SHOW server_version", 1);
        String tls = single(c, "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()", 1);
        return new ServerInfo("PostgreSQL " + leadingVersion(raw), blankToNull(tls));
    }

    /** "11.4.5-MariaDB-log" → "11.4.5"; "16.4 (Debian 16.4-1)" → "16.4". */
    static String leadingVersion(String raw) {
        int end = 0;
        while (end < raw.length() && (Character.isDigit(raw.charAt(end)) || raw.charAt(end) == '.')) {
            end++;
        }
        return end == 0 ? raw.strip() : raw.substring(0, end);
    }

    private static String single(Connection c, String sql, int column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(column) : null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
