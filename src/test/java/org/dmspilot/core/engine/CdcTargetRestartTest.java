package org.dmspilot.core.engine;

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
import org.junit.jupiter.api.Test;

/** A target server restart in the middle of CDC, under writes: the engine reconnects by itself and loses nothing. */
class CdcTargetRestartTest {

    @Test
    void cdcResumesByItselfAfterTheTargetRestarts() throws Exception {
        Path data = Files.createTempDirectory("dmspilot-restart-pg").resolve("data");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0);
        int port = server.port();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres")) {
            c.createStatement().execute("CREATE DATABASE cdc_target_restart");
        }
        TestDatabase pg = new TestDatabase(Engine.POSTGRESQL, "127.0.0.1", port, "cdc_target_restart", "postgres",
                "postgres");
        TestDatabase maria = FullLoadTest.source("cdc_target_restart");
        CdcWriteLoad.createSchema(maria, 1_000);
        try (Connection s = maria.connect(); Connection t = pg.connect()) {
            TargetSchema.convertAndApply(s, t, maria.database(), "test", org.dmspilot.core.progress.ProgressListener.NONE);
        }
        try (CdcFixture cdc = CdcFixture.start(maria, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC,
                CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
            try (CdcWriteLoad writer = new CdcWriteLoad(maria, 2_000).start()) {
                Thread.sleep(1_000);
                server.close(); // the target goes away while changes keep coming
                Thread.sleep(2_000);
                server = EmbeddedPostgresServer.start(data, port);
                Thread.sleep(1_000);
            }
            cdc.awaitCaughtUp(maria, Duration.ofSeconds(90));
            assertThat(cdc.thread.isAlive()).as("CDC still running").isTrue();
            ValidationReport report = FullLoadTest.validate(maria, pg);
            assertThat(report.identical()).as(report.toString()).isTrue();
        } finally {
            server.close();
        }
    }
}
