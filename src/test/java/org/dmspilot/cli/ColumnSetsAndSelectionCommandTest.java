package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} and {@code validate} on a target whose columns drifted from the source, and with table mappings
 * that are misspelled or select nothing: each is a failure naming the column or the rule, and nothing is reloaded.
 */
class ColumnSetsAndSelectionCommandTest {
    @TempDir
    Path dir;
    TestDatabase maria;
    TestDatabase pg;

    @BeforeEach
    void loaded() throws Exception {
        maria = Databases.newMariaDbDatabase("colsets");
        maria.execute("CREATE TABLE orders (id int PRIMARY KEY, qty int NOT NULL, note varchar(20))",
                "INSERT INTO orders VALUES (1, 5, 'a'), (2, 7, 'b')",
                "CREATE TABLE audit (id int PRIMARY KEY, what varchar(20))", "INSERT INTO audit VALUES (1, 'x')");
        pg = Databases.newPostgresDatabase("colsets_target");
        Cli.Run m = migrate();
        assertThat(m.exit()).as(m.err()).isZero();
    }

    private Cli.Run migrate(String... more) {
        String[] base = {"migrate", "--source", maria.jdbcUrlWithCredentials(), "--target",
            pg.jdbcUrlWithCredentials(), "--mode", "full-load", "--workers", "1"};
        return Cli.run(concat(base, more));
    }

    private Cli.Run validate(String... more) {
        String[] base = {"validate", "--source", maria.jdbcUrlWithCredentials(), "--target",
            pg.jdbcUrlWithCredentials(), "--workers", "1"};
        return Cli.run(concat(base, more));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private long targetRows(String table) throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM " + maria.database() + "." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aColumnMissingOnTheTargetFailsValidationAndStopsTheLoadBeforeAnyRowIsTouched() throws Exception {
        // Issue 20 item 2: validate said Identical and the load skipped the column.
        assertThat(validate().exit()).isZero();
        pg.execute("ALTER TABLE " + maria.database() + ".orders DROP COLUMN note");
        Cli.Run v = validate();
        assertThat(v.exit()).as(v.out() + v.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(v.out()).contains("DIFFERENT  orders").contains("source column note (varchar) has no column note");

        pg.execute("INSERT INTO " + maria.database() + ".orders VALUES (99, 1)");
        Cli.Run m = migrate();
        assertThat(m.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(m.err()).contains("orders: source column note").contains("nothing was loaded");
        assertThat(targetRows("orders")).as("the target was not truncated").isEqualTo(3);
    }

    @Test
    void extraAndDifferentlyTypedTargetColumnsAreMismatchesNamingTheColumn() throws Exception {
        pg.execute("ALTER TABLE " + maria.database() + ".orders ADD COLUMN added int",
                "ALTER TABLE " + maria.database() + ".orders ALTER COLUMN qty TYPE text");
        Cli.Run v = validate("--json");
        assertThat(v.exit()).as(v.out() + v.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(v.out()).contains("target column added (integer) has no source column")
                .contains("column qty is int on the source but text on the target");
    }

    @Test
    void aMisspelledExcludeIsRefusedAndTheTableLeftAloneKeepsItsRows() throws Exception {
        // Issue 20 item 1: a misspelled rule-action deleted the target rows of a table meant to be left alone.
        pg.execute("INSERT INTO " + maria.database() + ".audit VALUES (2, 'target only')");
        Path mappings = Files.writeString(dir.resolve("m.json"), """
                {"rules": [
                  {"rule-type": "selection", "rule-id": "1", "rule-name": "all",
                   "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"},
                  {"rule-type": "selection", "rule-id": "2", "rule-name": "leave-audit",
                   "object-locator": {"schema-name": "%", "table-name": "audit"}, "rule-action": "excluded"}]}
                """);
        Cli.Run m = migrate("--table-mappings", mappings.toString());
        assertThat(m.exit()).as(m.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(m.err()).contains("m.json: line 5, column").contains("unknown rule-action \"excluded\"");
        assertThat(targetRows("audit")).isEqualTo(2);
    }

    @Test
    void mappingsThatSelectNoTableAreNotASuccess() throws Exception {
        // Issue 20 item 2: "validated 0 tables, Identical", exit 0.
        Path mappings = Files.writeString(dir.resolve("none.json"), """
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "typo",
                  "object-locator": {"schema-name": "%", "table-name": "ordres"}, "rule-action": "include"}]}
                """);
        Cli.Run v = validate("--table-mappings", mappings.toString());
        assertThat(v.exit()).as(v.out() + v.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(v.err()).contains("select none of the 2 tables");
        assertThat(v.out()).doesNotContain("Identical");
    }
}
