package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dmspilot.core.engine.cdc.StoredEngineMetrics;
import org.dmspilot.core.monitor.TableLoad;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The full load records each table's progress in the target while it copies (rows, the source's estimate, start,
 * finish), and a monitor in another connection reads it as percent, elapsed time and ETA: seen mid-load with a
 * worker held inside the big table's copy, then at the end with the rows copied.
 */
class LoadProgressTest {

    @Test
    void aMonitorReadsEachTablesRowsPercentAndEtaWhileTheLoadCopiesThem() throws Exception {
        TestDatabase source = Databases.newMariaDbDatabase("load_progress");
        source.execute("CREATE TABLE big (id int PRIMARY KEY, note varchar(20))",
                "INSERT INTO big SELECT seq, concat('n', seq) FROM seq_1_to_60000",
                "CREATE TABLE small (id int PRIMARY KEY)", "INSERT INTO small SELECT seq FROM seq_1_to_10",
                "ANALYZE TABLE big, small");
        TestDatabase target = FullLoadTest.convertedTarget(source);
        StoredEngineMetrics monitor = new StoredEngineMetrics(target::connect, source.database());
        CountDownLatch seen = new CountDownLatch(1);
        ProgressListener holdInBig = new ProgressListener() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(long done, long total, String message) {
                if (message.startsWith("big:") && seen.getCount() > 0) {
                    try { // the worker waits here until the monitor has seen the table half-copied
                        seen.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Thread load = new Thread(() -> new FullLoad(source::connect, target::connect, LoadOptions.defaults()
                .withWorkers(2).withChunkRows(1_000_000)).run(source.database(), holdInBig), "test-load");
        load.start();

        TableLoad midway = await().atMost(Duration.ofSeconds(60)).until(() -> find(monitor.loadProgress(), "big"),
                l -> l.isPresent() && l.get().rowsLoaded() > 0).orElseThrow();
        assertThat(midway.done()).isFalse();
        assertThat(midway.rowsExpected()).as("the source's estimate").isBetween(30_000L, 120_000L);
        assertThat(midway.percent()).hasValueSatisfying(p -> assertThat(p).isBetween(1, 99));
        Instant later = midway.started().plusSeconds(5);
        assertThat(midway.eta(later)).as("time left at the rate so far").isPresent();
        assertThat(midway.elapsed(later)).isEqualTo(Duration.ofSeconds(5));
        assertThat(monitor.tableStatistics()).as("the tables show before CDC counts them")
                .extracting(TableStatistics::table).contains("big", "small");
        seen.countDown();
        load.join(120_000);

        TableLoad big = find(monitor.loadProgress(), "big").orElseThrow();
        assertThat(big.done()).isTrue();
        assertThat(big.rowsLoaded()).isEqualTo(60_000);
        assertThat(big.rowsExpected()).as("the real count replaces the estimate").isEqualTo(60_000);
        assertThat(big.percent()).contains(100);
        assertThat(big.eta(Instant.now())).isEmpty();
        assertThat(big.finished()).isAfterOrEqualTo(big.started());
        assertThat(find(monitor.loadProgress(), "small").orElseThrow().rowsLoaded()).isEqualTo(10);
        assertThat(monitor.tableStatistics()).filteredOn(t -> t.table().equals("big")).singleElement()
                .satisfies(t -> {
                    assertThat(t.fullLoadDone()).isTrue();
                    assertThat(t.fullLoadRows()).isEqualTo(60_000);
                });
    }

    private static Optional<TableLoad> find(List<TableLoad> loads, String table) {
        return loads.stream().filter(l -> l.table().equals(table)).findFirst();
    }
}
