package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full load + CDC started by a login without RELOAD (as on RDS, where FLUSH TABLES WITH READ LOCK is refused) while
 * the source is being written: MySQL cannot tie the snapshot to a binlog position without the lock, so the start is
 * refused with the way out and nothing is loaded; MariaDB starts lock-free and loses no row.
 */
class CdcConsistentStartTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aLoginWithoutReloadUnderWritesLosesNoRow(Engine engine) throws Exception {
        TestDatabase admin = Databases.newSourceDatabase(engine, "cdc_noreload");
        CdcWriteLoad.createSchema(admin, 2_000);
        String user = "noreload_" + admin.database();
        admin.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'Pw-12345-x'",
                "GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON `" + admin.database() + "`.* TO '" + user + "'@'%'",
                "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO '" + user + "'@'%'");
        TestDatabase login = new TestDatabase(engine, admin.host(), admin.port(), admin.database(), user,
                "Pw-12345-x");
        TestDatabase pg = FullLoadTest.convertedTarget(admin);
        try (CdcWriteLoad writer = new CdcWriteLoad(admin, 500).start()) {
            writer.awaitTransactions(20, Duration.ofSeconds(30));
            try (CdcFixture cdc = CdcFixture.start(login, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC,
                    CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
                if (engine == Engine.MYSQL) {
                    cdc.thread.join(120_000);
                    assertThat(cdc.thread.isAlive()).isFalse();
                    assertThat(cdc.failure.get()).as("the start is refused").isNotNull();
                    assertThat(rootMessage(cdc.failure.get())).contains("FLUSH TABLES WITH READ LOCK", "RELOAD");
                    try (var c = pg.connect(); var rs = c.createStatement().executeQuery("SELECT count(*) FROM "
                            + Sql.pg(admin.database()) + ".orders")) {
                        rs.next();
                        assertThat(rs.getLong(1)).as("nothing loaded").isZero();
                    }
                    return;
                }
                writer.awaitTransactions(50, Duration.ofSeconds(60));
                writer.close();
                cdc.awaitCaughtUp(admin, Duration.ofSeconds(90));
                SameRows.assertSame(admin, pg, "orders", "id, customer, status, total, note, paid",
                        "id, customer, status, total, note, paid::int", "id");
                SameRows.assertSame(admin, pg, "ledger", "seq, amount", "seq, amount", "seq, amount");
            }
        }
    }

    private static String rootMessage(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) {
            sb.append(x.getMessage()).append(" / ");
        }
        return sb.toString();
    }
}
