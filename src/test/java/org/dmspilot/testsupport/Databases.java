package org.dmspilot.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.model.Engine;

/**
 * One embedded MariaDB (binlog ROW), one real Oracle MySQL and one embedded PostgreSQL per test JVM, started on
 * first use and stopped when the JVM exits. Each test asks for a database of its own.
 */
public final class Databases {
    public static final String ADMIN_USER = "dmsadmin";
    public static final String ADMIN_PASSWORD = "Adm1n-pw";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedMariaDb mariaDb;
    private static EmbeddedPostgresServer postgres;
    private static MysqlServer mysql;

    private Databases() {
    }

    public static synchronized EmbeddedMariaDb mariaDb() {
        if (mariaDb == null) {
            try {
                Path dir = Files.createTempDirectory("dmspilot-test-mariadb");
                mariaDb = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0);
                mariaDb.ensureAdmin(ADMIN_USER, ADMIN_PASSWORD);
                EmbeddedMariaDb started = mariaDb;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mariaDb;
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(null, 0);
            EmbeddedPostgresServer started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return postgres;
    }

    /**
     * The real Oracle MySQL server of this JVM (MySQL 9.7: binlog ROW, full row image, GTIDs on), built and started
     * on first use by {@code tools/mysql-server.sh}, stopped when the JVM exits.
     */
    public static synchronized MysqlServer mysql() {
        if (mysql == null) {
            try {
                Path dir = Files.createTempDirectory("dmspilot-test-mysql");
                mysql = MysqlServer.start(dir, List.of());
                mysql.ensureAdmin(ADMIN_USER, ADMIN_PASSWORD);
                MysqlServer started = mysql;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mysql;
    }

    /** The source flavours every source-side test runs on: {@code @MethodSource("...Databases#sourceEngines")}. */
    public static Stream<Engine> sourceEngines() {
        return Stream.of(Engine.MARIADB, Engine.MYSQL);
    }

    /** A fresh, empty database on the MariaDB or the MySQL server of this JVM. */
    public static TestDatabase newSourceDatabase(Engine engine, String hint) {
        return switch (engine) {
            case MARIADB -> newMariaDbDatabase(hint);
            case MYSQL -> newMysqlDatabase(hint);
            default -> throw new IllegalArgumentException(engine + " is not a source engine");
        };
    }

    /** A fresh, empty MySQL database named after the test, owned by the administrator login. */
    public static TestDatabase newMysqlDatabase(String hint) {
        String name = uniqueName(hint);
        TestDatabase db = new TestDatabase(Engine.MYSQL, "127.0.0.1", mysql().port(), name, ADMIN_USER,
                ADMIN_PASSWORD);
        admin(db.withDatabase("mysql"), "CREATE DATABASE `" + name + "`");
        return db;
    }

    /** Removes a test server's directory (some 350 MB of binaries and data) when the JVM exits. */
    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }

    /** A fresh, empty MariaDB database named after the test. */
    public static TestDatabase newMariaDbDatabase(String hint) {
        String name = uniqueName(hint);
        TestDatabase db = new TestDatabase(Engine.MARIADB, "127.0.0.1", mariaDb().port(), name, ADMIN_USER,
                ADMIN_PASSWORD);
        admin(db.withDatabase("mysql"), "CREATE DATABASE `" + name + "`");
        return db;
    }

    /** A fresh, empty PostgreSQL database named after the test (user postgres, password postgres). */
    public static TestDatabase newPostgresDatabase(String hint) {
        String name = uniqueName(hint);
        TestDatabase db = new TestDatabase(Engine.POSTGRESQL, "127.0.0.1", postgres().port(), name, "postgres",
                "postgres");
        admin(db.withDatabase("postgres"), "CREATE DATABASE \"" + name + "\"");
        return db;
    }

    private static String uniqueName(String hint) {
        String clean = hint.toLowerCase().replaceAll("[^a-z0-9]+", "_");
        if (clean.length() > 40) {
            clean = clean.substring(0, 40);
        }
        return clean + "_" + COUNTER.incrementAndGet();
    }

    private static void admin(TestDatabase db, String sql) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test setup failed: " + sql, e);
        }
    }
}
