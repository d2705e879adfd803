package org.dmspilot.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.model.Engine;

/**
 * A source server of its own (MariaDB or MySQL) that a test may stop and start again on the same port and data, as
 * an operator restarting the source would; the shared servers of {@link Databases} are never stopped.
 */
public final class RestartableSource implements AutoCloseable {
    private final Engine engine;
    private final EmbeddedMariaDb maria;
    private final MysqlServer mysql;
    private final Path dir;

    private RestartableSource(Engine engine, EmbeddedMariaDb maria, MysqlServer mysql, Path dir) {
        this.engine = engine;
        this.maria = maria;
        this.mysql = mysql;
        this.dir = dir;
    }

    /** Starts a new server of {@code engine} with the administrator login of {@link Databases}. */
    public static RestartableSource start(Engine engine, List<String> extraOptions) {
        try {
            Path dir = Files.createTempDirectory("dmspilot-restartable-" + engine.name().toLowerCase());
            if (engine == Engine.MYSQL) {
                MysqlServer server = MysqlServer.start(dir, extraOptions);
                server.ensureAdmin(Databases.ADMIN_USER, Databases.ADMIN_PASSWORD);
                return new RestartableSource(engine, null, server, dir);
            }
            EmbeddedMariaDb server = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0,
                    extraOptions);
            server.ensureAdmin(Databases.ADMIN_USER, Databases.ADMIN_PASSWORD);
            return new RestartableSource(engine, server, null, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database on this server, as the administrator. */
    public TestDatabase newDatabase(String name) {
        run("CREATE DATABASE `" + name + "`");
        return new TestDatabase(engine, "127.0.0.1", port(), name, Databases.ADMIN_USER, Databases.ADMIN_PASSWORD);
    }

    /** Runs SQL as the server's root. */
    public void run(String sql) {
        if (mysql != null) {
            mysql.run(sql);
        } else {
            maria.run(sql);
        }
    }

    public int port() {
        return mysql != null ? mysql.port() : maria.port();
    }

    /** Stops the server cleanly, as a service manager would. */
    public void stop() {
        try {
            if (mysql != null) {
                mysql.stop();
            } else {
                maria.db().stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the " + engine + " server", e);
        }
    }

    /** Starts it again on the same port and data. */
    public void start() {
        try {
            if (mysql != null) {
                mysql.start();
            } else {
                maria.db().start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start the " + engine + " server", e);
        }
    }

    @Override
    public void close() {
        if (mysql != null) {
            mysql.close();
        } else {
            maria.close();
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: left behind at worst
        }
    }
}
