package org.dmspilot.core.sandbox;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.TlsMode;

/**
 * How to reach one sandbox server. Serialised as-is by {@code sandbox start --json}. {@link #toString()} hides the
 * password, so the record can be logged.
 *
 * @param jdbcUrl {@code jdbc:mysql://host:port/db} for the source, {@code jdbc:postgresql://host:port/db} for the
 *     target, without credentials
 */
@JsonPropertyOrder({"host", "port", "database", "user", "password", "jdbcUrl"})
public record SandboxConnection(String host, int port, String database, String user, String password,
        String jdbcUrl) {

    public SandboxConnection {
        Objects.requireNonNull(host);
        Objects.requireNonNull(database);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
        Objects.requireNonNull(jdbcUrl);
    }

    /** The sandbox's MariaDB source on 127.0.0.1. */
    static SandboxConnection mariaDb(int port, String user, String password) {
        return new SandboxConnection("127.0.0.1", port, Shopwave.DATABASE, user, password,
                "jdbc:mysql://127.0.0.1:" + port + "/" + Shopwave.DATABASE);
    }

    /** The sandbox's PostgreSQL target on 127.0.0.1. */
    static SandboxConnection postgres(int port, String user, String password) {
        return new SandboxConnection("127.0.0.1", port, Shopwave.DATABASE, user, password,
                "jdbc:postgresql://127.0.0.1:" + port + "/" + Shopwave.DATABASE);
    }

    /** A connection profile for this server (no TLS: the embedded servers have none); the password is not in it. */
    public ConnectionProfile profile(Engine engine) {
        return new ConnectionProfile(engine, host, port, database, user, TlsMode.DISABLE, null, null, 0);
    }

    @Override
    public String toString() {
        return "SandboxConnection[" + user + "@" + host + ":" + port + "/" + database + "]";
    }
}
