package org.dmspilot.core.engine;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Binlog CDC on the real servers (MariaDB and MySQL): every value kind, keys that move, tables without a key, DDL. */
class ChangeCaptureTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void everyValueKindTravelsThroughTheBinlogAsTheFullLoadCopiesIt(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.zoo(engine, "cdc_zoo");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, WAIT);
            maria.execute("SET SESSION sql_mode = ''", """
                    INSERT INTO zoo SELECT id + 10, big_u, int_u, tiny_u, d, dt, ts, color, tags, doc, flags, yr, active,
                     price, name, bin, note FROM zoo""", """
                    INSERT INTO zoo VALUES (20, 9223372036854775808, 2147483648, 128, '2000-01-01',
                     '1999-12-31 23:59:59.000001', '2038-01-19 03:14:07.999', 'green', 'b,c', '[1, "x", {"k": null}]',
                     b'1', 1901, 0, 0.5, 'Ünïcödé ✓', X'DEADBEEF', REPEAT('long ', 2000))""",
                    "UPDATE zoo SET note = 'changed', price = price * 2, tags = 'a,b,c' WHERE id IN (1, 11)",
                    "UPDATE zoo SET id = 99 WHERE id = 2",
                    "DELETE FROM zoo WHERE id = 3");
            cdc.awaitCaughtUp(maria, WAIT);
            ValidationReport report = FullLoadTest.validate(maria, pg);
            assertThat(report.identical()).as(report.toString()).isTrue();
            try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*), max(id) FROM " + Sql.pg(maria.database()) + ".zoo")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(6);
                assertThat(rs.getLong(2)).isEqualTo(99);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void largeTransactionsTravelThroughStagingTablesExactly(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.zoo(engine, "cdc_zoo_bulk");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, WAIT);
            // hundreds of rows per table and transaction: folded, then COPY (escapes: tab, newline, backslash)
            maria.execute("SET SESSION sql_mode = ''", """
                    INSERT INTO zoo SELECT z.id * 1000 + s.seq, z.big_u, z.int_u, z.tiny_u, z.d, z.dt, z.ts, z.color,
                     z.tags, z.doc, z.flags, z.yr, z.active, z.price, CONCAT(z.name, s.seq), z.bin, z.note
                     FROM zoo z JOIN """ + FullLoadTest.numbers(1, 300).replace(" AS numbers", " AS s"),
                    "UPDATE zoo SET note = CONCAT('tab\\tnl\\nbs\\\\', id), doc = JSON_SET(doc, '$.u', id) WHERE id % 2 = 0",
                    "DELETE FROM zoo WHERE id % 7 = 0");
            cdc.awaitCaughtUp(maria, WAIT);
            ValidationReport report = FullLoadTest.validate(maria, pg);
            assertThat(report.identical()).as(report.toString()).isTrue();
            assertThat(report.tables().get(0).sourceRows()).isGreaterThan(700);
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void tablesWithoutKeyUniqueSwapsAndSimpleDdlAreFollowed(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "cdc_shapes",
                "CREATE TABLE logbook (at datetime(3), who varchar(20), what text)",
                "INSERT INTO logbook VALUES ('2024-01-01 10:00:00', 'ann', 'a'), ('2024-01-01 10:00:00', 'ann', 'a')",
                "CREATE TABLE person (id int PRIMARY KEY, email varchar(40) UNIQUE, n smallint, code varchar(5))",
                "INSERT INTO person VALUES (1, 'a@x', 1, 'A'), (2, 'b@x', 2, 'B')",
                "CREATE TABLE gone (id int PRIMARY KEY, v int)", "INSERT INTO gone VALUES (1, 1)");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        try (CdcFixture cdc = CdcFixture.start(maria, pg)) {
            cdc.awaitCaughtUp(maria, WAIT);
            // one of two identical rows changes, then one is deleted: the other copy must stay
            maria.execute("UPDATE logbook SET what = 'b' LIMIT 1",
                    "INSERT INTO logbook VALUES ('2024-01-01 10:00:00', 'ann', 'a')",
                    "DELETE FROM logbook WHERE what = 'a' LIMIT 1", "INSERT INTO logbook VALUES (NULL, NULL, NULL)");
            // a unique value moves from one row to another inside one transaction: the folded batch conflicts
            try (Connection c = maria.connect(); var s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("UPDATE person SET email = 'tmp' WHERE id = 1");
                s.execute("UPDATE person SET email = 'a@x' WHERE id = 2");
                s.execute("UPDATE person SET email = 'b@x' WHERE id = 1");
                c.commit();
            }
            maria.execute("ALTER TABLE person ADD COLUMN born date, MODIFY n int, MODIFY code varchar(50)",
                    "INSERT INTO person VALUES (3, 'c@x', 100000, 'longer code', '1990-05-01')",
                    "ALTER TABLE person DROP COLUMN born", "UPDATE person SET n = n + 1",
                    "ALTER TABLE person ADD INDEX by_n (n)",
                    "ALTER TABLE gone RENAME COLUMN v TO w", "INSERT INTO gone VALUES (2, 2)");
            cdc.awaitCaughtUp(maria, WAIT);
            try (Connection c = pg.connect(); var s = c.createStatement()) {
                String schema = Sql.pg(maria.database());
                ResultSet rs = s.executeQuery("SELECT string_agg(coalesce(what, 'null'), ',' ORDER BY what) FROM "
                        + schema + ".logbook");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("a,b,null");
                rs = s.executeQuery("SELECT string_agg(id || '=' || email || '/' || n || '/' || code, ' ' ORDER BY id)"
                        + " FROM " + schema + ".person");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1=b@x/2/A 2=a@x/3/B 3=c@x/100001/longer code");
                rs = s.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                        + Sql.literal(maria.database()) + " AND table_name = 'person' AND column_name = 'born'");
                rs.next();
                assertThat(rs.getInt(1)).as("dropped column").isZero();
                rs = s.executeQuery("SELECT table_name, reason FROM dmspilot.cdc_paused WHERE schema_name = "
                        + Sql.literal(maria.database()));
                assertThat(rs.next()).as("the renamed column pauses its table").isTrue();
                assertThat(rs.getString(1)).isEqualTo("gone");
                assertThat(rs.getString(2)).contains("rename");
                rs = s.executeQuery("SELECT count(*) FROM " + schema + ".gone");
                rs.next();
                assertThat(rs.getInt(1)).as("changes of a paused table are not applied").isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aLargeTransactionIsAppliedInPiecesAndAStopInsideItResumesExactlyOnce(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "cdc_large_tx",
                "CREATE TABLE journal (n int, note varchar(20))", "CREATE TABLE item (id int PRIMARY KEY, v int)");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        CdcOptions small = new CdcOptions(100, 1_000, 1_000, 1_000);
        long skipAtStop;
        try (CdcFixture cdc = CdcFixture.start(maria, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, small)) {
            cdc.awaitCaughtUp(maria, WAIT);
            maria.execute(FullLoadTest.deepRecursion(engine),
                    "INSERT INTO journal SELECT seq, 'big' FROM " + FullLoadTest.numbers(1, 3000),
                    "SET autocommit = 0", "INSERT INTO journal SELECT seq, 'one tx' FROM " + FullLoadTest.numbers(1, 3000),
                    "INSERT INTO item SELECT seq, seq FROM " + FullLoadTest.numbers(1, 2000), "COMMIT");
            skipAtStop = stopInsideTransaction(cdc, pg, maria.database());
        }
        assertThat(skipAtStop).as("stopped between two pieces of the 5,000-row transaction").isPositive();
        try (CdcFixture cdc = CdcFixture.start(maria, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, small)) {
            cdc.awaitCaughtUp(maria, WAIT);
        }
        assertThat(FullLoadTest.validate(maria, pg).identical()).isTrue();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*),"
                + " count(DISTINCT (n, note)) FROM " + Sql.pg(maria.database()) + ".journal")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no duplicate, none lost").isEqualTo(6_000).isEqualTo(rs.getLong(2));
        }
    }

    /** Stops CDC as soon as the checkpoint is inside a transaction; returns the stored skip count (0: never was). */
    private static long stopInsideTransaction(CdcFixture cdc, TestDatabase pg, String schema) throws Exception {
        try (Connection c = pg.connect()) {
            Awaitility.await("a checkpoint inside the large transaction").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(2)).until(() -> {
                var state = CdcCheckpoint.read(c, TablePairs.targetSchema(schema));
                return state.isPresent() && state.get().skip() > 0;
            });
            cdc.migration.stop();
            cdc.thread.join(15_000);
            return CdcCheckpoint.read(c, TablePairs.targetSchema(schema)).orElseThrow().skip();
        }
    }
}
