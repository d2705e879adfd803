package org.dmspilot.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.model.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readiness on the shared, correctly configured test servers (binlog ROW, FULL image), each test on MariaDB and on
 * Oracle MySQL.
 */
class ReadinessCheckerTest {
    static Map<String, CheckResult> byId(List<CheckResult> results) {
        return results.stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    static Map<String, CheckResult> run(TestDatabase db, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), user, password)) {
            return byId(ReadinessChecker.run(c, List.of(db.database()), ProgressListener.NONE));
        }
    }

    /** The privilege that lets a user read the binlog position: MariaDB 10.5+ renamed REPLICATION CLIENT. */
    private static String monitor(Engine engine) {
        return engine == Engine.MARIADB ? "BINLOG MONITOR" : "REPLICATION CLIENT";
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void everyCheckPassesOnACorrectlyConfiguredSource(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "ready_clean");
        db.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(20), notes TEXT, born DATE)",
                "INSERT INTO customers VALUES (1, 'a', 'x', '2000-01-31')");
        List<CheckResult> results;
        try (Connection c = db.connect()) {
            results = ReadinessChecker.run(c, List.of(db.database()), ProgressListener.NONE);
        }
        assertThat(results).extracting(CheckResult::id).containsExactlyElementsOf(ReadinessChecker.checkIds());
        assertThat(results).extracting(CheckResult::id).contains("binlog-enabled", "binlog-format", "binlog-image",
                "binlog-retention", "server-id", "replication-privileges", "select-privileges",
                "table-storage-engine", "tables-without-primary-key", "lob-without-primary-key", "generated-columns",
                "partitioned-tables", "unsupported-data-types", "zero-dates-in-data", "max-allowed-packet",
                "supported-version", "too-many-tables");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).as(r.id() + ": " + r.found()).isEqualTo(CheckStatus.PASS);
            assertThat(r.fix()).isEmpty();
            assertThat(r.why()).isNotBlank();
        });
        assertThat(ReadinessChecker.anyFailed(results)).isFalse();
        assertThat(byId(results).get("binlog-format").found()).isEqualTo("binlog_format = ROW");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void schemaProblemsAreFoundWithFixSqlNamingTheTables(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "ready_rich");
        db.execute("CREATE TABLE logs (msg TEXT, at DATETIME) ENGINE=MyISAM",
                "CREATE TABLE keyed (code CHAR(3) NOT NULL, UNIQUE KEY uq (code), d DATE)",
                "CREATE TABLE shapes (id INT PRIMARY KEY, g POINT, up VARCHAR(10) AS (UPPER(code)) STORED,"
                        + " code VARCHAR(10))",
                "CREATE TABLE parts (id INT PRIMARY KEY) PARTITION BY HASH (id) PARTITIONS 2",
                "SET SESSION sql_mode = ''",
                "INSERT INTO keyed VALUES ('abc', '0000-00-00')");
        Map<String, CheckResult> r = run(db, Databases.ADMIN_USER, Databases.ADMIN_PASSWORD);
        String s = "`" + db.database() + "`";
        assertThat(r.get("table-storage-engine").status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.get("table-storage-engine").fix()).isEqualTo("ALTER TABLE " + s + ".`logs` ENGINE=InnoDB;");
        assertThat(r.get("tables-without-primary-key").found()).contains("logs", "keyed");
        assertThat(r.get("tables-without-primary-key").fix())
                .contains("ALTER TABLE " + s + ".`keyed` ADD PRIMARY KEY (`code`);")
                .contains("ALTER TABLE " + s + ".`logs` ADD COLUMN `dms_row_id`");
        assertThat(r.get("lob-without-primary-key").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.get("lob-without-primary-key").found()).contains(".logs").doesNotContain("keyed");
        assertThat(r.get("generated-columns").found()).contains("shapes.up");
        assertThat(r.get("partitioned-tables").found()).contains("parts");
        assertThat(r.get("unsupported-data-types").found()).contains("shapes.g point");
        assertThat(r.get("zero-dates-in-data").status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.get("zero-dates-in-data").found()).contains(db.database() + ".keyed.d");
        assertThat(r.get("zero-dates-in-data").fix()).contains("UPDATE " + s + ".`keyed` SET `d` = NULL");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void userWithoutReplicationPrivilegesFailsWithTheGrantToRun(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "ready_noreplica");
        db.execute("CREATE TABLE t (id INT PRIMARY KEY)",
                "CREATE USER IF NOT EXISTS 'noreplica'@'%' IDENTIFIED BY 'Pw-12345'",
                "GRANT SELECT, SHOW VIEW ON `" + db.database() + "`.* TO 'noreplica'@'%'");
        Map<String, CheckResult> r = run(db, "noreplica", "Pw-12345");
        CheckResult replication = r.get("replication-privileges");
        assertThat(replication.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(replication.found()).contains("noreplica@%").contains("lacks REPLICATION SLAVE");
        assertThat(replication.fix()).isEqualTo("GRANT REPLICATION SLAVE, " + monitor(engine)
                + " ON *.* TO 'noreplica'@'%';");
        assertThat(r.get("select-privileges").status()).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void userWithoutSelectFailsWithAGrantPerSchema(Engine engine) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, "ready_noselect");
        db.execute("CREATE TABLE t (id INT PRIMARY KEY)",
                "CREATE USER IF NOT EXISTS 'replonly'@'%' IDENTIFIED BY 'Pw-12345'",
                "GRANT REPLICATION SLAVE, " + monitor(engine) + " ON *.* TO 'replonly'@'%'",
                "GRANT SHOW VIEW ON `" + db.database() + "`.* TO 'replonly'@'%'");
        Map<String, CheckResult> r = run(db, "replonly", "Pw-12345");
        assertThat(r.get("replication-privileges").status()).isEqualTo(CheckStatus.PASS);
        assertThat(r.get("select-privileges").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.get("select-privileges").fix()).isEqualTo("GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON `"
                + db.database() + "`.* TO 'replonly'@'%';");
    }
}
