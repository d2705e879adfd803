package org.dmspilot.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a database is and how to reach it. Holds no password: passwords live in the secret store, keyed by project
 * and role.
 *
 * @param ssh optional tunnel, null for a direct connection
 * @param caFile CA certificate (PEM) for the verify modes, may be null
 * @param connectTimeoutSeconds connect timeout; 0 means the default (10 s)
 * @param driverParameters JDBC URL parameters DMS Pilot does not interpret itself, handed to the driver as they are
 *         (e.g. {@code allowPublicKeyRetrieval=true}); never secrets (the URL parser refuses password parameters)
 */
public record ConnectionProfile(
        Engine engine,
        String host,
        int port,
        String database,
        String user,
        TlsMode tlsMode,
        String caFile,
        SshTunnel ssh,
        int connectTimeoutSeconds,
        Map<String, String> driverParameters) {

    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

    public ConnectionProfile {
        if (tlsMode == null) {
            tlsMode = TlsMode.PREFER;
        }
        if (port <= 0 && engine != null) {
            port = engine.defaultPort();
        }
        if (connectTimeoutSeconds <= 0) {
            connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
        }
        driverParameters = driverParameters == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(driverParameters));
    }

    /** A profile without driver parameters. */
    public ConnectionProfile(Engine engine, String host, int port, String database, String user, TlsMode tlsMode,
            String caFile, SshTunnel ssh, int connectTimeoutSeconds) {
        this(engine, host, port, database, user, tlsMode, caFile, ssh, connectTimeoutSeconds, Map.of());
    }

    /** A direct connection with default TLS and timeout. */
    public static ConnectionProfile of(Engine engine, String host, int port, String database, String user) {
        return new ConnectionProfile(engine, host, port, database, user, TlsMode.PREFER, null, null, 0);
    }

    public ConnectionProfile withDatabase(String newDatabase) {
        return new ConnectionProfile(engine, host, port, newDatabase, user, tlsMode, caFile, ssh, connectTimeoutSeconds,
                driverParameters);
    }

    /** host:port/database, for messages (no secret). */
    public String describe() {
        return host + ":" + port + (database == null || database.isEmpty() ? "" : "/" + database);
    }

    /** The same profile with {@code parameters} handed to the driver. */
    public ConnectionProfile withDriverParameters(Map<String, String> parameters) {
        return new ConnectionProfile(engine, host, port, database, user, tlsMode, caFile, ssh, connectTimeoutSeconds,
                parameters);
    }
}
