package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dmspilot.core.engine.CdcFixture;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.Rows;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20 item 6: source tables whose names differ only in case ({@code Case}, {@code case}: MariaDB and MySQL with
 * lower_case_table_names = 0), or 64-character names that differ in case or only after PostgreSQL's 63 bytes,
 * became one PostgreSQL table (apply failed;
 * with the tables made by hand the load merged them). Now they get unique, deterministic names reported as
 * NAME-COLLISION items, and the conversion, the full load, CDC and validation use the same names. And
 * {@code convert}/{@code migrate} apply {@code --table-mappings}' renames and type changes in the conversion, which
 * the load and {@code validate} follow (issue 20 item 6, and the brief's change-data-type item for ColumnSets).
 */
class NameCollisionMigrationTest {
    /** 59 characters: + 5 makes MySQL's longest name (64), beyond PostgreSQL's 63 bytes. */
    private static final String LONG = "a_table_name_of_sixty_four_characters_past_postgres_limit__";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void tablesDifferingOnlyInCaseStayApartThroughConvertLoadCdcAndValidate(Engine engine) throws Exception {
        TestDatabase src = FullLoadTest.source(engine, "case_names",
                "CREATE TABLE `Case` (id int PRIMARY KEY, v varchar(20))",
                "CREATE TABLE `case` (id int PRIMARY KEY, v varchar(20), case_id int,"
                        + " FOREIGN KEY (case_id) REFERENCES `Case` (id))",
                "CREATE TABLE `" + LONG + "AbCdE` (id int PRIMARY KEY, n int)",
                "CREATE TABLE `" + LONG + "abcde` (id int PRIMARY KEY, n int)",
                "INSERT INTO `Case` VALUES (1, 'upper one'), (2, 'upper two')",
                "INSERT INTO `case` VALUES (1, 'lower one', 2)",
                "CREATE TABLE `" + LONG + "zzzz1` (id int PRIMARY KEY)", "CREATE TABLE `" + LONG + "zzzz2` (id int"
                        + " PRIMARY KEY)",
                "INSERT INTO `" + LONG + "AbCdE` VALUES (1, 10)", "INSERT INTO `" + LONG + "abcde` VALUES (1, 20)",
                "INSERT INTO `" + LONG + "zzzz1` VALUES (1)", "INSERT INTO `" + LONG + "zzzz2` VALUES (2)");
        TestDatabase pg = Databases.newPostgresDatabase(src.database() + "_pg");
        Cli.Run convert = Cli.run("convert", "--source", src.jdbcUrlWithCredentials(), "--out",
                dir.resolve("out").toString(), "--apply", "--target", pg.jdbcUrlWithCredentials());
        assertThat(convert.exit()).as(convert.out() + convert.err()).isZero();
        assertThat(convert.out()).contains("NAME-COLLISION")
                .contains("Table Case becomes case_2: its PostgreSQL name case is taken by case");
        String schema = src.database();
        assertThat(rows(pg, "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE"
                + " nspname = '" + schema + "' AND relkind = 'r' ORDER BY relname")).hasSize(6)
                .contains("case", "case_2").allSatisfy(t -> assertThat(t.getBytes()).hasSizeLessThanOrEqualTo(63));

        try (CdcFixture cdc = CdcFixture.start(src, pg)) {
            cdc.awaitCaughtUp(src, Duration.ofSeconds(120));
            src.execute("INSERT INTO `Case` VALUES (3, 'upper three')", "UPDATE `case` SET v = 'lower changed'",
                    "INSERT INTO `" + LONG + "abcde` VALUES (2, 21)", "DELETE FROM `" + LONG + "AbCdE`");
            cdc.awaitCaughtUp(src, Duration.ofSeconds(120));
        }

        assertThat(rows(pg, "SELECT string_agg(v, ',' ORDER BY id) FROM " + schema + ".case_2"))
                .containsExactly("upper one,upper two,upper three");
        assertThat(rows(pg, "SELECT string_agg(v, ',' ORDER BY id) FROM " + schema + ".\"case\""))
                .containsExactly("lower changed");
        Cli.Run validate = Cli.run("validate", "--source", src.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--workers", "1");
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("identical  Case: rows 3").contains("identical  case: rows 1")
                .contains("identical  " + LONG + "AbCdE: rows 0").contains("identical  " + LONG + "abcde: rows 2")
                .contains("identical  " + LONG + "zzzz2: rows 1").contains("Identical.");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void migrateConvertsWithTheTableMappingsAndValidateComparesUnderTheirNamesAndTypes(Engine engine)
            throws Exception {
        TestDatabase src = FullLoadTest.source(engine, "mapped_names",
                "CREATE TABLE orders (id int PRIMARY KEY, qty int, note varchar(20), secret varchar(20))",
                "CREATE TABLE audit (id int PRIMARY KEY)", "INSERT INTO audit VALUES (1)",
                "INSERT INTO orders VALUES (1, 5, 'a', 's1'), (2, 7, NULL, 's2')");
        Path mappings = Files.writeString(dir.resolve("m.json"), """
                {"rules": [
                  {"rule-type": "selection", "rule-id": "1", "rule-name": "all",
                   "object-locator": {"schema-name": "%s", "table-name": "%%"}, "rule-action": "include"},
                  {"rule-type": "selection", "rule-id": "2", "rule-name": "no-audit",
                   "object-locator": {"schema-name": "%s", "table-name": "audit"}, "rule-action": "exclude"},
                  {"rule-type": "transformation", "rule-id": "3", "rule-name": "t", "rule-target": "table",
                   "object-locator": {"schema-name": "%s", "table-name": "orders"}, "rule-action": "rename",
                   "value": "purchase_orders"},
                  {"rule-type": "transformation", "rule-id": "4", "rule-name": "c", "rule-target": "column",
                   "object-locator": {"schema-name": "%s", "table-name": "orders", "column-name": "note"},
                   "rule-action": "rename", "value": "remark"},
                  {"rule-type": "transformation", "rule-id": "5", "rule-name": "d", "rule-target": "column",
                   "object-locator": {"schema-name": "%s", "table-name": "orders", "column-name": "qty"},
                   "rule-action": "change-data-type", "data-type": {"type": "string", "length": 12}},
                  {"rule-type": "transformation", "rule-id": "6", "rule-name": "r", "rule-target": "column",
                   "object-locator": {"schema-name": "%s", "table-name": "orders", "column-name": "secret"},
                   "rule-action": "remove-column"}
                ]}""".formatted(src.database(), src.database(), src.database(), src.database(), src.database(),
                src.database()));
        TestDatabase pg = Databases.newPostgresDatabase(src.database() + "_pg");
        String[] both = {"--source", src.jdbcUrlWithCredentials(), "--target", pg.jdbcUrlWithCredentials(),
            "--table-mappings", mappings.toString(), "--workers", "1"};

        Cli.Run migrate = Cli.run(concat(new String[] {"migrate", "--mode", "full-load"}, both));
        Cli.Run validate = Cli.run(concat(new String[] {"validate"}, both));

        assertThat(migrate.exit()).as(migrate.out() + migrate.err()).isZero();
        String schema = src.database();
        assertThat(rows(pg, "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = '" + schema + ".purchase_orders'::regclass AND attnum > 0 ORDER BY attnum"))
                .containsExactly("id integer", "qty character varying(12)", "remark character varying(20)");
        assertThat(rows(pg, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE nspname = '" + schema + "' AND relname IN ('orders', 'audit')")).containsExactly("0");
        assertThat(rows(pg, "SELECT string_agg(qty || '/' || coalesce(remark, '-'), ',' ORDER BY id) FROM "
                + schema + ".purchase_orders")).containsExactly("5/a,7/-");
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("identical  orders: rows 2").doesNotContain("audit")
                .contains("Identical.");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<String> rows(TestDatabase pg, String sql) throws Exception {
        return Rows.firstColumn(pg, sql);
    }
}
