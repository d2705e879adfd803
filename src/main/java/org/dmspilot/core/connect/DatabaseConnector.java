package org.dmspilot.core.connect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.SshTunnel;
import org.dmspilot.model.TlsMode;

/**
 * Opens JDBC connections for connection profiles: Oracle MySQL through MySQL Connector/J, MariaDB through MariaDB
 * Connector/J, PostgreSQL through pgJDBC, with the profile's TLS mode, CA file and connect timeout, and through an SSH tunnel when the profile has
 * one. The source driver follows the server, not the URL's spelling: the first login uses the profile's engine's
 * driver, and when the server announces the other flavour (a {@code jdbc:mysql://} URL naming a MariaDB) the
 * connection is made again with that flavour's driver, remembered per host and port. Failures become {@link ConnectionFailedException}s with a {@link FailureKind} and a message for the user.
 */
public final class DatabaseConnector {
    private static final Driver MARIADB = new org.mariadb.jdbc.Driver();
    private static final Driver MYSQL = mysqlDriver();
    /** The flavour each MySQL-family server (host:port) turned out to be, so the right driver is used first. */
    private static final Map<String, Engine> FLAVOURS = new ConcurrentHashMap<>();
    private static final Driver POSTGRES = new org.postgresql.Driver();
    private final SshTunnelOpener tunnels;

    /** Checks bastion host keys against {@code ~/.ssh/known_hosts}. */
    public DatabaseConnector() {
        this(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
    }

    /** @param knownHosts the known_hosts file that bastion host keys are checked against (read only) */
    public DatabaseConnector(Path knownHosts) {
        this.tunnels = new SshTunnelOpener(knownHosts);
    }

    /** Opens a connection without an SSH secret (no tunnel, or a key without passphrase). */
    public ConnectionHandle open(ConnectionProfile profile, String password) {
        return open(profile, password == null ? null : password.toCharArray(), null);
    }

    /** Opens a connection without an SSH secret (no tunnel, or a key without passphrase). */
    public ConnectionHandle open(ConnectionProfile profile, char[] password) {
        return open(profile, password, null);
    }

    /**
     * Opens a connection; blocks at most about the profile's connect timeout (twice that through a tunnel).
     *
     * @param password the database password, may be null
     * @param sshSecret the SSH password or private-key passphrase when the profile has a tunnel, else ignored
     * @throws ConnectionFailedException with the kind of failure and a message naming host, port and database
     */
    public ConnectionHandle open(ConnectionProfile profile, char[] password, char[] sshSecret) {
        validate(profile);
        OpenTunnel tunnel = profile.ssh() == null ? null : tunnels.open(profile, sshSecret);
        try {
            return new ConnectionHandle(connect(profile, password, sshSecret, tunnel), tunnel);
        } catch (RuntimeException e) {
            if (tunnel != null) {
                tunnel.close();
            }
            throw e;
        }
    }

    private static Connection connect(ConnectionProfile profile, char[] password, char[] sshSecret,
            OpenTunnel tunnel) {
        String endpoint = tunnel == null ? null : tunnel.endpoint();
        try {
            if (!profile.engine().isMysqlFamily()) {
                return connect(profile, profile.engine(), profile.tlsMode(), password, endpoint);
            }
            String server = profile.host() + ":" + profile.port();
            Engine flavour = FLAVOURS.getOrDefault(server, profile.engine());
            Connection c = connectSource(profile, flavour, password, endpoint);
            Engine actual = flavourOf(c);
            if (actual != flavour) {
                // jdbc:mysql:// written against a MariaDB (or the other way round): the server's own driver
                FLAVOURS.put(server, actual);
                c.close();
                c = connectSource(profile, actual, password, endpoint);
            }
            return c;
        } catch (SQLException e) {
            FailureKind kind = ConnectionFailures.classify(e);
            String message = ConnectionFailures.message(kind, profile, e, tunnel != null);
            if (tunnel != null && (kind == FailureKind.OTHER || kind == FailureKind.TIMEOUT)) {
                OpenTunnel.Diagnosis seen = tunnel.diagnose(profile);
                if (seen != null) {
                    kind = seen.kind();
                    message = ConnectionFailures.where(profile, true) + seen.reason();
                }
            }
            throw new ConnectionFailedException(kind, UrlRedaction.redact(message), e);
        }
    }

    private static Connection connectSource(ConnectionProfile profile, Engine flavour, char[] password,
            String endpoint) throws SQLException {
        try {
            return connect(profile, flavour, profile.tlsMode(), password, endpoint);
        } catch (SQLException e) {
            boolean mariaDbPrefer = profile.tlsMode() == TlsMode.PREFER && flavour == Engine.MARIADB;
            if (mariaDbPrefer && ConnectionFailures.classify(e) == FailureKind.TLS_FAILURE) {
                // MariaDB Connector/J has no "prefer": TLS failed, so try again in the clear as libpq would
                return connect(profile, flavour, TlsMode.DISABLE, password, endpoint);
            }
            throw e;
        }
    }

    /** MariaDB or Oracle MySQL, from the version the server announced at login (no query). */
    static Engine flavourOf(Connection c) throws SQLException {
        String version = c.getMetaData().getDatabaseProductVersion();
        return version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? Engine.MARIADB
                : Engine.MYSQL;
    }

    private static Connection connect(ConnectionProfile profile, Engine flavour, TlsMode tls, char[] password,
            String endpoint) throws SQLException {
        DriverSettings settings = DriverSettings.of(profile, flavour, tls, endpoint);
        Driver driver = switch (flavour) {
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case POSTGRESQL, AURORA_POSTGRESQL -> POSTGRES;
        };
        Connection c = MysqlTunnelSocketFactory.through(flavour == Engine.MYSQL ? endpoint : null,
                () -> driver.connect(settings.url(), settings.properties(profile.user(), password)));
        if (c == null) {
            throw new SQLException("The driver did not accept " + settings.url());
        }
        return c;
    }

    private static void validate(ConnectionProfile p) {
        String problem = null;
        if (p.engine() == null) {
            problem = "no database engine is chosen.";
        } else if (p.host() == null || p.host().isBlank()) {
            problem = "no host is given.";
        } else if (p.port() < 1 || p.port() > 65535) {
            problem = "the port " + p.port() + " is not between 1 and 65535.";
        } else if (p.user() == null || p.user().isBlank()) {
            problem = "no user is given.";
        } else if (p.ssh() != null) {
            SshTunnel ssh = p.ssh();
            if (ssh.host() == null || ssh.host().isBlank()) {
                problem = "the SSH tunnel has no bastion host.";
            } else if (ssh.user() == null || ssh.user().isBlank()) {
                problem = "the SSH tunnel has no user.";
            } else if (ssh.port() > 65535) {
                problem = "the SSH port " + ssh.port() + " is not between 1 and 65535.";
            }
        }
        if (problem != null) {
            String where = p.engine() == null ? "the database" : p.engine().displayName() + " at " + p.describe();
            throw new ConnectionFailedException(FailureKind.OTHER, "Cannot connect to " + where + ": " + problem,
                    null);
        }
    }

    private static Driver mysqlDriver() {
        try {
            return new com.mysql.cj.jdbc.NonRegisteringDriver();
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL Connector/J cannot start", e);
        }
    }
}
