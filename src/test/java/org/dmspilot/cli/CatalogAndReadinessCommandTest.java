package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.MariaDbDump;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dmspilot catalog} and {@code dmspilot readiness} through the real command line. */
class CatalogAndReadinessCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDatabase db;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void createSource() throws Exception {
        db = Databases.newMariaDbDatabase("cli_catalog");
        db.execute("CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(50) NOT NULL, UNIQUE KEY uq (email))",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, KEY k (customer_id),"
                        + " CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id))",
                "CREATE VIEW v AS SELECT id FROM customers",
                "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2",
                "CREATE TRIGGER t_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.id = NEW.id",
                "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DISABLE DO DELETE FROM orders");
    }

    static Run run(String... args) {
        CommandLine cl = DmsPilotCommand.commandLine(r -> {
            throw new AssertionError("no GUI");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertCatalogJson(JsonNode json) {
        JsonNode schema = json.get("schemas").get(0);
        assertThat(schema.get("name").asText()).isEqualTo(db.database());
        assertThat(schema.get("tables")).extracting(t -> t.get("name").asText()).containsExactly("customers",
                "orders");
        JsonNode orders = schema.get("tables").get(1);
        assertThat(orders.get("columns")).hasSize(2);
        assertThat(orders.get("indexes")).extracting(i -> i.get("name").asText()).containsExactly("PRIMARY", "k");
        assertThat(orders.get("foreignKeys").get(0).get("referencedTable").asText()).isEqualTo("customers");
        assertThat(schema.get("views").get(0).get("name").asText()).isEqualTo("v");
        assertThat(schema.get("routines").get(0).get("name").asText()).isEqualTo("twice");
        assertThat(schema.get("triggers").get(0).get("name").asText()).isEqualTo("t_bi");
        assertThat(schema.get("events").get(0).get("name").asText()).isEqualTo("e");
    }

    @Test
    void catalogOfALiveSourcePrintsJson() throws Exception {
        Run r = run("catalog", "--source", db.jdbcUrlWithCredentials(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertCatalogJson(r.json());
        assertThat(r.out()).doesNotContain(Databases.ADMIN_PASSWORD);
    }

    @Test
    void catalogOfADumpFilePrintsTheSameJson() throws Exception {
        Path dump = MariaDbDump.dump(db, dir.resolve("cli.sql"), false);
        Run r = run("catalog", "--source", dump.toString(), "--schema", db.database(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertCatalogJson(r.json());
    }

    @Test
    void catalogWithoutJsonPrintsASummary() {
        Run r = run("catalog", "--source", db.jdbcUrlWithCredentials());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Schema " + db.database() + ": 2 tables, 1 views, 1 routines, 1 triggers, "
                + "1 events").contains("table customers");
    }

    @Test
    void malformedDumpExitsWithAnErrorNamingFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.sql"), "-- MySQL dump\n-- Server version\t8.0.36\n"
                + "CREATE TABLE t (id INT,\n  x VARCHAR(3) NOT NOT NULL);\n");
        Run r = run("catalog", "--source", bad.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("bad.sql:4:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void readinessPassesAndPrintsChecksAsJson() throws Exception {
        Run r = run("readiness", "--source", db.jdbcUrlWithCredentials(), "--json");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        JsonNode checks = r.json().get("checks");
        assertThat(checks).hasSize(23);
        assertThat(checks.get(0).fieldNames()).toIterable().contains("id", "status", "found", "why", "fix");
        assertThat(checks).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("pass"));
    }

    @Test
    void readinessExitsOneWhenACheckFailsAndPrintsTheFix() throws Exception {
        db.execute("CREATE USER IF NOT EXISTS 'cli_norepl'@'%' IDENTIFIED BY 'Pw-12345'",
                "GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON `" + db.database() + "`.* TO 'cli_norepl'@'%'");
        String url = "jdbc:mysql://127.0.0.1:" + db.port() + "/" + db.database()
                + "?user=cli_norepl&password=Pw-12345";
        Run json = run("readiness", "--source", url, "--json");
        assertThat(json.exit()).isEqualTo(ExitCodes.FAILED);
        JsonNode failed = null;
        for (JsonNode c : json.json().get("checks")) {
            if (c.get("id").asText().equals("replication-privileges")) {
                failed = c;
            }
        }
        assertThat(failed.get("status").asText()).isEqualTo("fail");
        assertThat(failed.get("fix").asText()).contains("GRANT REPLICATION SLAVE");
        Run human = run("readiness", "--source", url);
        assertThat(human.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(human.out()).contains("FAIL replication-privileges").contains("fix: GRANT REPLICATION SLAVE");
    }
}
