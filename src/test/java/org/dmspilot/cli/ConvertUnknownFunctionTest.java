package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmspilot convert --apply} on a live MariaDB schema holding a view that calls a function the schema does not
 * have (created, used by the view, then dropped: MariaDB keeps the view): that view is not applied and its item names
 * the function; the tables, the other views, the routine and the trigger are applied.
 */
class ConvertUnknownFunctionTest {
    @TempDir
    Path dir;

    @Test
    void aViewCallingAnUnknownFunctionIsNamedAndTheRestOfTheSchemaIsApplied() throws Exception {
        TestDatabase maria = Databases.newMariaDbDatabase("unknown_fn");
        try (Connection c = maria.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(40), price DECIMAL(8,2))");
            s.execute("CREATE TABLE item_log (id INT AUTO_INCREMENT PRIMARY KEY, item_id INT)");
            s.execute("INSERT INTO item VALUES (1, 'bolt', 0.25), (2, 'nut', 0.10)");
            s.execute("CREATE FUNCTION legacy_tax(p DECIMAL(8,2)) RETURNS DECIMAL(8,2) DETERMINISTIC RETURN p * 1.2");
            s.execute("CREATE VIEW a_priced AS SELECT id, legacy_tax(price) AS gross FROM item");
            s.execute("DROP FUNCTION legacy_tax");
            s.execute("CREATE VIEW b_names AS SELECT id, upper(name) AS name FROM item");
            s.execute("CREATE FUNCTION net(p DECIMAL(8,2)) RETURNS DECIMAL(8,2) DETERMINISTIC RETURN p / 1.2");
            s.execute("CREATE VIEW c_net AS SELECT id, net(price) AS net FROM item");
            s.execute("CREATE TRIGGER item_added AFTER INSERT ON item FOR EACH ROW"
                    + " INSERT INTO item_log (item_id) VALUES (NEW.id)");
        }
        TestDatabase pg = Databases.newPostgresDatabase("unknown_fn_target");

        Cli.Run r = Cli.run("convert", "--source", maria.jdbcUrlWithCredentials(), "--out", dir.toString(), "--apply",
                "--target", pg.jdbcUrlWithCredentials());

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILED);
        String notApplied = r.out().substring(r.out().indexOf("Not applied"));
        assertThat(notApplied).startsWith("Not applied (1 objects)").contains("APPLY-FAILED")
                .contains(maria.database() + ".a_priced").contains("legacy_tax").contains("does not exist")
                .doesNotContain("b_names").doesNotContain("c_net");
        assertThat(objects(pg, maria.database())).containsExactlyInAnyOrder("table item", "table item_log",
                "view b_names", "view c_net", "function net", "trigger item_added");
    }

    private static List<String> objects(TestDatabase pg, String schema) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT CASE c.relkind WHEN 'v' THEN 'view ' ELSE 'table ' END || c.relname FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "'"
                        + " AND c.relkind IN ('r', 'v')"
                        + " UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n"
                        + " ON n.oid = p.pronamespace WHERE n.nspname = '" + schema + "' AND p.prorettype"
                        + " <> 'trigger'::regtype"
                        + " UNION ALL SELECT 'trigger ' || t.tgname FROM pg_trigger t JOIN pg_class c"
                        + " ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = '" + schema + "' AND NOT t.tgisinternal")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
