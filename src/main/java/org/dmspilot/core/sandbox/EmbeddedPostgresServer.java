package org.dmspilot.core.sandbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.dmspilot.core.DmsPilotException;

/** An embedded PostgreSQL 16 server (zonky binaries). */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres pg;

    private EmbeddedPostgresServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * @param dataDir the data directory, kept between starts; null for a throw-away one
     * @param port the TCP port, 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, null, null, null);
    }

    /**
     * Starts a server whose binaries and readiness login are chosen by the caller (the sandbox keeps both).
     *
     * @param dataDir the data directory, kept between starts; null for a throw-away one
     * @param port the TCP port, 0 for a free one
     * @param binariesDir where the PostgreSQL binaries are unpacked; null for the shared temporary directory
     * @param user the login that checks the server answers; null for {@code postgres} without password (the
     *     fresh cluster trusts local logins)
     * @param password that login's password, or null
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, Path binariesDir, String user,
            String password) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // logical decoding for the fallback stream (PostgreSQL → MySQL after the switch)
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "20")
                    .setServerConfig("max_wal_senders", "20");
            if (binariesDir != null) {
                builder.setOverrideWorkingDirectory(binariesDir.toFile());
            }
            if (user != null) {
                builder.setConnectConfig("user", user);
            }
            if (password != null) {
                builder.setConnectConfig("password", password);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new DmsPilotException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public int port() {
        return pg.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new DmsPilotException("Could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
