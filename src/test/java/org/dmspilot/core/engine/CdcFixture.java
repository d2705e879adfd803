package org.dmspilot.core.engine;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dmspilot.core.engine.cdc.BinlogEndpoint;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.TlsMode;
import org.dmspilot.testsupport.TestDatabase;

/** A local migration running in a background thread of the test JVM, and waiting for CDC to catch up. */
public final class CdcFixture implements AutoCloseable {
    final LocalMigration migration;
    public final Thread thread;
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final TestDatabase pg;
    private final String schema;

    private CdcFixture(LocalMigration migration, TestDatabase pg, String schema) {
        this.migration = migration;
        this.pg = pg;
        this.schema = schema;
        this.thread = migration == null ? null : new Thread(() -> {
            try {
                migration.run(ProgressListener.NONE);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "test-cdc");
        if (thread != null) {
            thread.setDaemon(true);
        }
    }

    static BinlogEndpoint endpoint(TestDatabase maria) {
        return new BinlogEndpoint(maria.host(), maria.port(), maria.user(), maria.password().toCharArray(),
                TlsMode.DISABLE);
    }

    public static CdcFixture start(TestDatabase maria, TestDatabase pg, LocalMigration.Mode mode,
            CdcOptions options) {
        LocalMigration m = new LocalMigration(maria::connect, endpoint(maria), pg::connect, maria.database(), mode,
                LoadOptions.defaults().withWorkers(2), options, false);
        CdcFixture f = new CdcFixture(m, pg, maria.database());
        f.thread.start();
        return f;
    }

    public static CdcFixture start(TestDatabase maria, TestDatabase pg) {
        return start(maria, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC,
                CdcOptions.defaults().withMaxBackoffMillis(1_000));
    }

    /** The source's binlog position now. */
    static BinlogPosition sourcePosition(TestDatabase maria) throws Exception {
        try (Connection c = maria.connect()) {
            return BinlogPosition.current(c).orElseThrow();
        }
    }

    /** Waits until the checkpoint reaches the source's current position. */
    public void awaitCaughtUp(TestDatabase maria, Duration timeout) throws Exception {
        BinlogPosition goal = sourcePosition(maria);
        AtomicReference<Optional<BinlogPosition>> at = new AtomicReference<>(Optional.empty());
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> caughtUp(goal, at));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("CDC did not reach " + goal + " within " + timeout + "; checkpoint at "
                    + at.get(), e);
        }
    }

    /** Whether the checkpoint is past the full load and at or after {@code goal}; {@code at} gets what it holds. */
    private boolean caughtUp(BinlogPosition goal, AtomicReference<Optional<BinlogPosition>> at) {
        if (failure.get() != null) {
            throw new AssertionError("CDC failed", failure.get());
        }
        try (Connection c = pg.connect()) {
            // past the full load (a loading checkpoint already holds the snapshot's position)
            at.set(CdcCheckpoint.read(c, TablePairs.targetSchema(schema)).filter(CdcCheckpoint.State::resumable)
                    .flatMap(CdcCheckpoint.State::position));
        } catch (java.sql.SQLException e) {
            at.set(Optional.empty()); // the checkpoint table may not exist yet
        }
        return at.get().isPresent() && at.get().get().isAtOrAfter(goal);
    }

    @Override
    public void close() throws Exception {
        if (migration == null) {
            return;
        }
        migration.stop();
        thread.join(15_000);
        if (thread.isAlive()) {
            throw new AssertionError("CDC did not stop within 15 s");
        }
    }

    /** Watches a migration running elsewhere (another process): only {@link #awaitCaughtUp} is meaningful. */
    static CdcFixture watch(TestDatabase maria, TestDatabase pg) {
        return new CdcFixture(null, pg, maria.database());
    }
}
