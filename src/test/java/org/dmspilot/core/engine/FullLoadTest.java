package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.core.validate.TableReport;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Full load and validation on the real servers, each test on MariaDB and on Oracle MySQL. */
public class FullLoadTest {
    static final String ZOO = """
            CREATE TABLE zoo (
              id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
              big_u bigint unsigned, int_u int unsigned, tiny_u tinyint unsigned,
              d date, dt datetime(6), ts timestamp(3) NULL DEFAULT NULL,
              color enum('red','green','blue'), tags set('a','b','c'),
              doc json, flags bit(10), yr year, active tinyint(1), price decimal(12,4),
              name varchar(100) CHARACTER SET utf8mb4, bin varbinary(16), note text)""";

    static TestDatabase source(String hint, String... statements) throws Exception {
        return source(Engine.MARIADB, hint, statements);
    }

    /** A new source database on the {@code engine} server, made by {@code statements} (sql_mode ''). */
    public static TestDatabase source(Engine engine, String hint, String... statements) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, hint);
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("SET SESSION sql_mode = ''");
            s.execute(deepRecursion(engine));
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return db;
    }

    /**
     * The integers {@code from..to} as a derived table with the column {@code seq}, on MySQL and MariaDB alike (MariaDB's
     * {@code seq_1_to_n} tables do not exist on MySQL; sources made by {@link #source} allow the recursion depth).
     */
    public static String numbers(int from, int to) {
        return "(WITH RECURSIVE n (seq) AS (SELECT " + from + " UNION ALL SELECT seq + 1 FROM n WHERE seq < " + to
                + ") SELECT seq FROM n) AS numbers";
    }

    /** The session setting that lets {@link #numbers} count past 1,000 on {@code engine}. */
    public static String deepRecursion(Engine engine) {
        return engine == Engine.MYSQL ? "SET SESSION cte_max_recursion_depth = 10000000"
                : "SET SESSION max_recursive_iterations = 10000000";
    }

    public static TestDatabase convertedTarget(TestDatabase maria) throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase(maria.database() + "_pg");
        try (Connection s = maria.connect(); Connection t = pg.connect()) {
            TargetSchema.convertAndApply(s, t, maria.database(), "test", ProgressListener.NONE);
        }
        return pg;
    }

    static ConnectionFactory factory(TestDatabase db) {
        return db::connect;
    }

    static LoadResult load(TestDatabase maria, TestDatabase pg, LoadOptions options) {
        return new FullLoad(factory(maria), factory(pg), options).run(maria.database(), ProgressListener.NONE);
    }

    public static ValidationReport validate(TestDatabase maria, TestDatabase pg) {
        return new Validator(factory(maria), factory(pg), 2, chunkRows(maria)).validate(maria.database(),
                ProgressListener.NONE);
    }

    /**
     * Chunks of 3 rows, so that the small tables of these tests are checked in several chunks and a difference is
     * drilled down to its key; but at most ~50 chunks per table (a 50,000-row table in 3-row chunks is 16,667 queries on
     * each side: minutes on a busy machine, and no more coverage).
     */
    static long chunkRows(TestDatabase source) {
        long largest = 0;
        try (Connection c = source.connect(); var s = c.createStatement();
                ResultSet tables = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema"
                        + " = DATABASE() AND table_type = 'BASE TABLE'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                try (ResultSet n = s.executeQuery("SELECT COUNT(*) FROM `" + name.replace("`", "``") + "`")) {
                    n.next();
                    largest = Math.max(largest, n.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("counting the rows of " + source.database() + ": " + e.getMessage(), e);
        }
        return Math.max(3, largest / 50);
    }

    public static TestDatabase zoo(String hint) throws Exception {
        return zoo(Engine.MARIADB, hint);
    }

    public static TestDatabase zoo(Engine engine, String hint) throws Exception {
        return source(engine, hint, ZOO, """
                INSERT INTO zoo VALUES
                (1, 18446744073709551615, 4294967295, 255, '0000-00-00', '0000-00-00 00:00:00', NULL, 'red', 'a,c',
                 '{"b": 1, "a": {"y": [1, 2], "x": "z"}}', b'1010000001', 2155, 1, 12345678.1234,
                 'emoji 😀 tab\\t nl\\n back\\\\slash', X'00FF10', 'quote '' "dq"'),
                (2, 0, 0, 0, '2024-02-29', '2024-02-29 23:59:59.123456', '2024-06-01 12:00:00.250', 'blue', '',
                 '{"a": {"x": "z", "y": [1, 2]}, "b": 1}', b'0', 0, 0, -0.0001, '', X'', NULL),
                (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)""");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void shopwaveLoadsAndValidatesIdentical(Engine engine) throws Exception {
        TestDatabase maria = Databases.newSourceDatabase(engine, "load_shopwave");
        try (Connection c = maria.connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            Shopwave.load(c);
        }
        TestDatabase pg = convertedTarget(maria);
        LoadResult result = load(maria, pg, LoadOptions.defaults().withWorkers(2).withChunkRows(50));
        assertThat(result.start()).isPresent();
        assertThat(result.deferredObjects()).isPositive();
        Shopwave.ROW_COUNTS.forEach((table, rows) ->
                assertThat(result.rowsByTable().get(table)).as(table).isEqualTo(rows.longValue()));
        ValidationReport report = validate(maria, pg);
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.identical()).as(t.toString()).isTrue());
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, binlog_file, binlog_position FROM dmspilot.checkpoint")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("loaded");
            assertThat(rs.getString(2)).isEqualTo(result.start().get().file());
            assertThat(rs.getLong(3)).isEqualTo(result.start().get().position());
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void typeZooLoadsExactValuesAndValidatesIdentical(Engine engine) throws Exception {
        TestDatabase maria = zoo(engine, "load_zoo");
        TestDatabase pg = convertedTarget(maria);
        load(maria, pg, LoadOptions.defaults().withWorkers(2));
        List<String> rows = new ArrayList<>();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT id, big_u, int_u,"
                + " tiny_u, d, dt, ts AT TIME ZONE 'UTC', color, tags, doc, flags, yr, active, price, name, bin,"
                + " note FROM " + maria.database() + ".zoo ORDER BY id")) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 17; i++) {
                    b.append(rs.getString(i)).append(" | ");
                }
                rows.add(b.toString());
            }
        }
        assertThat(rows).containsExactly(
                "1 | 18446744073709551615 | 4294967295 | 255 | null | null | null | red | {a,c} | "
                        + "{\"a\": {\"x\": \"z\", \"y\": [1, 2]}, \"b\": 1} | 1010000001 | 2155 | t | 12345678.1234 | "
                        + "emoji 😀 tab\t nl\n back\\slash | \\x00ff10 | quote ' \"dq\" | ",
                "2 | 0 | 0 | 0 | 2024-02-29 | 2024-02-29 23:59:59.123456 | 2024-06-01 12:00:00.25 | blue | {} | "
                        + "{\"a\": {\"x\": \"z\", \"y\": [1, 2]}, \"b\": 1} | 0000000000 | 0 | f | -0.0001 |  | \\x | "
                        + "null | ",
                "3 | null | null | null | null | null | null | null | null | null | null | null | null | null | "
                        + "null | null | null | ");
        assertThat(validate(maria, pg).identical()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void textOfEveryCharsetAndValuesLongerThanTheCopyBufferArriveExactly(Engine engine) throws Exception {
        TestDatabase maria = source(engine, "load_charsets", "CREATE TABLE txt (id int PRIMARY KEY,"
                + " l1 varchar(40) CHARACTER SET latin1, u8 varchar(40) CHARACTER SET utf8mb4,"
                + " big longtext CHARACTER SET utf8mb4, c char(4), e enum('ä','b'))",
                "INSERT INTO txt VALUES (1, 'café\\\\x', 'cr\\r lf\\n tab\\t 😀', REPEAT('ü\\\\\\t😀', 200000),"
                        + " 'ab', 'ä'), (2, '', '', '', '', NULL)");
        TestDatabase pg = convertedTarget(maria);
        load(maria, pg, LoadOptions.defaults().withWorkers(2));
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT l1, u8,"
                + " length(big), md5(big), c, e::text FROM " + maria.database() + ".txt ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("café\\x");
            assertThat(rs.getString(2)).isEqualTo("cr\r lf\n tab\t 😀");
            assertThat(rs.getInt(3)).isEqualTo(800_000);
            assertThat(rs.getString(4)).isEqualTo(md5("ü\\\t😀".repeat(200_000)));
            assertThat(rs.getString(5)).as("char(4) keeps its padding in PostgreSQL").isEqualTo("ab  ");
            assertThat(rs.getString(6)).isEqualTo("ä");
            rs.next();
            assertThat(rs.getString(1)).isEmpty();
            assertThat(rs.getString(4)).isEqualTo(md5(""));
            assertThat(rs.getString(6)).isNull();
        }
        assertThat(validate(maria, pg).identical()).isTrue();
    }

    private static String md5(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aChangedRowOnTheTargetIsFoundDownToItsKey(Engine engine) throws Exception {
        TestDatabase maria = zoo(engine, "validate_changed");
        try (Connection c = maria.connect(); var s = c.createStatement()) {
            s.execute("INSERT INTO zoo (id, int_u, name) SELECT seq, seq, CONCAT('n', seq) FROM " + numbers(10, 40));
        }
        TestDatabase pg = convertedTarget(maria);
        load(maria, pg, LoadOptions.defaults());
        try (Connection c = pg.connect(); var s = c.createStatement()) {
            s.execute("SET search_path = " + maria.database());
            s.execute("UPDATE zoo SET name = 'changed' WHERE id = 17");
            s.execute("UPDATE zoo SET doc = '{\"b\": 2, \"a\": {\"x\": \"z\", \"y\": [1, 2]}}' WHERE id = 1");
            s.execute("DELETE FROM zoo WHERE id = 33");
        }
        ValidationReport report = validate(maria, pg);
        assertThat(report.identical()).isFalse();
        TableReport zoo = report.tables().get(0);
        assertThat(zoo.sourceRows()).isEqualTo(34);
        assertThat(zoo.targetRows()).isEqualTo(33);
        assertThat(zoo.mismatchingKeys()).containsExactlyInAnyOrder("1", "17", "33");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void tablesWithoutAPrimaryKeyAreCheckedWholeAndCompositeKeysDrillDownToTheKey(Engine engine) throws Exception {
        TestDatabase maria = source(engine, "validate_keys", "CREATE TABLE nopk (a int, b varchar(10))",
                "INSERT INTO nopk VALUES (1, 'x'), (1, 'x'), (2, NULL)",
                "CREATE TABLE pair (a int, b varchar(5), v text, PRIMARY KEY (a, b))",
                "INSERT INTO pair VALUES (1, 'p', 'one'), (2, 'q', 'two'), (3, 'r', NULL)");
        TestDatabase pg = convertedTarget(maria);
        load(maria, pg, LoadOptions.defaults());
        assertThat(validate(maria, pg).identical()).isTrue();
        pg.execute("UPDATE " + maria.database() + ".nopk SET b = 'y' WHERE a = 2",
                "UPDATE " + maria.database() + ".pair SET v = 'TWO' WHERE a = 2");
        ValidationReport report = validate(maria, pg);
        TableReport nopk = report.tables().stream().filter(t -> t.table().equals("nopk")).findFirst().orElseThrow();
        TableReport pair = report.tables().stream().filter(t -> t.table().equals("pair")).findFirst().orElseThrow();
        assertThat(nopk.identical()).isFalse();
        assertThat(nopk.mismatchedChunks()).isEqualTo(1);
        assertThat(nopk.sourceRows()).isEqualTo(3);
        assertThat(pair.mismatchingKeys()).containsExactly("2,q");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void cancellingMidLoadRecordsTheCancelAndTheNextLoadRebuildsEverything(Engine engine) throws Exception {
        TestDatabase maria = source(engine, "load_cancel", "CREATE TABLE t (id int PRIMARY KEY, v varchar(20),"
                + " KEY by_v (v))", "INSERT INTO t SELECT seq, CONCAT('v', seq) FROM " + numbers(1, 50000));
        TestDatabase pg = convertedTarget(maria);
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new FullLoad(factory(maria), factory(pg), LoadOptions.defaults())
                .run(maria.database(), cancelSoon)).isInstanceOf(CancelledException.class);
        try (Connection c = pg.connect(); var s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT status, message FROM dmspilot.checkpoint");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("cancelled");
            assertThat(rs.getString(2)).contains("dmspilot.deferred_ddl");
            rs = s.executeQuery("SELECT count(*) FROM dmspilot.deferred_ddl");
            rs.next();
            assertThat(rs.getInt(1)).as("primary key and index kept").isEqualTo(2);
        }
        load(maria, pg, LoadOptions.defaults());
        assertThat(validate(maria, pg).identical()).isTrue();
        try (Connection c = pg.connect(); var s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_indexes WHERE schemaname = '"
                    + maria.database() + "' ");
            rs.next();
            assertThat(rs.getInt(1)).as("t_pkey and by_v rebuilt").isEqualTo(2);
        }
    }
}
