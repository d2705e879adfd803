package org.dmspilot.core.engine;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine as its own process ({@code dmspilot migrate --mode full-load-and-cdc}), killed with SIGKILL again and
 * again while the source is written to: each run resumes from the checkpoint, and in the end the target is
 * identical, without a duplicate or a lost row, also in a table without a primary key. SIGTERM stops it cleanly.
 * On MariaDB and on MySQL (where the checkpoint also holds the GTID set).
 */
class CdcCrashRecoveryTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void sigkillDuringCdcUnderWriteLoadLosesAndDuplicatesNothing(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "cdc_kill");
        CdcWriteLoad.createSchema(maria, 2_000);
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        Path log = Files.createTempFile("cdc-kill", ".log");
        List<Long> appliedAtKill = new ArrayList<>();
        try (CdcWriteLoad writer = new CdcWriteLoad(maria, 300).start()) {
            for (int round = 0; round < 5; round++) {
                Process process = engine(maria, pg, log);
                awaitCdcRunning(maria, pg, process, log);
                // killed at a random point: after a random number of further source transactions
                writer.awaitTransactions(10 + ThreadLocalRandom.current().nextInt(300), Duration.ofSeconds(60));
                assertThat(process.isAlive()).as("engine alive before kill %d; log:%n%s", round, Files.readString(log))
                        .isTrue();
                process.destroyForcibly(); // SIGKILL
                process.waitFor(10, TimeUnit.SECONDS);
                appliedAtKill.add(checkpointPosition(maria, pg));
            }
            assertThat(writer.transactions()).as("the writer kept writing").isGreaterThan(100);
        }
        Process last = engine(maria, pg, log);
        awaitCdcRunning(maria, pg, last, log);
        try (CdcFixture watch = CdcFixture.watch(maria, pg)) {
            watch.awaitCaughtUp(maria, Duration.ofSeconds(90));
        }
        last.destroy(); // SIGTERM
        assertThat(last.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stops the engine").isTrue();
        String output = Files.readString(log);
        assertThat(output).contains("Stopping (signal received)");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status FROM dmspilot.checkpoint WHERE schema_name = " + Sql.literal(maria.database()))) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("stopped");
        }
        ValidationReport report = FullLoadTest.validate(maria, pg);
        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(ledger(maria.connect())).as("ledger rows, distinct rows on the target")
                .isEqualTo(ledger(pg.connect(), Sql.pg(maria.database()) + "."));
        assertThat(new java.util.HashSet<>(appliedAtKill)).as("CDC made progress between kills").hasSizeGreaterThan(1);
    }

    /** Waits until the engine has applied a CDC batch (the checkpoint's mode is cdc and it moved). */
    private static void awaitCdcRunning(TestDatabase maria, TestDatabase pg, Process engine, Path log)
            throws Exception {
        long before = checkpointPosition(maria, pg);
        try {
            Awaitility.await("CDC to apply a batch").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        assertThat(engine.isAlive()).as("engine running; log:%n%s", readLog(log)).isTrue();
                        try (Connection c = pg.connect()) {
                            var state = CdcCheckpoint.read(c, TablePairs.targetSchema(maria.database()));
                            return state.isPresent() && state.get().mode().equals("cdc")
                                    && state.get().position().map(BinlogPosition::position).orElse(-1L) != before;
                        } catch (java.sql.SQLException e) {
                            return false; // not created yet
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("CDC did not apply a batch within 60 s; log:\n" + readLog(log), e);
        }
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static long[] ledger(Connection c) throws Exception {
        return ledger(c, "");
    }

    /** {count, distinct seq, max seq}. */
    private static long[] ledger(Connection c, String prefix) throws Exception {
        try (c; ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT seq), max(seq) FROM "
                + prefix + "ledger")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private static long checkpointPosition(TestDatabase maria, TestDatabase pg) throws Exception {
        try (Connection c = pg.connect()) {
            return CdcCheckpoint.read(c, TablePairs.targetSchema(maria.database()))
                    .flatMap(CdcCheckpoint.State::position).map(BinlogPosition::position).orElse(-1L);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    static Process engine(TestDatabase maria, TestDatabase pg, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.dmspilot.Main",
                "migrate", "--source", maria.jdbcUrlWithCredentials(), "--target", pg.jdbcUrlWithCredentials(),
                "--mode", "full-load-and-cdc", "--workers", "2", "--batch-rows", "500");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                log.toFile())).directory(new File(".")).start();
    }
}
