package org.dmspilot.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;

/** A database of its own for one test, on one of the shared embedded servers. */
public record TestDatabase(Engine engine, String host, int port, String database, String user, String password) {

    public String jdbcUrl() {
        String scheme = switch (engine) {
            case MARIADB -> "jdbc:mariadb://";
            case MYSQL -> "jdbc:mysql://"; // MySQL Connector/J: caching_sha2_password over TLS
            default -> "jdbc:postgresql://";
        };
        return scheme + host + ":" + port + "/" + database;
    }

    /** The URL form the CLI accepts, password included. */
    public String jdbcUrlWithCredentials() {
        String scheme = engine.isMysqlFamily() ? "jdbc:mysql://" : "jdbc:postgresql://";
        return scheme + host + ":" + port + "/" + database + "?user=" + user + "&password=" + password;
    }

    public ConnectionProfile profile() {
        return ConnectionProfile.of(engine, host, port, database, user);
    }

    public TestDatabase withDatabase(String other) {
        return new TestDatabase(engine, host, port, other, user, password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** Runs statements separated by ';' at line ends (no procedures). */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
