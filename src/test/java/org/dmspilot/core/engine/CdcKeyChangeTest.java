package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source table whose primary key is dropped, added or replaced during CDC is paused with the reason: the applier
 * folds and applies changes by the key, so going on with a key the source no longer has would merge or lose rows.
 * Tables whose DDL does not touch the key go on.
 */
class CdcKeyChangeTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void primaryKeyChangesPauseOnlyTheirTable(Engine engine) throws Exception {
        TestDatabase src = CdcSourceDdlTest.source(engine, "cdc_key",
                "CREATE TABLE dropped (id int NOT NULL, v int, CONSTRAINT pk_dropped PRIMARY KEY (id))",
                "CREATE TABLE replaced (id int NOT NULL, code int NOT NULL, PRIMARY KEY (id))",
                "CREATE TABLE indexed (id int PRIMARY KEY, v int)",
                "INSERT INTO dropped VALUES (1, 1)", "INSERT INTO replaced VALUES (1, 10)",
                "INSERT INTO indexed VALUES (1, 1)");
        TestDatabase pg = FullLoadTest.convertedTarget(src);
        try (CdcFixture cdc = CdcFixture.start(src, pg, LocalMigration.Mode.FULL_LOAD_AND_CDC,
                CdcOptions.defaults().withMaxBackoffMillis(1_000))) {
            cdc.awaitCaughtUp(src, WAIT);
            src.execute("ALTER TABLE dropped DROP PRIMARY KEY",
                    "INSERT INTO dropped VALUES (1, 2)",
                    "ALTER TABLE replaced DROP PRIMARY KEY, ADD CONSTRAINT pk_code PRIMARY KEY (code)",
                    "ALTER TABLE indexed ADD INDEX by_v (v), ADD CONSTRAINT v_positive CHECK (v > 0)",
                    "UPDATE indexed SET v = 5");
            cdc.awaitCaughtUp(src, WAIT);
            var paused = CdcSourceDdlTest.paused(pg, src);
            assertThat(paused).containsOnlyKeys("dropped", "replaced");
            assertThat(paused.get("dropped")).contains("PRIMARY KEY");
            assertThat(paused.get("replaced")).contains("PRIMARY KEY");
            try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*), max(v) FROM " + Sql.pg(src.database()) + ".dropped")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the row for a key that is no longer unique is not folded in").isEqualTo(1);
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
            SameRows.assertSame(src, pg, "indexed", "id, v", "id, v", "id");
        }
    }
}
