package org.dmspilot.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.catalog.ServerVersion;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** Fix spellings for servers we cannot start here: MySQL 5.7 / 8.0 and Amazon RDS (recorded variables). */
class ReadinessSpellingsTest {
    private static SourceFacts facts(String version, Map<String, String> variables, boolean rds,
            Map<String, String> rdsConfig, List<String> grants) {
        Map<String, String> vars = new HashMap<>(Map.of("log_bin", "ON", "binlog_format", "ROW",
                "binlog_row_image", "FULL", "server_id", "1", "max_allowed_packet", "67108864"));
        vars.putAll(variables);
        return new SourceFacts(ServerVersion.parse(version, null), vars, "migrator@%", grants, rds, rdsConfig,
                new Catalog(Engine.MYSQL, version, "x", Instant.EPOCH, List.of()), List.of(), List.of(),
                List.of());
    }

    @Test
    void mysql8FixesPersistTheSetting() {
        SourceFacts f = facts("8.0.36", Map.of("binlog_format", "MIXED", "binlog_expire_logs_seconds", "3600"),
                false, Map.of(), List.of());
        assertThat(ServerChecks.binlogFormat(f).fix()).isEqualTo("SET PERSIST binlog_format = 'ROW';");
        assertThat(ServerChecks.binlogRetention(f).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(ServerChecks.binlogRetention(f).fix()).isEqualTo("SET PERSIST binlog_expire_logs_seconds = 86400;");
    }

    @Test
    void mysql57UsesExpireLogsDaysAndReplicationClient() {
        SourceFacts f = facts("5.7.44-log", Map.of("expire_logs_days", "0"), false, Map.of(),
                List.of("GRANT SELECT ON *.* TO 'migrator'@'%'"));
        assertThat(ServerChecks.binlogRetention(f).status()).isEqualTo(CheckStatus.PASS);
        assertThat(ServerChecks.replicationPrivileges(f).fix())
                .isEqualTo("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'migrator'@'%';");
        assertThat(ServerChecks.supportedVersion(f).status()).isEqualTo(CheckStatus.WARN);
        SourceFacts shortRetention = facts("5.7.44", Map.of("expire_logs_days", "0.5"), false, Map.of(), List.of());
        assertThat(ServerChecks.binlogRetention(shortRetention).fix()).startsWith("SET GLOBAL expire_logs_days = 1;");
    }

    @Test
    void rdsRetentionIsReadAndFixedThroughItsProcedures() {
        SourceFacts f = facts("8.0.35", Map.of("basedir", "/rdsdbbin/mysql-8.0.35/"), true,
                Map.of("binlog retention hours", "NULL"), List.of());
        assertThat(ServerChecks.binlogRetention(f).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(ServerChecks.binlogRetention(f).fix())
                .isEqualTo("CALL mysql.rds_set_configuration('binlog retention hours', 24);");
        SourceFacts ok = facts("8.0.35", Map.of(), true, Map.of("binlog retention hours", "48"), List.of());
        assertThat(ServerChecks.binlogRetention(ok).status()).isEqualTo(CheckStatus.PASS);
        SourceFacts statement = facts("8.0.35", Map.of("binlog_format", "STATEMENT"), true, Map.of(), List.of());
        assertThat(ServerChecks.binlogFormat(statement).fix()).contains("DB parameter group")
                .contains("ParameterName=binlog_format,ParameterValue='ROW'");
        SourceFacts off = facts("8.0.35", Map.of("log_bin", "OFF"), true, Map.of(), List.of());
        assertThat(ServerChecks.binlogEnabled(off).fix()).contains("--backup-retention-period 1");
    }

    @Test
    void grantsWithColumnListsAndAllPrivilegesAreUnderstood() {
        SourceFacts all = facts("10.11.6-MariaDB", Map.of(), false, Map.of(),
                List.of("GRANT ALL PRIVILEGES ON *.* TO `migrator`@`%` WITH GRANT OPTION"));
        assertThat(ServerChecks.replicationPrivileges(all).status()).isEqualTo(CheckStatus.PASS);
        SourceFacts mariaOld = facts("10.4.30-MariaDB", Map.of(), false, Map.of(), List.of());
        assertThat(ServerChecks.replicationPrivileges(mariaOld).fix())
                .isEqualTo("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'migrator'@'%';");
    }

    @Test
    void snapshotLockFailsOnMysqlWithoutReloadAndAlwaysOnRdsMysqlWithTheWayOut() {
        List<String> noReload = List.of("GRANT SELECT, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `migrator`@`%`");
        Finding mysql = CdcChecks.snapshotLock(facts("8.4.3", Map.of(), false, Map.of(), noReload));
        assertThat(mysql.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(mysql.found()).contains("lacks RELOAD").contains("refused");
        assertThat(mysql.fix()).isEqualTo("GRANT RELOAD ON *.* TO 'migrator'@'%';");
        List<String> reload = List.of("GRANT SELECT, RELOAD, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO"
                + " `migrator`@`%`");
        assertThat(CdcChecks.snapshotLock(facts("8.4.3", Map.of(), false, Map.of(), reload)).status())
                .isEqualTo(CheckStatus.PASS);
        // RDS / Aurora MySQL refuse the global read lock whatever the grants: no GRANT can fix it there
        Finding rds = CdcChecks.snapshotLock(facts("8.0.35", Map.of(), true, Map.of(), reload));
        assertThat(rds.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(rds.found()).contains("does not allow FLUSH TABLES WITH READ LOCK");
        assertThat(rds.fix()).contains("stop writes").contains("--mode full-load").contains("--mode cdc")
                .doesNotContain("GRANT");
        Finding maria = CdcChecks.snapshotLock(facts("10.11.6-MariaDB", Map.of(), true, Map.of(), noReload));
        assertThat(maria.status()).as("MariaDB starts lock-free").isEqualTo(CheckStatus.WARN);
    }
}
