package org.dmspilot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation of a table with 150 columns (PostgreSQL functions take at most 100 arguments) and of CHAR(n) values
 * shorter than n (PostgreSQL pads them when printed as they are; MySQL does not).
 */
class WideAndCharValidationTest {
    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void aWideTableAndShortCharValuesValidateIdentical(Engine engine) throws Exception {
        TestDatabase source = Databases.newSourceDatabase(engine, "wide_char");
        String columns = IntStream.rangeClosed(1, 150).mapToObj(i -> "c" + i + " int")
                .collect(Collectors.joining(", "));
        source.execute("CREATE TABLE wide (id int PRIMARY KEY, " + columns + ", code char(10) NOT NULL,"
                + " note char(20))",
                "INSERT INTO wide (id, c1, c150, code, note) VALUES (1, 1, 150, 'ab', 'x'), (2, NULL, -5, '', NULL),"
                        + " (3, 7, 7, 'abcdefghij', 'twenty characters!!!')");
        TestDatabase target = Databases.newPostgresDatabase("wide_char_pg");
        try (Connection s = source.connect(); Connection t = target.connect()) {
            TargetSchema.convertAndApply(s, t, source.database(), "test", ProgressListener.NONE);
        }
        new FullLoad(source::connect, target::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);
        ValidationReport report = new Validator(source::connect, target::connect, 1, 2).validate(source.database(),
                ProgressListener.NONE);
        assertThat(report.tables()).singleElement().satisfies(t -> {
            assertThat(t.identical()).as(t.toString()).isTrue();
            assertThat(t.sourceRows()).isEqualTo(3);
        });

        target.execute("UPDATE " + source.database() + ".wide SET c150 = 151 WHERE id = 3");
        ValidationReport changed = new Validator(source::connect, target::connect, 1, 2)
                .validate(source.database(), ProgressListener.NONE);
        assertThat(changed.tables().get(0).mismatchingKeys()).containsExactly("3");
    }
}
