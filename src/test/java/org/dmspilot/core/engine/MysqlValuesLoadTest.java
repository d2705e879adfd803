package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.dmspilot.core.engine.ValueByValue.As;
import org.dmspilot.core.engine.ValueByValue.Col;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Oracle MySQL's own values through conversion, full load and validation: native JSON (over 64 KB, nested, numbers
 * such as 1.5e-7, 12345678.9 and 1e300), TIME beyond 24 hours, BIT(64), unsigned maxima, DECIMAL(65,30), float and
 * double extremes, an invisible column, a table with a generated invisible primary key, and expressions whose MySQL text
 * holds string literals (introducers, escaped quotes): generated columns stored and virtual, expression defaults, a
 * CHECK, a functional index. Ends with {@code validate} identical and every value compared one by one
 * ({@link ValueByValue}), also for a row each server fills in by itself from the same INSERT (so a generated column
 * that became a plain column, or a default that was lost, fails the test).
 */
class MysqlValuesLoadTest {
    /** Expressions with string literals, which MySQL 9.7 stores as {@code _utf8mb4\'x\'} in information_schema. */
    static final String LABELS = "CREATE TABLE labels (id int PRIMARY KEY, code varchar(20) NOT NULL,"
            + " status varchar(10) NOT NULL DEFAULT ('none'),"
            + " note varchar(40) DEFAULT (concat(_utf8mb4'it''s ', 'new')),"
            + " shout varchar(40) GENERATED ALWAYS AS (concat(_utf8mb4'x', code)) STORED,"
            + " quiet varchar(60) GENERATED ALWAYS AS (concat(code, _utf8mb4'-it''s \\\\ here')) VIRTUAL,"
            + " CONSTRAINT code_not_bad CHECK (code <> _utf8mb4'bad'),"
            + " INDEX by_bare_code ((replace(code, _utf8mb4'-', _utf8mb4''))))";
    static final List<Col> LABEL_COLUMNS = List.of(Col.of("id", As.NUMBER), Col.of("code", As.TEXT),
            Col.of("status", As.TEXT), Col.of("note", As.TEXT), Col.of("shout", As.TEXT), Col.of("quiet", As.TEXT));
    private static final String BIG_JSON = "CONCAT('{\"big\": \"', REPEAT('x\\\\u00e9 ', 30000), '\","
            + " \"nested\": {\"a\": [1, {\"b\": 1.5e-7, \"c\": [[[{\"d\": null}]]]}], \"n\": 12345678.9},"
            + " \"e\": 1e300, \"neg\": -0.0, \"u64\": 18446744073709551615, \"huge\": 12345678901234567890123,"
            + " \"t\": true, \"s\": \"tab\\\\t nl\\\\n 😀\"}')";

    private static TestDatabase source() throws Exception {
        return FullLoadTest.source(Engine.MYSQL, "mysql_values",
                "CREATE TABLE kinds (id int PRIMARY KEY, doc json, dur time(6), tod time, b64 bit(64),"
                        + " u8 tinyint unsigned, u16 smallint unsigned, u24 mediumint unsigned, u32 int unsigned,"
                        + " u64 bigint unsigned, d65 decimal(65,30), f float, dbl double,"
                        + " hidden varchar(20) INVISIBLE)",
                "INSERT INTO kinds (id, doc, dur, tod, b64, u8, u16, u24, u32, u64, d65, f, dbl, hidden) VALUES"
                        + " (1, " + BIG_JSON + ", '838:59:59', '23:59:59', b'" + "1".repeat(64) + "', 255, 65535,"
                        + " 16777215, 4294967295, 18446744073709551615,"
                        + " 99999999999999999999999999999999999.999999999999999999999999999999,"
                        + " 3.40282e38, 1.7976931348623157e308, 'not in SELECT *'),"
                        + " (2, '[1.5e-7, 12345678.9, 1e300, -1e-300, 0.1, 100, {\"k\": {\"k\": [\"v\"]}}]',"
                        + " '-838:59:59.000000', '00:00:00', b'1" + "0".repeat(63) + "', 0, 0, 0, 0, 0,"
                        + " -99999999999999999999999999999999999.999999999999999999999999999999, -1.17549e-38,"
                        + " 4.9e-324, ''),"
                        + " (3, '{\"a\": 1}', '24:00:00.000001', '12:30:00', b'0', 1, 2, 3, 4,"
                        + " 9223372036854775808, 0.000000000000000000000000000001, 1.5e-7, -2.5e-10, NULL),"
                        + " (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                LABELS, "INSERT INTO labels (id, code, status) VALUES (1, 'a-b', 'set'), (2, 'c', DEFAULT),"
                        + " (3, 'Ü-ö \\\\ ''q''', DEFAULT)",
                "SET SESSION sql_generate_invisible_primary_key = ON",
                "CREATE TABLE gipk_log (msg varchar(40), at datetime(3))",
                "SET SESSION sql_generate_invisible_primary_key = OFF",
                "INSERT INTO gipk_log VALUES ('first', '2024-01-01 00:00:00.125'), ('second', NULL), ('third',"
                        + " '2038-01-19 03:14:08')");
    }

    private static final List<Col> KINDS = List.of(Col.of("id", As.NUMBER), Col.of("doc", As.JSON),
            Col.of("dur", As.DURATION), Col.of("tod", As.DURATION), Col.of("b64", As.BITS), Col.of("u8", As.NUMBER),
            Col.of("u16", As.NUMBER), Col.of("u24", As.NUMBER), Col.of("u32", As.NUMBER), Col.of("u64", As.NUMBER),
            Col.of("d65", As.NUMBER), Col.of("f", As.DOUBLE), Col.of("dbl", As.DOUBLE), Col.of("hidden", As.TEXT));

    @Test
    void mysqlValuesLoadValidateIdenticalAndCompareOneByOne() throws Exception {
        TestDatabase mysql = source();
        TestDatabase pg = FullLoadTest.convertedTarget(mysql);
        String schema = mysql.database();

        LoadResult result = new FullLoad(mysql::connect, pg::connect, LoadOptions.defaults().withWorkers(2))
                .run(schema, ProgressListener.NONE);
        ValidationReport report = FullLoadTest.validate(mysql, pg);

        assertThat(result.rowsByTable()).containsEntry("kinds", 4L).containsEntry("gipk_log", 3L)
                .containsEntry("labels", 3L);
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.identical()).as(t.toString()).isTrue());
        try (Connection s = mysql.connect(); Connection t = pg.connect()) {
            assertThat(ValueByValue.differences(s, t, schema, "kinds", "id", KINDS)).isEmpty();
            assertThat(ValueByValue.differences(s, t, schema, "gipk_log", "my_row_id", List.of(
                    Col.of("my_row_id", As.NUMBER), Col.of("msg", As.TEXT), Col.of("at", As.DATETIME)))).isEmpty();
            try (ResultSet rs = t.createStatement().executeQuery("SELECT format_type(atttypid, atttypmod)"
                    + " FROM pg_attribute WHERE attrelid = '" + schema + ".kinds'::regclass AND attname IN"
                    + " ('dur', 'tod') ORDER BY attname")) {
                rs.next();
                assertThat(rs.getString(1)).as("durations beyond a day").isEqualTo("interval(6)");
                rs.next();
                assertThat(rs.getString(1)).as("times of day").startsWith("time");
            }
            assertThat(ValueByValue.differences(s, t, schema, "labels", "id", LABEL_COLUMNS)).isEmpty();
        }
        assertExpressionsKept(mysql, pg);
    }

    /**
     * The target keeps what MySQL computes: the same INSERT on both servers fills the defaults and generated columns
     * alike, the CHECK refuses the same value, the functional index exists, and both generated columns are generated.
     */
    private static void assertExpressionsKept(TestDatabase mysql, TestDatabase pg) throws Exception {
        String schema = mysql.database();
        mysql.execute("INSERT INTO labels (id, code) VALUES (100, 'pro-be ''x'' \\\\')");
        pg.execute("SET search_path = " + Sql.pg(schema),
                "INSERT INTO labels (id, code) VALUES (100, 'pro-be ''x'' \\')"); // standard strings: one backslash
        try (Connection s = mysql.connect(); Connection t = pg.connect()) {
            assertThat(ValueByValue.differences(s, t, schema, "labels", "id", LABEL_COLUMNS))
                    .as("a row each server filled in by itself").isEmpty();
            try (ResultSet rs = t.createStatement().executeQuery("SELECT string_agg(attname, ',' ORDER BY attname)"
                    + " FROM pg_attribute WHERE attrelid = '" + Sql.pg(schema) + ".labels'::regclass"
                    + " AND attgenerated = 's'")) {
                rs.next();
                assertThat(rs.getString(1)).as("generated columns on the target").isEqualTo("quiet,shout");
            }
            try (ResultSet rs = t.createStatement().executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                    + Sql.literal(schema) + " AND tablename = 'labels' AND indexdef LIKE '%replace(%'")) {
                assertThat(rs.next()).as("the functional index on the target").isTrue();
            }
        }
        String bad = "INSERT INTO labels (id, code) VALUES (101, 'bad')";
        assertThatThrownBy(() -> mysql.execute(bad)).as("MySQL's CHECK").hasMessageContaining("code_not_bad");
        assertThatThrownBy(() -> pg.execute("SET search_path = " + Sql.pg(schema), bad)).as("the target's CHECK")
                .hasMessageContaining("code_not_bad");
        assertThat(FullLoadTest.validate(mysql, pg).identical()).as("validate after the probe rows").isTrue();
    }

    @Test
    void aChangeValidationMustSeeIsFoundInEveryMysqlKind() throws Exception {
        TestDatabase mysql = source();
        TestDatabase pg = FullLoadTest.convertedTarget(mysql);
        new FullLoad(mysql::connect, pg::connect, LoadOptions.defaults()).run(mysql.database(),
                ProgressListener.NONE);
        pg.execute("SET search_path = " + mysql.database(),
                "UPDATE kinds SET doc = jsonb_set(doc, '{nested,n}', '12345678.91') WHERE id = 1",
                "UPDATE kinds SET dur = dur - interval '1 microsecond' WHERE id = 3",
                "UPDATE kinds SET dbl = 4.9e-324 * 2 WHERE id = 2",
                "UPDATE kinds SET hidden = 'changed' WHERE id = 1",
                "UPDATE gipk_log SET msg = 'SECOND' WHERE my_row_id = 2");

        ValidationReport report = FullLoadTest.validate(mysql, pg);

        assertThat(report.tables()).anySatisfy(t -> {
            assertThat(t.table()).isEqualTo("kinds");
            assertThat(t.mismatchingKeys()).containsExactlyInAnyOrder("1", "2", "3");
        });
        assertThat(report.tables()).anySatisfy(t -> {
            assertThat(t.table()).isEqualTo("gipk_log");
            assertThat(t.mismatchingKeys()).containsExactly("2");
        });
    }

    @Test
    void aTimeBeyondADayForATimeOfDayColumnStopsItsTableNamingTableKeyAndFix() throws Exception {
        TestDatabase mysql = FullLoadTest.source(Engine.MYSQL, "mysql_time_day", "CREATE TABLE shift"
                + " (id int PRIMARY KEY, starts time)", "INSERT INTO shift VALUES (1, '08:00:00'), (2, '17:30:00')");
        TestDatabase pg = FullLoadTest.convertedTarget(mysql);
        mysql.execute("INSERT INTO shift VALUES (3, '100:00:00')"); // written after the conversion chose time

        LoadResult result = new FullLoad(mysql::connect, pg::connect, LoadOptions.defaults())
                .run(mysql.database(), ProgressListener.NONE);

        assertThat(result.complete()).isFalse();
        assertThat(result.notLoaded().get("shift")).contains("Table shift, row with key (id) = (3), column starts"
                + " holds TIME 100:00:00, outside PostgreSQL's time range").contains("interval");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, message, (SELECT count(*) FROM " + mysql.database() + ".shift) FROM"
                        + " dmspilot.checkpoint")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("loaded");
            assertThat(rs.getString(2)).contains("not loaded").contains("shift");
            assertThat(rs.getLong(3)).as("left empty, not half-loaded").isZero();
        }
    }
}
