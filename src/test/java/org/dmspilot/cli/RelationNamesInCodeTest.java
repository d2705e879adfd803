package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.Rows;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Views, routines and triggers name tables and views by the names the conversion gave them, not by their MySQL names
 * folded to lower case: tables {@code Case} and {@code case} become {@code case_2} and {@code "case"}, and a view over
 * {@code Case} must read {@code case_2} (it read {@code "case"}, the other table's rows); views {@code Vw} and
 * {@code vw} keep apart the same way; a trigger on {@code Case} fires on {@code case_2}.
 */
class RelationNamesInCodeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void codeObjectsNameTheRelationsTheConversionMade(Engine engine) throws Exception {
        TestDatabase src = FullLoadTest.source(engine, "relation_names",
                "CREATE TABLE `Case` (id int PRIMARY KEY, v varchar(20))",
                "CREATE TABLE `case` (id int PRIMARY KEY, v varchar(20))",
                "CREATE VIEW upper_rows AS SELECT v FROM `Case`",
                "CREATE VIEW `Vw` AS SELECT v FROM `Case`",
                "CREATE VIEW `vw` AS SELECT v FROM `case`",
                "CREATE VIEW both_views AS SELECT 'Vw' AS src, v FROM `Vw` UNION ALL SELECT 'vw', v FROM `vw`",
                "CREATE FUNCTION upper_count() RETURNS int READS SQL DATA RETURN (SELECT count(*) FROM `Case`)",
                "CREATE TRIGGER case_bi BEFORE INSERT ON `Case` FOR EACH ROW SET NEW.v = upper(NEW.v)");
        TestDatabase pg = Databases.newPostgresDatabase(src.database() + "_pg");
        Cli.Run convert = Cli.run("convert", "--source", src.jdbcUrlWithCredentials(), "--out",
                dir.resolve("out").toString(), "--apply", "--target", pg.jdbcUrlWithCredentials());
        assertThat(convert.exit()).as(convert.out() + convert.err()).isZero();
        String schema = src.database();
        pg.execute("INSERT INTO " + schema + ".case_2 VALUES (1, 'upper one'), (2, 'upper two')",
                "INSERT INTO " + schema + ".\"case\" VALUES (1, 'lower one')");

        assertThat(Rows.firstColumn(pg, "SELECT v FROM " + schema + ".upper_rows ORDER BY v"))
                .containsExactly("UPPER ONE", "UPPER TWO");
        assertThat(Rows.firstColumn(pg, "SELECT src || ':' || v FROM " + schema
                + ".both_views ORDER BY (src || v) COLLATE \"C\""))
                .containsExactly("Vw:UPPER ONE", "Vw:UPPER TWO", "vw:lower one");
        assertThat(Rows.firstColumn(pg, "SELECT " + schema + ".upper_count()")).containsExactly("2");
        assertThat(Rows.firstColumn(pg, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE nspname = '" + schema + "' AND relkind = 'v' ORDER BY 1"))
                .containsExactly("both_views", "upper_rows", "vw", "vw_2");
    }
}
