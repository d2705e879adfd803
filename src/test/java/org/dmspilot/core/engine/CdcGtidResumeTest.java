package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * MySQL with gtid_mode ON: the checkpoint records the executed GTID set, and a resume after the checkpoint's binlog
 * file was purged finds its place by it (before, CDC asked for a file the server no longer has, forever).
 */
class CdcGtidResumeTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final CdcOptions OPTIONS = CdcOptions.defaults().withMaxBackoffMillis(1_000);

    @Test
    void aResumeAfterTheBinlogFileWasPurgedFindsItsPlaceByGtid() throws Exception {
        TestDatabase src = Databases.newMysqlDatabase("cdc_gtid");
        src.execute("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))", "INSERT INTO t VALUES (1, 'loaded')");
        TestDatabase pg = FullLoadTest.convertedTarget(src);
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, OPTIONS)) {
            cdc.awaitCaughtUp(src, WAIT);
            src.execute("INSERT INTO t VALUES (2, 'cdc')", "UPDATE t SET v = 'changed' WHERE id = 1");
            cdc.awaitCaughtUp(src, WAIT);
        }
        String checkpointFile;
        try (Connection c = pg.connect()) {
            CdcCheckpoint.State state = CdcCheckpoint.read(c, TablePairs.targetSchema(src.database())).orElseThrow();
            assertThat(state.gtids()).as("the checkpoint records the GTID set").matches("(?s).*[0-9a-f-]{36}:.*");
            checkpointFile = state.position().orElseThrow().file();
        }
        // the binlog moves on and the checkpoint's file is purged while CDC is stopped
        src.execute("FLUSH BINARY LOGS");
        String current = CdcFixture.sourcePosition(src).file();
        src.execute("PURGE BINARY LOGS TO '" + current + "'");
        src.execute("INSERT INTO t VALUES (3, 'after purge')", "DELETE FROM t WHERE id = 2");
        try (Connection c = src.connect(); ResultSet rs = c.createStatement().executeQuery("SHOW BINARY LOGS")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).isNotEqualTo(checkpointFile);
            }
        }
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, OPTIONS)) {
            cdc.awaitCaughtUp(src, WAIT);
            SameRows.assertSame(src, pg, "t", "id, v", "id, v", "id");
        }
    }
}
