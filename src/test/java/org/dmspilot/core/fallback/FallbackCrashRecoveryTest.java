package org.dmspilot.core.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.testsupport.WriteLoad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fallback stream as its own process ({@code dmspilot fallback start}), killed with SIGKILL again and again
 * while the application writes on PostgreSQL: each run resumes from the checkpoint stored in MySQL, and in the end
 * MySQL is identical to PostgreSQL, the key-less table without a duplicate or a lost row. SIGTERM stops it cleanly.
 */
class FallbackCrashRecoveryTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void sigkillOfTheFallbackStreamUnderWritesAppliesEveryWriteExactlyOnce(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "fallback_kill", "CREATE TABLE orders (id bigint unsigned"
                + " AUTO_INCREMENT PRIMARY KEY, status enum('new','paid','shipped') NOT NULL, total decimal(12,2),"
                + " doc json, paid tinyint(1), tags set('a','b','c') NOT NULL DEFAULT '')",
                "CREATE TABLE ledger (seq bigint NOT NULL, amount decimal(12,2))",
                "INSERT INTO orders (status, total, doc, paid) SELECT 'new', seq / 4, JSON_OBJECT('n', seq), 0"
                        + " FROM " + FullLoadTest.numbers(1, 2_000));
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        new FullLoad(maria::connect, pg::connect, LoadOptions.defaults().withWorkers(2)).run(maria.database(),
                ProgressListener.NONE);
        Fallback fallback = FallbackFixture.fallback(maria, pg);
        Path log = Files.createTempFile("fallback-kill", ".log");
        try (WriteLoad writer = pgWriter(pg, "\"" + maria.database() + "\".")) {
            for (int round = 0; round < 4; round++) {
                Process stream = stream(maria, pg, log);
                awaitRunning(fallback, stream, log, round == 0 ? 0 : fallback.status().appliedChanges());
                if (round == 0) {
                    writer.start();
                }
                // a random moment to kill: after the stream has applied a random number of further changes
                long applied = fallback.status().appliedChanges();
                long more = 50 + ThreadLocalRandom.current().nextInt(400);
                Awaitility.await("the stream applying " + more + " more changes").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(50)).until(() -> fallback.status().appliedChanges()
                                >= applied + more);
                assertThat(stream.isAlive()).as("stream alive before kill %d; log:%n%s", round,
                        Files.readString(log)).isTrue();
                stream.destroyForcibly(); // SIGKILL
                stream.waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(writer.transactions()).as("the application kept writing").isGreaterThan(50);
        }
        Process last = stream(maria, pg, log);
        awaitRunning(fallback, last, log, fallback.status().appliedChanges());
        FallbackFixture.awaitApplied(fallback, pg, Duration.ofSeconds(90), null);
        last.destroy(); // SIGTERM
        assertThat(last.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stops the stream").isTrue();
        assertThat(Files.readString(log)).contains("Stopping the fallback stream (signal received)");
        assertThat(fallback.status().state()).isEqualTo(FallbackStatus.State.STOPPED);
        ValidationReport report = FullLoadTest.validate(maria, pg);
        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(ledger(maria.connect(), "")).as("ledger rows on MySQL as on PostgreSQL (count, distinct, max)")
                .isEqualTo(ledger(pg.connect(), "\"" + maria.database() + "\"."));
        assertThat(UnappliedWrites.describe(fallback)).containsExactly(
                "None: MySQL has every PostgreSQL write the slot recorded.");
        fallback.remove();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + fallback.slotName() + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    private static void awaitRunning(Fallback fallback, Process stream, Path log, long appliedBefore)
            throws Exception {
        Awaitility.await("the stream running").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    assertThat(stream.isAlive()).as("stream running; log:%n%s", Files.readString(log)).isTrue();
                    FallbackStatus s = fallback.status();
                    return s.state() == FallbackStatus.State.RUNNING && (appliedBefore == 0
                            || s.appliedChanges() > appliedBefore);
                });
    }

    private static long[] ledger(Connection c, String prefix) throws Exception {
        try (c; ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT seq), max(seq) FROM "
                + prefix + "ledger")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private static Process stream(TestDatabase maria, TestDatabase pg, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.dmspilot.Main", "fallback", "start", "--source", maria.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--apply-fixes", "--batch-rows", "200");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                log.toFile())).directory(new File(".")).start();
    }

    /** The application on PostgreSQL: small transactions inserting, updating and deleting orders, appending ledger. */
    private static WriteLoad pgWriter(TestDatabase db, String schema) {
        return new WriteLoad(db, "test-pg-writer", 3_000_000, (c, seq) -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO " + schema + "orders (status, total, doc, paid, tags) VALUES ('new', 2.5,"
                        + " '{\"w\": [1, true]}', true, '{a,c}')");
                st.executeUpdate("UPDATE " + schema + "orders SET status = 'paid', total = total + 1, paid = NOT paid,"
                        + " tags = '{b}' WHERE id = " + (1 + r.nextInt(2_000)));
                st.executeUpdate("DELETE FROM " + schema + "orders WHERE id = " + (1 + r.nextInt(2_000)));
                st.executeUpdate("INSERT INTO " + schema + "ledger VALUES (" + seq + ", 0.5)");
            }
        });
    }
}
