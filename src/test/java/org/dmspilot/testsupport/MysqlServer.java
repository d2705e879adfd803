package org.dmspilot.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Oracle MySQL server (Debian's MySQL 9.7 through {@code tools/mysql-server.sh}) for tests: the root tree is
 * built once per machine (under {@code ~/.cache/dmspilot/mysql-root}, or {@code DMSPILOT_MYSQL_ROOT}), each server has
 * its own data directory and a free port, and runs as a child process of the test JVM. It can be stopped and started
 * again on the same port and data (source-restart tests), or killed.
 */
public final class MysqlServer implements AutoCloseable {
    private static final Path SCRIPT = Path.of("tools", "mysql-server.sh").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private final Path base;
    private final int port;
    private Process process;

    private MysqlServer(Path base, int port) {
        this.base = base;
        this.port = port;
    }

    /**
     * Builds the MySQL tree if this machine has none, initializes a data directory under {@code base} and starts the
     * server.
     *
     * @param extraOptions mysqld options added to the defaults, e.g. {@code binlog_transaction_compression=ON}
     */
    public static MysqlServer start(Path base, List<String> extraOptions) {
        script(Duration.ofMinutes(10), "build");
        int port = freePort();
        List<String> init = new ArrayList<>(List.of("init", base.toString(), Integer.toString(port)));
        init.addAll(extraOptions);
        script(Duration.ofMinutes(3), init.toArray(String[]::new));
        MysqlServer server = new MysqlServer(base, port);
        server.start();
        return server;
    }

    /** Starts the server (again) on its port and data directory and waits until it answers. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Files.deleteIfExists(base.resolve("mysqld.sock"));
            process = new ProcessBuilder("bash", SCRIPT.toString(), "run", base.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Awaitility.await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                    .until(() -> answers() || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("MySQL did not start on port " + port + " within " + START_TIMEOUT + ": "
                    + errorLogTail());
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("MySQL did not start on port " + port + ": " + errorLogTail());
        }
    }

    /** Stops the server cleanly (SIGTERM, as a service manager would) and waits for it to exit. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the server at once (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    public int port() {
        return port;
    }

    /**
     * Runs SQL through the tree's {@code mysql} client and the Unix socket as {@code root}, which has no password.
     *
     * @throws IllegalStateException with the client's message when a statement fails
     */
    public void run(String sql) {
        String out = script(Duration.ofMinutes(5), "client", "-uroot", "-S", base.resolve("mysqld.sock").toString(),
                "--batch", "--skip-column-names", "-e", sql);
        if (out.contains("ERROR ")) {
            throw new IllegalStateException("mysql client: " + out.strip());
        }
    }

    /**
     * Runs the tree's own {@code mysqldump --routines --triggers --events} (as {@code root} through the socket, no
     * GTID_PURGED line) on one database into {@code out}: schema only unless {@code withData}.
     */
    public Path dump(String database, Path out, boolean withData) {
        List<String> args = new ArrayList<>(List.of("dump", "-uroot", "-S", base.resolve("mysqld.sock").toString(),
                "--routines", "--triggers", "--events", "--set-gtid-purged=OFF", "--result-file=" + out));
        if (!withData) {
            args.add("--no-data");
        }
        args.add(database);
        String output = script(Duration.ofMinutes(10), args.toArray(String[]::new));
        if (!Files.isRegularFile(out) || output.contains("mysqldump: ")) {
            throw new IllegalStateException("mysqldump failed: " + output.strip());
        }
        return out;
    }

    /** Creates (or resets) a login with every privilege, as the tests' administrator. */
    public void ensureAdmin(String user, String password) {
        String u = "'" + user.replace("'", "''") + "'@'%'";
        String pw = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
        run("CREATE USER IF NOT EXISTS " + u + " IDENTIFIED BY " + pw + "; ALTER USER " + u + " IDENTIFIED BY " + pw
                + "; GRANT ALL PRIVILEGES ON *.* TO " + u + " WITH GRANT OPTION;");
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answers() {
        if (!Files.exists(base.resolve("mysqld.sock"))) {
            return false;
        }
        try {
            run("SELECT 1");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private String errorLogTail() {
        try {
            List<String> lines = Files.readAllLines(base.resolve("error.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no error log in " + base + ")";
        }
    }

    private static String script(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tools/mysql-server.sh " + args[0] + " timed out");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 && !"client".equals(args[0]) && !"dump".equals(args[0])) {
                throw new IllegalStateException("tools/mysql-server.sh " + args[0] + " failed: " + text.strip());
            }
            return p.exitValue() != 0 && !text.contains("ERROR ") ? "ERROR " + text : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
