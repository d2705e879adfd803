package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Source DDL and values during CDC, on both servers: ADD COLUMN with NOT NULL / DEFAULT backfills the existing rows
 * as the source does (or pauses when it cannot), a RENAME TABLE is followed on the target and survives a restart,
 * and a NUL character in text pauses only its table, naming the key.
 */
class CdcSourceDdlTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final CdcOptions OPTIONS = CdcOptions.defaults().withMaxBackoffMillis(1_000);

    static TestDatabase source(Engine engine, String hint, String... statements) throws Exception {
        TestDatabase db = Databases.newSourceDatabase(engine, hint);
        db.execute(statements);
        return db;
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void addColumnBackfillsAsTheSourceDoesAndRenamesAreFollowedAcrossARestart(Engine engine) throws Exception {
        // Issue 20 items 3 (ADD COLUMN ... NOT NULL DEFAULT backfilled) and 5 (RENAME TABLE followed across a restart).
        TestDatabase src = source(engine, "cdc_ddl",
                "CREATE TABLE items (id int PRIMARY KEY, name varchar(20))",
                "INSERT INTO items VALUES (1, 'a'), (2, 'b'), (3, NULL)",
                "CREATE TABLE renamed (id int PRIMARY KEY, v int)", "INSERT INTO renamed VALUES (1, 1), (2, 2)",
                "CREATE TABLE stamped (id int PRIMARY KEY)", "INSERT INTO stamped VALUES (1)");
        TestDatabase pg = FullLoadTest.convertedTarget(src);
        String schema = Sql.pg(src.database());
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, OPTIONS)) {
            cdc.awaitCaughtUp(src, WAIT);
            src.execute("ALTER TABLE items ADD COLUMN qty INT NOT NULL DEFAULT 0, ADD COLUMN label varchar(10) NOT NULL,"
                            + " ADD COLUMN note varchar(10) DEFAULT 'n/a', ADD COLUMN extra int",
                    "INSERT INTO items (id, name, qty, label) VALUES (4, 'd', 7, 'x')",
                    "RENAME TABLE renamed TO renamed_now",
                    "INSERT INTO renamed_now VALUES (3, 3)", "UPDATE renamed_now SET v = 10 WHERE id = 1",
                    "ALTER TABLE stamped ADD COLUMN at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP",
                    "INSERT INTO stamped (id) VALUES (2)");
            cdc.awaitCaughtUp(src, WAIT);
            try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT string_agg(id || ':' || qty || ':' || quote_nullable(label) || ':'"
                        + " || quote_nullable(note) || ':' || quote_nullable(extra), ' ' ORDER BY id) FROM " + schema
                        + ".items");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1:0:'':'n/a':NULL 2:0:'':'n/a':NULL 3:0:'':'n/a':NULL"
                        + " 4:7:'x':'n/a':NULL");
                rs = s.executeQuery("SELECT string_agg(id || '=' || v, ' ' ORDER BY id) FROM " + schema
                        + ".renamed_now");
                rs.next();
                assertThat(rs.getString(1)).as("the rename is followed").isEqualTo("1=10 2=2 3=3");
                assertThat(paused(pg, src)).containsOnlyKeys("stamped");
                assertThat(paused(pg, src).get("stamped")).contains("CURRENT_TIMESTAMP");
            }
        }
        // a second run resumes from the checkpoint, the paused table and the renamed one included
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, OPTIONS)) {
            src.execute("INSERT INTO renamed_now VALUES (4, 4)", "UPDATE items SET qty = qty + 1",
                    "ALTER TABLE renamed_now RENAME TO renamed_again", "DELETE FROM renamed_again WHERE id = 2");
            cdc.awaitCaughtUp(src, WAIT);
            SameRows.assertSame(src, pg, "items", "id, name, qty, label, note, extra",
                    "id, name, qty, label, note, extra", "id");
            SameRows.assertSame(src, pg, "renamed_again", "id, v", "id, v", "id");
            try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT status FROM dmspilot.checkpoint WHERE schema_name = " + Sql.literal(src.database()))) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("running");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void anAlterWithEscapedTextIsReadAsTheServerReadsIt(Engine engine) throws Exception {
        // The binlog carries the ALTER as typed: a default with escapes is backfilled with the value the server
        // stores (a newline, \% with its backslash), and a quote escaped inside a CHECK does not swallow the clauses
        // after it (the column added last is there).
        TestDatabase src = source(engine, "cdc_escapes", "CREATE TABLE notes (id int PRIMARY KEY, name varchar(20))",
                "INSERT INTO notes VALUES (1, 'a'), (2, NULL)");
        TestDatabase pg = FullLoadTest.convertedTarget(src);
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, OPTIONS)) {
            cdc.awaitCaughtUp(src, WAIT);
            src.execute("ALTER TABLE notes ADD COLUMN memo varchar(20) NOT NULL DEFAULT 'a\\nb\\%',"
                            + " ADD CONSTRAINT no_its CHECK (name <> 'it\\'s)'), ADD COLUMN qty int NOT NULL DEFAULT 3",
                    "INSERT INTO notes (id, name) VALUES (3, 'c')", "UPDATE notes SET qty = 4 WHERE id = 1");
            cdc.awaitCaughtUp(src, WAIT);
            assertThat(paused(pg, src)).isEmpty();
            SameRows.assertSame(src, pg, "notes", "id, name, memo, qty", "id, name, memo, qty", "id");
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aNulCharacterPausesOnlyItsTableNamingTheKey(Engine engine) throws Exception {
        // Issue 20 item 4, CDC side (the full load: UnstorableValueLoadTest).
        TestDatabase src = source(engine, "cdc_nul", "CREATE TABLE texts (id int PRIMARY KEY, body text)",
                "CREATE TABLE other (id int PRIMARY KEY, v int)");
        TestDatabase pg = FullLoadTest.convertedTarget(src);
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC, OPTIONS)) {
            cdc.awaitCaughtUp(src, WAIT);
            src.execute("INSERT INTO texts VALUES (1, 'fine'), (7, CONCAT('a', CHAR(0), 'b'))",
                    "INSERT INTO other VALUES (1, 1)", "UPDATE other SET v = 2", "INSERT INTO texts VALUES (8, 'x')");
            cdc.awaitCaughtUp(src, WAIT);
            assertThat(paused(pg, src)).containsOnlyKeys("texts");
            assertThat(paused(pg, src).get("texts")).contains("NUL", "key (id) = (7)");
            try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT v FROM " + Sql.pg(src.database()) + ".other WHERE id = 1")) {
                assertThat(rs.next()).as("the other table goes on").isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    static Map<String, String> paused(TestDatabase pg, TestDatabase src) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT table_name, reason"
                + " FROM dmspilot.cdc_paused WHERE schema_name = " + Sql.literal(src.database()))) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
