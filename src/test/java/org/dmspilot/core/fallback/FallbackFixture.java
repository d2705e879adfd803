package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.testsupport.TestDatabase;

/** A fallback stream running in a thread of the test JVM, and waiting until it has applied PostgreSQL's writes. */
public final class FallbackFixture implements AutoCloseable {
    public final Fallback fallback;
    final FallbackStream stream;
    public final Thread thread;
    final AtomicReference<Throwable> failure = new AtomicReference<>();

    private FallbackFixture(Fallback fallback, FallbackStream stream) {
        this.fallback = fallback;
        this.stream = stream;
        this.thread = new Thread(() -> {
            try {
                stream.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "test-fallback");
        thread.setDaemon(true);
    }

    public static Fallback fallback(TestDatabase my, TestDatabase pg) {
        return new Fallback(my::connect, pg::connect, my.database(), TableSelection.ALL);
    }

    /** PostgreSQL connections in replication mode, as pgJDBC's replication API wants them. */
    public static ConnectionFactory replication(TestDatabase pg) {
        return () -> {
            Properties p = new Properties();
            p.setProperty("user", pg.user());
            p.setProperty("password", pg.password());
            p.setProperty("replication", "database");
            p.setProperty("assumeMinServerVersion", "9.4");
            p.setProperty("preferQueryMode", "simple");
            return DriverManager.getConnection(pg.jdbcUrl(), p);
        };
    }

    /** Prepares (when not yet) and starts the stream. */
    public static FallbackFixture start(TestDatabase my, TestDatabase pg) {
        Fallback f = fallback(my, pg);
        f.prepare();
        FallbackStream s = new FallbackStream(my::connect, pg::connect, replication(pg), my.database(),
                TableSelection.ALL, 1_000);
        FallbackFixture fixture = new FallbackFixture(f, s);
        fixture.thread.start();
        return fixture;
    }

    /** Waits until every PostgreSQL write committed before this call is on MySQL (a drain marker passes). */
    public void awaitApplied(TestDatabase pg, Duration timeout) throws Exception {
        awaitApplied(fallback, pg, timeout, failure);
    }

    static void awaitApplied(Fallback fallback, TestDatabase pg, Duration timeout, AtomicReference<Throwable> failure)
            throws Exception {
        awaitApplied(fallback, pg, timeout, failure, pg::connect);
    }

    static void awaitApplied(Fallback fallback, TestDatabase pg, Duration timeout, AtomicReference<Throwable> failure,
            ConnectionFactory target) throws Exception {
        long marker;
        try (Connection c = target.open()) {
            marker = fallback.drainMarker(c);
        }
        Awaitility.await("the fallback applying up to the marker").atMost(timeout)
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    if (failure != null && failure.get() != null) {
                        throw new AssertionError("the fallback stream failed", failure.get());
                    }
                    return fallback.appliedLsn() >= marker;
                });
    }

    @Override
    public void close() throws Exception {
        stream.stop();
        thread.join(15_000);
        if (thread.isAlive()) {
            throw new AssertionError("the fallback stream did not stop within 15 s");
        }
    }
}
