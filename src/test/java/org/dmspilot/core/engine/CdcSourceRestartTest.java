package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** A source server restart in the middle of CDC: the engine reconnects by itself and loses nothing. */
class CdcSourceRestartTest {

    @Test
    void cdcResumesByItselfAfterTheSourceRestarts() throws Exception {
        Path dir = Files.createTempDirectory("dmspilot-restart-mariadb");
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0);
        try {
            server.ensureAdmin(Databases.ADMIN_USER, Databases.ADMIN_PASSWORD);
            server.run("CREATE DATABASE cdc_restart");
            TestDatabase maria = new TestDatabase(Engine.MARIADB, "127.0.0.1", server.port(), "cdc_restart",
                    Databases.ADMIN_USER, Databases.ADMIN_PASSWORD);
            CdcWriteLoad.createSchema(maria, 1_000);
            TestDatabase pg = FullLoadTest.convertedTarget(maria);
            try (CdcFixture cdc = CdcFixture.start(maria, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC,
                    CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
                try (CdcWriteLoad writer = new CdcWriteLoad(maria, 2_000).start()) {
                    Thread.sleep(1_500);
                }
                cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
                long before = cdc.migration.metrics().orElseThrow().appliedChanges();
                assertThat(before).isPositive();

                server.db().stop();
                Thread.sleep(3_000); // CDC fails to reconnect a few times meanwhile
                server.db().start();

                try (CdcWriteLoad writer = new CdcWriteLoad(maria, 2_000).start()) {
                    Thread.sleep(1_500);
                }
                cdc.awaitCaughtUp(maria, Duration.ofSeconds(60));
                assertThat(cdc.thread.isAlive()).as("CDC still running").isTrue();
                assertThat(cdc.migration.metrics().orElseThrow().appliedChanges()).isGreaterThan(before);
                ValidationReport report = FullLoadTest.validate(maria, pg);
                assertThat(report.identical()).as(report.toString()).isTrue();
            }
        } finally {
            server.close();
        }
    }
}
