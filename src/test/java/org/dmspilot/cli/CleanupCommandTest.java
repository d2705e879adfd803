package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.Rows;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code dmspilot cleanup --local}: lists, refuses while the engine needs its bookkeeping, then drops only that. */
class CleanupCommandTest {
    @Test
    void dropsTheBookkeepingSchemaOnlyWhenNothingNeedsIt() throws Exception {
        TestDatabase src = FullLoadTest.source(Engine.MARIADB, "cleanup", "CREATE TABLE t (id int PRIMARY KEY,"
                + " v varchar(10), KEY v_idx (v))", "INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        TestDatabase pg = Databases.newPostgresDatabase("cleanup_target");
        Cli.Run m = Cli.run("migrate", "--source", src.jdbcUrlWithCredentials(), "--target",
                pg.jdbcUrlWithCredentials(), "--mode", "full-load", "--workers", "1");
        assertThat(m.exit()).as(m.err()).isZero();
        String target = pg.jdbcUrlWithCredentials();

        Cli.Run dry = Cli.run("cleanup", "--local", "--target", target, "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dmspilot.checkpoint (1 rows)", "task " + src.database()
                + ": full-load / loaded", "not touched");

        pg.execute("INSERT INTO dmspilot.deferred_ddl (schema_name, object_name, create_sql) SELECT '"
                + src.database() + "', 'v_idx', 'CREATE INDEX v_idx ON t (v)' FROM dmspilot.deferred_ddl"
                + " RIGHT JOIN (SELECT 1) one ON true LIMIT 1");
        Cli.Run refused = Cli.run("cleanup", "--local", "--target", target, "--yes");
        assertThat(refused.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.out()).contains("Refused: 1 index(es)", "would lose their definitions");
        assertThat(Rows.firstColumn(pg, "SELECT nspname FROM pg_namespace WHERE nspname = 'dmspilot'"))
                .containsExactly("dmspilot");
        pg.execute("DELETE FROM dmspilot.deferred_ddl");
        pg.execute("UPDATE dmspilot.checkpoint SET status = 'loading'");
        assertThat(Cli.run("cleanup", "--local", "--target", target, "--yes").out())
                .contains("Refused: The full load of " + src.database() + " has not finished");
        pg.execute("UPDATE dmspilot.checkpoint SET status = 'loaded'");

        Cli.Run dropped = Cli.run("cleanup", "--local", "--target", target, "--yes");
        assertThat(dropped.exit()).as(dropped.out() + dropped.err()).isZero();
        assertThat(dropped.out()).contains("Dropped schema dmspilot.");
        assertThat(Rows.firstColumn(pg, "SELECT nspname FROM pg_namespace WHERE nspname = 'dmspilot'")).isEmpty();
        assertThat(Rows.firstColumn(pg, "SELECT v FROM " + src.database() + ".t ORDER BY id"))
                .as("the migrated data stays").containsExactly("a", "b");
        assertThat(Cli.run("cleanup", "--local", "--target", target).out()).contains("Nothing to clean up");
        assertThat(dropped.out() + dropped.err() + dry.out()).doesNotContain(Databases.ADMIN_PASSWORD);
    }
}
