package org.dmspilot.core.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dmspilot.core.DmsPilotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two embedded servers of a sandbox, as the daemon runs them. The first start builds each data directory
 * (MariaDB with shopwave, PostgreSQL with an empty {@code shopwave} database and password logins); a marker file
 * records that it finished, so a start interrupted half-way is rebuilt rather than trusted.
 */
final class SandboxServers implements AutoCloseable {
    /** The login on both servers. */
    static final String USER = "dmspilot";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServers.class);
    private static final String PG_HBA = """
            # DMS Pilot sandbox: every login needs its password
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final SandboxPaths paths;
    private EmbeddedMariaDb mariaDb;
    private EmbeddedPostgresServer postgres;
    private boolean closed;

    SandboxServers(SandboxPaths paths) {
        this.paths = paths;
    }

    /** Starts MariaDB 11.4 (binlog ROW) on {@code port}; on the first start loads shopwave. */
    void startSource(int port, String password, Consumer<String> progress) throws IOException, SQLException {
        if (paths.mariaDbData().startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
            throw new DmsPilotException("The sandbox data " + paths.mariaDbData() + " lie under java.io.tmpdir,"
                    + " where MariaDB would treat them as temporary; start the sandbox through Sandbox.start.");
        }
        if (paths.directory().toString().contains(" ")) {
            throw new DmsPilotException("The embedded MariaDB cannot live in a path with spaces ("
                    + paths.directory() + "). Set DMSPILOT_HOME to a directory without spaces.");
        }
        boolean fresh = !Files.exists(paths.mariaDbReady());
        stopLeftovers(paths.mariaDbData(), "*.pid");
        if (fresh) {
            deleteTree(paths.mariaDbData());
        }
        progress.accept(fresh ? "Installing MariaDB 11.4 (first start)…" : "Starting MariaDB 11.4…");
        EmbeddedMariaDb started = EmbeddedMariaDb.start(paths.mariaDbBase(), paths.mariaDbData(), port);
        if (!keep(started)) {
            return;
        }
        started.ensureAdmin(USER, password);
        if (fresh) {
            progress.accept("Loading the shopwave sample…");
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
            try (Connection c = DriverManager.getConnection(url, USER, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + Shopwave.DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                c.setCatalog(Shopwave.DATABASE);
                Shopwave.load(c);
            }
            Files.writeString(paths.mariaDbReady(), Instant.now() + "\n");
        }
    }

    /** Starts PostgreSQL 16 on {@code port}; on the first start creates the login and the empty target database. */
    void startTarget(int port, String password, Consumer<String> progress) throws IOException, SQLException {
        boolean fresh = !Files.exists(paths.postgresReady());
        stopLeftovers(paths.postgresData(), "postmaster.pid");
        if (fresh) {
            deleteTree(paths.postgresData());
        }
        progress.accept(fresh ? "Installing PostgreSQL 16 (first start)…" : "Starting PostgreSQL 16…");
        EmbeddedPostgresServer started = EmbeddedPostgresServer.start(paths.postgresData(), port,
                paths.postgresBinaries(), fresh ? null : USER, fresh ? null : password);
        if (!keep(started) || !fresh) {
            return;
        }
        progress.accept("Creating the shopwave target database…");
        try (Connection c = DriverManager.getConnection(started.jdbcUrl("postgres") + "?user=postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + password.replace("'", "''") + "'");
            s.execute("CREATE DATABASE " + Shopwave.DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
            Files.writeString(paths.postgresData().resolve("pg_hba.conf"), PG_HBA);
            s.execute("SELECT pg_reload_conf()");
        }
        try (Connection c = DriverManager.getConnection(started.jdbcUrl(Shopwave.DATABASE), USER, password)) {
            c.createStatement().execute("SELECT 1");
        }
        Files.writeString(paths.postgresReady(), Instant.now() + "\n");
    }

    /** Keeps a started server unless {@link #close()} ran meanwhile (then stops it at once). */
    private synchronized boolean keep(AutoCloseable server) {
        if (closed) {
            closeQuietly(server, "a server started during shutdown");
            return false;
        }
        if (server instanceof EmbeddedMariaDb m) {
            mariaDb = m;
        } else {
            postgres = (EmbeddedPostgresServer) server;
        }
        return true;
    }

    /** Stops PostgreSQL, then MariaDB (each cleanly: fast shutdown, SIGTERM). */
    @Override
    public synchronized void close() {
        closed = true;
        if (postgres != null) {
            closeQuietly(postgres, "PostgreSQL");
            postgres = null;
        }
        if (mariaDb != null) {
            closeQuietly(mariaDb, "MariaDB");
            mariaDb = null;
        }
    }

    private static void closeQuietly(AutoCloseable server, String what) {
        try {
            server.close();
            LOG.info("Stopped {}", what);
        } catch (Exception e) {
            LOG.error("Could not stop {} cleanly", what, e);
        }
    }

    /**
     * Stops a server left running by a daemon that was killed (its pid file is still in the data directory), so the
     * new one can take the data and the port. Only processes whose binary lies inside the sandbox are touched.
     */
    private void stopLeftovers(Path dataDir, String pidFiles) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        String sandbox = paths.directory().toRealPath().toString();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, pidFiles)) {
            for (Path pidFile : files) {
                String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
                if (!first.matches("\\d+")) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.startsWith(sandbox))
                                .orElse(false))
                        .ifPresent(this::stopLeftover);
            }
        } catch (NoSuchFileException e) {
            // the pid file went away meanwhile: its server stopped
        }
    }

    private void stopLeftover(ProcessHandle process) {
        LOG.warn("Stopping {} (pid {}), left running by an earlier sandbox", process.info().command().orElse("?"),
                process.pid());
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new DmsPilotException("A server left running by an earlier sandbox (pid " + process.pid()
                    + ") did not stop.", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
