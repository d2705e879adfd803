package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A converted table the target lacks (PostgreSQL refused it when the schema was applied) no longer stops the whole
 * migration: {@code migrate} loads the tables that exist, names the missing one, and exits 1.
 */
class MissingTargetTableMigrateTest {
    @TempDir
    Path dir;

    @Test
    void migrateLoadsTheTablesThatExistNamesTheMissingOneAndExitsOne() throws Exception {
        TestDatabase src = Databases.newMariaDbDatabase("missing_table_src");
        src.execute("CREATE TABLE customers (id int PRIMARY KEY, name varchar(40))",
                "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total decimal(8,2))",
                "CREATE TABLE notes (id int PRIMARY KEY, body text)",
                "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')",
                "INSERT INTO orders VALUES (10, 1, 9.50), (11, 2, 20.00), (12, 2, 1.25)",
                "INSERT INTO notes VALUES (1, 'n')");
        TestDatabase pg = Databases.newPostgresDatabase("missing_table_tgt");
        Cli.Run convert = Cli.run("convert", "--source", src.jdbcUrlWithCredentials(), "--out", dir.toString(),
                "--apply", "--target", pg.jdbcUrlWithCredentials());
        assertThat(convert.exit()).as(convert.out() + convert.err()).isZero();
        String schema = TablePairs.targetSchema(src.database());
        pg.execute("DROP TABLE " + schema + ".notes");

        Cli.Run r = Cli.run("migrate", "--source", src.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--mode", "full-load");

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("Not loaded (1 tables").contains("Table notes has no converted table "
                + schema + ".notes");
        assertThat(r.out()).contains("Loaded 5 rows in 2 tables");
        assertThat(count(pg, schema + ".customers")).isEqualTo(2);
        assertThat(count(pg, schema + ".orders")).isEqualTo(3);
    }

    private static long count(TestDatabase pg, String table) throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM "
                + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
