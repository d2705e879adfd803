package org.dmspilot.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two extra real servers: one started without a binary log, one started with binlog_format=STATEMENT. */
class ReadinessOnMisconfiguredServersTest {
    private static final String USER = "checker";
    private static final String PASSWORD = "Check-pw1";
    private static EmbeddedMariaDb noBinlog;
    private static EmbeddedMariaDb statement;

    @BeforeAll
    static void startServers() throws Exception {
        noBinlog = start("--skip-log-bin");
        statement = start("--binlog-format=STATEMENT");
    }

    private static EmbeddedMariaDb start(String arg) throws Exception {
        Path dir = Files.createTempDirectory("dmspilot-readiness");
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0, List.of(arg));
        server.ensureAdmin(USER, PASSWORD);
        server.run("CREATE DATABASE shop; CREATE TABLE shop.t (id INT PRIMARY KEY);");
        return server;
    }

    @AfterAll
    static void stopServers() {
        if (noBinlog != null) {
            noBinlog.close();
        }
        if (statement != null) {
            statement.close();
        }
    }

    private static Connection connect(EmbeddedMariaDb server) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + server.port() + "/shop", USER, PASSWORD);
    }

    private static Map<String, CheckResult> check(EmbeddedMariaDb server) throws Exception {
        try (Connection c = connect(server)) {
            return ReadinessCheckerTest.byId(ReadinessChecker.run(c, List.of("shop"), ProgressListener.NONE));
        }
    }

    @Test
    void serverWithoutBinaryLogFailsBinlogEnabledWithTheConfigurationToAdd() throws Exception {
        Map<String, CheckResult> r = check(noBinlog);
        CheckResult enabled = r.get("binlog-enabled");
        assertThat(enabled.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(enabled.found()).isEqualTo("log_bin = OFF");
        assertThat(enabled.fix()).contains("log_bin = mariadb-bin").contains("binlog_format = ROW");
        assertThat(r.get("binlog-format").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void statementFormatFailsBinlogFormatWithSetGlobal() throws Exception {
        Map<String, CheckResult> r = check(statement);
        assertThat(r.get("binlog-enabled").status()).isEqualTo(CheckStatus.PASS);
        CheckResult format = r.get("binlog-format");
        assertThat(format.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(format.found()).isEqualTo("binlog_format = STATEMENT");
        assertThat(format.fix()).startsWith("SET GLOBAL binlog_format = 'ROW';");
        assertThat(ReadinessChecker.anyFailed(List.copyOf(r.values()))).isTrue();
    }

    @Test
    void minimalRowImageAndShortRetentionFailWithTheirFix() throws Exception {
        try (Connection c = connect(statement); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL binlog_row_image = 'MINIMAL'");
            s.execute("SET GLOBAL binlog_expire_logs_seconds = 3600");
        }
        try {
            Map<String, CheckResult> r = check(statement);
            assertThat(r.get("binlog-image").status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.get("binlog-image").fix()).startsWith("SET GLOBAL binlog_row_image = 'FULL';");
            assertThat(r.get("binlog-retention").status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.get("binlog-retention").found()).isEqualTo("binlog_expire_logs_seconds = 3600");
            assertThat(r.get("binlog-retention").fix()).startsWith("SET GLOBAL binlog_expire_logs_seconds = 86400;");
        } finally {
            try (Connection c = connect(statement); Statement s = c.createStatement()) {
                s.execute("SET GLOBAL binlog_row_image = 'FULL'");
                s.execute("SET GLOBAL binlog_expire_logs_seconds = 172800");
            }
        }
    }
}
