package org.dmspilot.core.engine;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.RestartableSource;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source server stopped in the middle of CDC and started again: the engine says it waits for the source (in
 * its checkpoint status and its metrics) for as long as the source is away, reconnects by itself and loses nothing.
 * On MySQL the source stays away 30 s (a restart there takes ~14 s; a backoff that gives up early ended the engine
 * {@code failed}); on MariaDB a few seconds.
 */
class CdcSourceRestartTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void cdcWaitsForTheSourceAndResumesByItself(Engine engine) throws Exception {
        Duration away = engine == Engine.MYSQL ? Duration.ofSeconds(30) : Duration.ofSeconds(5);
        try (RestartableSource server = RestartableSource.start(engine, List.of())) {
            TestDatabase src = server.newDatabase("cdc_restart");
            CdcWriteLoad.createSchema(src, 0);
            TestDatabase pg = FullLoadTest.convertedTarget(src);
            try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.CDC,
                    CdcOptions.defaults().withMaxBackoffMillis(2_000))) {
                cdc.awaitCaughtUp(src, Duration.ofSeconds(60)); // CDC starts at the position it found: write after
                try (CdcWriteLoad writer = new CdcWriteLoad(src, 2_000).start()) {
                    writer.awaitTransactions(50, Duration.ofSeconds(30));
                }
                cdc.awaitCaughtUp(src, Duration.ofSeconds(60));
                long before = cdc.migration.metrics().orElseThrow().appliedChanges();
                assertThat(before).isPositive();

                server.stop();
                long stopped = System.nanoTime();
                awaitStatus(pg, src, "waiting for source", Duration.ofSeconds(20));
                assertThat(cdc.migration.metrics().orElseThrow().state()).isEqualTo("waiting for source");
                Duration rest = away.minusNanos(System.nanoTime() - stopped);
                java.util.concurrent.Callable<Boolean> waiting = () -> cdc.thread.isAlive()
                        && status(pg, src).equals("waiting for source")
                        && cdc.migration.metrics().orElseThrow().state().equals("waiting for source");
                Awaitility.await("CDC waiting (thread alive, status and metrics 'waiting for source') while the source"
                        + " is away").during(rest).atMost(rest.plusSeconds(10)).pollInterval(Duration.ofMillis(250))
                        .failFast("CDC stopped waiting while the source was away", () -> !waiting.call())
                        .until(waiting);
                server.start();

                try (CdcWriteLoad writer = new CdcWriteLoad(src, 2_000).start()) {
                    writer.awaitTransactions(50, Duration.ofSeconds(30));
                }
                cdc.awaitCaughtUp(src, Duration.ofSeconds(90));
                awaitStatus(pg, src, "running", Duration.ofSeconds(20));
                assertThat(cdc.migration.metrics().orElseThrow().state()).isEqualTo("running");
                assertThat(cdc.thread.isAlive()).as("CDC still running").isTrue();
                assertThat(cdc.migration.metrics().orElseThrow().appliedChanges()).isGreaterThan(before);
                // no change lost or applied twice: every row and value (ledger has no key: duplicates would show)
                SameRows.assertSame(src, pg, "orders", "id, customer, status, total, note, paid",
                        "id, customer, status, total, note, paid::int", "id");
                SameRows.assertSame(src, pg, "ledger", "seq, amount", "seq, amount", "seq, amount");
            }
        }
    }

    private static String status(TestDatabase pg, TestDatabase src) throws Exception {
        try (Connection c = pg.connect()) {
            return CdcCheckpoint.read(c, TablePairs.targetSchema(src.database())).orElseThrow().status();
        }
    }

    private static void awaitStatus(TestDatabase pg, TestDatabase src, String expected, Duration timeout)
            throws Exception {
        Awaitility.await("checkpoint status " + expected).atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> status(pg, src), expected::equals);
    }
}
