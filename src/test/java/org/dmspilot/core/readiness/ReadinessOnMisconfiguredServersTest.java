package org.dmspilot.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.RestartableSource;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extra real servers of each flavour (MariaDB and MySQL), started once for the class: one without a binary log, one
 * with binlog_format=STATEMENT. Each failing check names what it found, and its fix, run as given on that server,
 * makes the check pass.
 */
class ReadinessOnMisconfiguredServersTest {
    private static final Map<Engine, RestartableSource> NO_BINLOG = new EnumMap<>(Engine.class);
    private static final Map<Engine, RestartableSource> STATEMENT = new EnumMap<>(Engine.class);
    private static final Map<Engine, TestDatabase> NO_BINLOG_DB = new EnumMap<>(Engine.class);
    private static final Map<Engine, TestDatabase> STATEMENT_DB = new EnumMap<>(Engine.class);

    private static synchronized TestDatabase noBinlog(Engine engine) {
        return NO_BINLOG_DB.computeIfAbsent(engine, e -> shop(NO_BINLOG, e, "skip-log-bin"));
    }

    private static synchronized TestDatabase statementFormat(Engine engine) {
        return STATEMENT_DB.computeIfAbsent(engine, e -> shop(STATEMENT, e, "binlog-format=STATEMENT"));
    }

    private static TestDatabase shop(Map<Engine, RestartableSource> servers, Engine engine, String option) {
        RestartableSource server = RestartableSource.start(engine, List.of("--" + option));
        servers.put(engine, server);
        TestDatabase db = server.newDatabase("shop");
        try {
            db.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    @AfterAll
    static void stopServers() {
        NO_BINLOG.values().forEach(RestartableSource::close);
        STATEMENT.values().forEach(RestartableSource::close);
    }

    private static Map<String, CheckResult> check(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return ReadinessCheckerTest.byId(ReadinessChecker.run(c, List.of("shop"), ProgressListener.NONE));
        }
    }

    /** Runs a check's fix as the readiness report gives it (its SQL statements; comment lines are advice). */
    private static void runFix(TestDatabase db, CheckResult result) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String line : result.fix().split("\n")) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    s.execute(line.strip().replaceAll(";$", ""));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void serverWithoutBinaryLogFailsBinlogEnabledWithTheConfigurationToAdd(Engine engine) throws Exception {
        Map<String, CheckResult> r = check(noBinlog(engine));
        CheckResult enabled = r.get("binlog-enabled");
        assertThat(enabled.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(enabled.found()).isEqualTo("log_bin = OFF");
        assertThat(enabled.fix()).contains(engine == Engine.MYSQL ? "log_bin = mysql-bin" : "log_bin = mariadb-bin")
                .contains("binlog_format = ROW").contains("restart");
        assertThat(r.get("binlog-format").status()).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void statementFormatFailsBinlogFormatAndItsFixMakesItPass(Engine engine) throws Exception {
        TestDatabase db = statementFormat(engine);
        Map<String, CheckResult> r = check(db);
        assertThat(r.get("binlog-enabled").status()).isEqualTo(CheckStatus.PASS);
        CheckResult format = r.get("binlog-format");
        assertThat(format.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(format.found()).isEqualTo("binlog_format = STATEMENT");
        assertThat(format.fix()).startsWith(engine == Engine.MYSQL ? "SET PERSIST binlog_format = 'ROW';"
                : "SET GLOBAL binlog_format = 'ROW';");
        assertThat(ReadinessChecker.anyFailed(List.copyOf(r.values()))).isTrue();
        try {
            runFix(db, format);
            assertThat(check(db).get("binlog-format").status()).as("after the fix").isEqualTo(CheckStatus.PASS);
        } finally {
            db.execute("SET GLOBAL binlog_format = 'STATEMENT'");
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void minimalRowImageAndShortRetentionFailAndTheirFixesMakeThemPass(Engine engine) throws Exception {
        TestDatabase db = statementFormat(engine);
        db.execute("SET GLOBAL binlog_row_image = 'MINIMAL'", "SET GLOBAL binlog_expire_logs_seconds = 3600");
        String set = engine == Engine.MYSQL ? "SET PERSIST " : "SET GLOBAL ";
        try {
            Map<String, CheckResult> r = check(db);
            assertThat(r.get("binlog-image").status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.get("binlog-image").fix()).startsWith(set + "binlog_row_image = 'FULL';");
            assertThat(r.get("binlog-retention").status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.get("binlog-retention").found()).isEqualTo("binlog_expire_logs_seconds = 3600");
            assertThat(r.get("binlog-retention").fix()).startsWith(set + "binlog_expire_logs_seconds = 86400;");
            runFix(db, r.get("binlog-image"));
            runFix(db, r.get("binlog-retention"));
            Map<String, CheckResult> fixed = check(db);
            assertThat(fixed.get("binlog-image").status()).as("after the fix").isEqualTo(CheckStatus.PASS);
            assertThat(fixed.get("binlog-retention").status()).as("after the fix").isEqualTo(CheckStatus.PASS);
        } finally {
            db.execute("SET GLOBAL binlog_row_image = 'FULL'", "SET GLOBAL binlog_expire_logs_seconds = 172800");
        }
    }
}
