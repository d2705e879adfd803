package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Keys, indexes and foreign keys dropped before a load and rebuilt after it, on a real PostgreSQL. */
class DeferredObjectsTest {
    private static final String SCHEMA = """
            CREATE SCHEMA s;
            CREATE TABLE s.parent (id int PRIMARY KEY, code text NOT NULL, CONSTRAINT parent_code UNIQUE (code));
            CREATE TABLE s.child (id bigint NOT NULL, parent_id int, tag text, part int,
              CONSTRAINT child_pk PRIMARY KEY (id),
              CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES s.parent (id) ON DELETE CASCADE,
              CONSTRAINT child_tag_part UNIQUE (tag, part) DEFERRABLE INITIALLY DEFERRED);
            CREATE INDEX child_lower_tag ON s.child (lower(tag)) WHERE part > 0;
            CREATE INDEX "Child Part" ON s.child (part DESC);
            INSERT INTO s.parent SELECT g, 'c' || g FROM generate_series(1, 50) g;
            INSERT INTO s.child SELECT g, 1 + g % 50, 't' || g, g % 7 FROM generate_series(1, 2000) g;
            """;

    private static List<String> definitions(Connection c) throws Exception {
        List<String> defs = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT conrelid::regclass || ' ' || conname || ' '"
                + " || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 's'::regnamespace"
                + " UNION ALL SELECT indexrelid::regclass || ' ' || pg_get_indexdef(indexrelid) FROM pg_index"
                + " WHERE indrelid IN ('s.parent'::regclass, 's.child'::regclass) ORDER BY 1")) {
            while (rs.next()) {
                defs.add(rs.getString(1));
            }
        }
        return defs;
    }

    private static int storedRows(Connection c) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + TargetPrep.DEFERRED)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void everyKeyIndexAndForeignKeyComesBackTheSameAfterIndexesAreBuiltInParallel() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("deferred_rebuild");
        pg.execute(SCHEMA);
        try (Connection c = pg.connect()) {
            TargetPrep.ensureTables(c);
            List<String> before = definitions(c);
            assertThat(before).hasSize(11); // 5 constraints (2 pk, 2 unique, 1 fk) + 6 indexes
            assertThat(TargetPrep.defer(c, "s")).isEqualTo(7);
            assertThat(definitions(c)).isEmpty();
            List<DeferredObjects.Item> items = DeferredObjects.stored(c, "s");
            assertThat(items).filteredOn(i -> i.indexSql() != null).as("indexes built before the constraints")
                    .hasSize(5); // 2 primary keys, 1 immediate unique, 2 plain indexes; the deferrable one is not
            int rebuilt = TargetPrep.finish(c, pg::connect, 3, "s", List.of(), Optional.empty(),
                    ProgressListener.NONE);
            assertThat(rebuilt).isEqualTo(7);
            assertThat(definitions(c)).containsExactlyElementsOf(before);
            assertThat(storedRows(c)).isZero();
        }
    }

    @Test
    void aStopAfterTheIndexesWereBuiltIsRepairedByTheNextLoad() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("deferred_stop");
        pg.execute(SCHEMA);
        try (Connection c = pg.connect()) {
            TargetPrep.ensureTables(c);
            List<String> before = definitions(c);
            TargetPrep.defer(c, "s");
            DeferredObjects.buildIndexes(pg::connect, 2, DeferredObjects.stored(c, "s"), ProgressListener.NONE);
            // stopped here: indexes exist, constraints not attached, rows still stored
            assertThat(definitions(c)).as("2 key, 1 unique and 2 plain indexes").hasSize(5);
            assertThat(storedRows(c)).isEqualTo(7);
            assertThat(TargetPrep.defer(c, "s")).as("nothing new to drop: the built indexes were the stored ones")
                    .isZero();
            assertThat(definitions(c)).isEmpty();
            TargetPrep.finish(c, pg::connect, 2, "s", List.of(), Optional.empty(), ProgressListener.NONE);
            assertThat(definitions(c)).containsExactlyElementsOf(before);
            assertThat(storedRows(c)).isZero();
        }
    }

    @Test
    void aCancelStopsAnIndexBuildThatIsRunning() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("deferred_cancel");
        pg.execute("CREATE SCHEMA s",
                // an index whose build takes some 4 s: each of the 100 rows sleeps 40 ms in the key expression
                "CREATE FUNCTION s.slow(int) RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT $1 FROM pg_sleep(0.04)'",
                "CREATE TABLE s.t (id int PRIMARY KEY, v int)", "INSERT INTO s.t SELECT g, g FROM generate_series(1, 100) g",
                "CREATE INDEX t_slow ON s.t (s.slow(v))");
        long cancelAt = System.nanoTime() + 1_000_000_000L;
        ProgressListener cancelAfterASecond = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return System.nanoTime() > cancelAt;
            }
        };
        try (Connection c = pg.connect()) {
            TargetPrep.ensureTables(c);
            TargetPrep.defer(c, "s");
            long t0 = System.nanoTime();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TargetPrep.finish(c, pg::connect, 1, "s",
                    List.of(), Optional.empty(), cancelAfterASecond))
                    .isInstanceOf(org.dmspilot.core.progress.CancelledException.class);
            assertThat((System.nanoTime() - t0) / 1e9).as("stopped soon after the cancel, not after the build")
                    .isLessThan(3.5);
            assertThat(storedRows(c)).as("nothing lost").isEqualTo(2);
            TargetPrep.finish(c, pg::connect, 2, "s", List.of(), Optional.empty(), ProgressListener.NONE);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT string_agg(indexrelid::regclass::text, ','"
                    + " ORDER BY indexrelid::regclass::text) FROM pg_index WHERE indrelid = 's.t'::regclass")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("s.t_pkey,s.t_slow");
            }
            assertThat(storedRows(c)).isZero();
        }
    }
}
