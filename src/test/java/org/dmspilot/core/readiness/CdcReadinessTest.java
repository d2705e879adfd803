package org.dmspilot.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CDC checks on both real servers: the snapshot lock (a login without RELOAD fails on MySQL, where the start
 * is refused, and warns on MariaDB, which starts lock-free), GTIDs, MySQL's binlog extras, TIME beyond 24 hours.
 */
class CdcReadinessTest {

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void cdcChecksJudgeTheServerAndTheLogin(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "ready_cdc");
        db.execute("CREATE TABLE shifts (id INT PRIMARY KEY, span TIME, at TIME)",
                "INSERT INTO shifts VALUES (1, '838:59:59', '10:00:00'), (2, '-01:00:00', '23:59:59')");
        Map<String, CheckResult> admin = ReadinessCheckerTest.run(db, db.user(), db.password());
        assertThat(admin.get("snapshot-lock").status()).isEqualTo(CheckStatus.PASS);
        assertThat(admin.get("gtid-mode").status()).as(admin.get("gtid-mode").found()).isEqualTo(CheckStatus.PASS);
        assertThat(admin.get("binlog-row-value-options").status()).isEqualTo(CheckStatus.PASS);
        assertThat(admin.get("binlog-transaction-compression").status()).isEqualTo(CheckStatus.PASS);
        assertThat(admin.get("binlog-row-metadata").status()).isEqualTo(CheckStatus.PASS);
        CheckResult times = admin.get("time-out-of-range");
        assertThat(times.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(times.found()).contains(db.database() + ".shifts.span").doesNotContain("shifts.at");
        assertThat(times.fix()).contains("interval");

        String user = "noreload_" + engine.name().toLowerCase();
        db.execute("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY 'Pw-12345-x'",
                "GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON `" + db.database() + "`.* TO '" + user + "'@'%'",
                "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO '" + user + "'@'%'");
        CheckResult lock = ReadinessCheckerTest.run(db, user, "Pw-12345-x").get("snapshot-lock");
        assertThat(lock.status()).isEqualTo(engine == Engine.MYSQL ? CheckStatus.FAIL : CheckStatus.WARN);
        assertThat(lock.found()).contains("lacks RELOAD");
        assertThat(lock.fix()).contains("GRANT RELOAD ON *.* TO");
    }
}
