package org.dmspilot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.model.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chunk hashes on the real servers (MariaDB and Oracle MySQL sources, whose digest differs: {@link RowHash}): JSON hashed in its jsonb form together with its row, timestamps in their
 * plain text form, NOT NULL columns without markers — and every kind of change still found down to its key.
 */
class ValidatorChunkTest {
    private TestDatabase maria;
    private TestDatabase pg;

    private void loaded(Engine engine) throws Exception {
        loaded(engine, "validate_chunks", "CREATE TABLE doc (id int PRIMARY KEY, body json, note varchar(20), n int NOT NULL,"
                + " at datetime(6) NOT NULL, ts timestamp(3) NULL)",
                "INSERT INTO doc SELECT seq, CONCAT('{\"z\": ', seq, ', \"a\": [1.50, 1e2], \"s\": \"t\\\\u00e9\"}'),"
                        + " IF(seq % 3 = 0, NULL, CONCAT('n', seq)), seq * 7, TIMESTAMP '2024-01-01 00:00:00'"
                        + " + INTERVAL seq * 250000 MICROSECOND, IF(seq % 5 = 0, NULL, TIMESTAMP '2024-06-01 12:00:00')"
                        + " FROM " + FullLoadTest.numbers(1, 600));
    }

    /** A source made of {@code statements}, converted and fully loaded into a new target. */
    private void loaded(Engine engine, String hint, String... statements) throws Exception {
        maria = FullLoadTest.source(engine, hint, statements);
        pg = Databases.newPostgresDatabase(hint + "_pg");
        try (Connection s = maria.connect(); Connection t = pg.connect()) {
            TargetSchema.convertAndApply(s, t, maria.database(), "test", ProgressListener.NONE);
        }
        new FullLoad(maria::connect, pg::connect, LoadOptions.defaults()).run(maria.database(), ProgressListener.NONE);
    }

    private ValidationReport validate() {
        return new Validator(maria::connect, pg::connect, 3, 100).validate(maria.database(), ProgressListener.NONE);
    }

    private void onTarget(String... statements) throws Exception {
        try (Connection c = pg.connect(); var s = c.createStatement()) {
            s.execute("SET search_path = " + maria.database());
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void everyKindOfChangeIsFoundInItsChunkAndDrilledDownToItsKey(Engine engine) throws Exception {
        loaded(engine);
        assertThat(validate().identical()).as("JSON written differently by MariaDB still hashes the same").isTrue();
        onTarget(
                // JSON values swapped between two rows: each row's hash binds its JSON to its key
                "UPDATE doc SET body = CASE id WHEN 10 THEN (SELECT body FROM doc WHERE id = 11)"
                        + " ELSE (SELECT body FROM doc WHERE id = 10) END WHERE id IN (10, 11)",
                "UPDATE doc SET at = at + interval '1 microsecond' WHERE id = 250",
                "UPDATE doc SET note = '' WHERE id = 300", // was NULL
                "UPDATE doc SET n = n + 1 WHERE id = 420", // NOT NULL column, hashed without a marker
                "UPDATE doc SET ts = NULL WHERE id = 512",
                "UPDATE doc SET body = '{\"z\": 599, \"a\": [1.5, 100], \"s\": \"té\"}' WHERE id = 599");
        TableReport doc = validate().tables().get(0);
        assertThat(doc.chunks()).as("about 600 / 100 key ranges (by the row estimate)").isBetween(4, 9);
        assertThat(doc.mismatchingKeys()).containsExactlyInAnyOrder("10", "11", "250", "300", "420", "512", "599");
        assertThat(doc.mismatchedChunks()).isBetween(2, 7).isLessThan(doc.chunks());
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aCharacterMovingBetweenAdjacentColumnsAndATextLookingLikeTheNullMarkerAreFound(Engine engine)
            throws Exception {
        loaded(engine, "validate_separators", "CREATE TABLE pair (id int PRIMARY KEY, a varchar(10), b varchar(10))",
                "INSERT INTO pair VALUES (1, 'x|y', 'z'), (2, 'x', NULL), (3, '~N~', 'q'), (4, 'p', 'q')");
        assertThat(validate().identical()).isTrue();
        onTarget("UPDATE pair SET a = 'x', b = 'y|z' WHERE id = 1", "UPDATE pair SET b = '~N~' WHERE id = 2",
                "UPDATE pair SET a = NULL WHERE id = 3");
        assertThat(validate().tables().get(0).mismatchingKeys()).containsExactlyInAnyOrder("1", "2", "3");
    }
}
