package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.dmspilot.core.engine.cdc.StoredEngineMetrics;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.testsupport.Pacing;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What the monitor shows of a local task: the engine's live metrics (in process) and the same metrics read back
 * from the target by another process (StoredEngineMetrics), with DMS's meanings.
 */
class LocalEngineMonitorTest {

    @Test
    void theEnginesMetricsReachTheMonitorInProcessAndThroughTheTarget() throws Exception {
        TestDatabase maria = FullLoadTest.source("monitor_local", "CREATE TABLE ticks (id int AUTO_INCREMENT"
                + " PRIMARY KEY, v int)", "INSERT INTO ticks (v) SELECT seq FROM seq_1_to_50");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        Instant started = Instant.now();
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            for (int i = 0; i < 20; i++) {
                maria.execute("INSERT INTO ticks (v) VALUES (" + i + ")", "UPDATE ticks SET v = v + 1 WHERE id = 1");
                Pacing.pause(Duration.ofMillis(100)); // the writes are spread over 2 s of samples
            }
            maria.execute("DELETE FROM ticks WHERE id = 2");
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(30));
            MigrationMetrics live = cdc.migration.metrics().orElseThrow();
            MigrationMetrics stored = new StoredEngineMetrics(pg::connect, maria.database());
            // idle from here: heartbeats bring the latency to zero and the samples reach the target
            Awaitility.await("idle samples in memory and in the target").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        Instant now = Instant.now();
                        for (MigrationMetrics m : List.of(live, stored)) {
                            List<Sample> target = m.targetLatency(started, now);
                            assertThat(target).hasSizeGreaterThanOrEqualTo(3);
                            assertThat(target.get(target.size() - 1).value()).as("idle and caught up: no latency")
                                    .isZero();
                            assertThat(m.incomingChanges(started, now).get(m.incomingChanges(started, now).size() - 1)
                                    .value()).isZero();
                        }
                    });
            Instant now = Instant.now();
            for (MigrationMetrics m : List.of(live, stored)) {
                List<Sample> target = m.targetLatency(started, now);
                assertThat(target).allSatisfy(s -> assertThat(s.value()).isBetween(0.0, 10.0));
                assertThat(m.throughput(started, now)).anySatisfy(s -> assertThat(s.value()).isPositive());
                TableStatistics ticks = m.tableStatistics().stream().filter(t -> t.table().equals("ticks"))
                        .findFirst().orElseThrow();
                assertThat(ticks.fullLoadDone()).isTrue();
                assertThat(ticks.fullLoadRows()).isEqualTo(50);
                assertThat(new long[] {ticks.inserts(), ticks.updates(), ticks.deletes()}).containsExactly(20, 20, 1);
            }
        }
    }

    @Test
    void perTableCountersSurviveARestartInsteadOfStartingAgainAtZero() throws Exception {
        TestDatabase maria = FullLoadTest.source("monitor_restart", "CREATE TABLE ticks (id int AUTO_INCREMENT"
                + " PRIMARY KEY, v int)", "INSERT INTO ticks (v) SELECT seq FROM seq_1_to_40");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            maria.execute("INSERT INTO ticks (v) VALUES (1), (2), (3)", "UPDATE ticks SET v = 0 WHERE id = 1");
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(30));
            awaitStored(pg, maria, t -> t.inserts() == 3);
        }
        try (CdcFixture resumed = CdcFixture.start(maria, pg, LocalMigration.Mode.CDC,
                org.dmspilot.core.engine.cdc.CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
            maria.execute("INSERT INTO ticks (v) VALUES (4)");
            resumed.awaitCaughtUp(maria, Duration.ofSeconds(30));
            TableStatistics stored = awaitStored(pg, maria, t -> t.inserts() == 4);

            TableStatistics live = resumed.migration.metrics().orElseThrow().tableStatistics().get(0);
            for (TableStatistics t : List.of(stored, live)) {
                assertThat(t.fullLoadDone()).isTrue();
                assertThat(t.fullLoadRows()).as("the first run's full load, not a ✔ 0").isEqualTo(40);
                assertThat(new long[] {t.inserts(), t.updates(), t.deletes()}).containsExactly(4, 1, 0);
            }
        }
    }

    /** Polls the counters the engine writes to the target until {@code done} holds (60 s at most). */
    private static TableStatistics awaitStored(TestDatabase pg, TestDatabase maria,
            java.util.function.Predicate<TableStatistics> done) throws Exception {
        MigrationMetrics stored = new StoredEngineMetrics(pg::connect, maria.database());
        AtomicReference<TableStatistics> last = new AtomicReference<>();
        Awaitility.await("the counters stored in the target").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    last.set(stored.tableStatistics().stream().filter(t -> t.table().equals("ticks")).findFirst()
                            .orElse(null));
                    return last.get() != null && done.test(last.get());
                });
        return last.get();
    }
}
