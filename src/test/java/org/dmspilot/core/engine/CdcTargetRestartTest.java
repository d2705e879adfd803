package org.dmspilot.core.engine;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.sandbox.EmbeddedPostgresServer;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A target server restart in the middle of CDC, under writes from a MariaDB or MySQL source: the engine says it waits
 * for the target, reconnects by itself and loses nothing.
 */
class CdcTargetRestartTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void cdcResumesByItselfAfterTheTargetRestarts(Engine engine) throws Exception {
        Path data = Files.createTempDirectory("dmspilot-restart-pg").resolve("data");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0);
        int port = server.port();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres")) {
            c.createStatement().execute("CREATE DATABASE cdc_target_restart");
        }
        TestDatabase pg = new TestDatabase(Engine.POSTGRESQL, "127.0.0.1", port, "cdc_target_restart", "postgres",
                "postgres");
        TestDatabase maria = FullLoadTest.source(engine, "cdc_target_restart");
        CdcWriteLoad.createSchema(maria, 1_000);
        try (Connection s = maria.connect(); Connection t = pg.connect()) {
            TargetSchema.convertAndApply(s, t, maria.database(), "test", org.dmspilot.core.progress.ProgressListener.NONE);
        }
        try (CdcFixture cdc = CdcFixture.start(maria, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC,
                CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            try (CdcWriteLoad writer = new CdcWriteLoad(maria, 2_000).start()) {
                writer.awaitTransactions(20, Duration.ofSeconds(30));
                server.close(); // the target goes away while changes keep coming
                Awaitility.await("the engine to wait for the target").atMost(Duration.ofSeconds(30))
                        .until(() -> cdc.migration.metrics().map(m -> m.state()).orElse(""),
                                "waiting for target"::equals);
                writer.awaitTransactions(20, Duration.ofSeconds(30)); // changes pile up on the source meanwhile
                server = EmbeddedPostgresServer.start(data, port);
                writer.awaitTransactions(20, Duration.ofSeconds(30));
            }
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(90));
            assertThat(cdc.thread.isAlive()).as("CDC still running").isTrue();
            assertThat(cdc.migration.metrics().orElseThrow().state()).isEqualTo("running");
            ValidationReport report = FullLoadTest.validate(maria, pg);
            assertThat(report.identical()).as(report.toString()).isTrue();
        } finally {
            server.close();
        }
    }
}
