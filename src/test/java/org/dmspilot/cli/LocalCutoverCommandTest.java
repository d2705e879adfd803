package org.dmspilot.cli;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.engine.CdcFixture;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.cdc.StoredEngineMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dmspilot cutover} against a local engine running CDC: the checklist passes from the metrics the engine
 * wrote to the target, every step runs, the engine stops through the checkpoint, identities continue after the
 * migrated maximum, and the log holds each step; from a MariaDB and from a MySQL source.
 */
class LocalCutoverCommandTest {
    private static final int STABLE_SECONDS = 3;

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aWholeLocalCutoverStopsTheEngineAndResetsIdentities(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.zoo(engine, "local_cutover");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        Path log = Files.createTempFile("cutover", ".jsonl");
        Files.delete(log);
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            maria.execute("INSERT INTO zoo (id, name) VALUES (500, 'late')");
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(30));
            pg.execute("UPDATE \"" + maria.database() + "\".zoo SET name = 'tampered' WHERE id = 1");
            awaitLatencySamplesFor(pg, maria.database(), Duration.ofSeconds(STABLE_SECONDS + 1));
            Cli.Run refused = Cli.run("cutover", "--source", maria.jdbcUrlWithCredentials(), "--target",
                    pg.jdbcUrlWithCredentials(), "--stable-seconds", String.valueOf(STABLE_SECONDS), "--checklist-only", "--log",
                    log.toString());
            maria.execute("UPDATE zoo SET name = CONCAT(name, '!') WHERE id = 1"); // CDC repairs the row
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(30));
            try {
                Cli.Run r = Cli.run("cutover", "--source", maria.jdbcUrlWithCredentials(), "--target",
                        pg.jdbcUrlWithCredentials(), "--stable-seconds", String.valueOf(STABLE_SECONDS), "--yes", "--fallback", "--log",
                        log.toString());
                assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
                assertThat(r.out()).as("the fallback is prepared before the switch step")
                        .containsSubsequence("Step 6/6", "Publication and logical slot", "DONE: The application");
                Cli.Run removed = Cli.run("fallback", "stop", "--remove", "--source", maria.jdbcUrlWithCredentials(),
                        "--target", pg.jdbcUrlWithCredentials());
                assertThat(removed.exit()).as(removed.out() + removed.err()).isEqualTo(ExitCodes.OK);
                assertThat(r.out()).contains("local engine").contains("[PASS").doesNotContain("[FAIL");
                assertThat(r.out() + r.err()).doesNotContain(Databases.ADMIN_PASSWORD).doesNotContain("postgres@");
                cdc.thread.join(20_000);
                assertThat(cdc.thread.isAlive()).as("the engine stopped on the cutover's request").isFalse();
            } finally {
                maria.execute("SET GLOBAL read_only = 0");
            }
            assertThat(refused.exit()).as("a validation mismatch refuses: " + refused.out()).isEqualTo(1);
            assertThat(refused.out()).contains("[FAIL").contains("zoo");
            try (Connection c = pg.connect(); var s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT status FROM dmspilot.checkpoint WHERE schema_name = '"
                        + maria.database() + "'");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("stopped");
                rs = s.executeQuery("INSERT INTO \"" + maria.database() + "\".zoo (name) VALUES ('app') RETURNING id");
                rs.next();
                assertThat(rs.getLong(1)).as("identity continues after the migrated maximum").isGreaterThan(500);
            }
            assertThat(Files.readString(log)).contains("READ_ONLY").contains("SEQUENCES").contains("ROW_COUNTS");
        }
    }

    /** Waits until the engine's stored target latency samples reach back {@code span} (the checklist's window). */
    private static void awaitLatencySamplesFor(TestDatabase pg, String schema, Duration span) throws Exception {
        StoredEngineMetrics metrics = new StoredEngineMetrics(pg::connect, schema);
        Awaitility.await("latency samples over the last " + span.toSeconds() + " s").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
            Instant now = Instant.now();
            List<Sample> samples = metrics.targetLatency(now.minus(Duration.ofMinutes(5)), now);
            return !samples.isEmpty() && !samples.get(0).at().isAfter(now.minus(span));
        });
    }
}
