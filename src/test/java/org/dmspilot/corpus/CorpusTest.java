package org.dmspilot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public schema of the corpus, on MariaDB and on MySQL: loaded as published, converted, applied object by
 * object (nothing refused), fully loaded, validated identical, and every view, function, procedure and trigger
 * probed equal on both engines. The table it prints is the one in docs/conversion.md.
 */
class CorpusTest {
    /**
     * Every schema on every source server. {@code -Dcorpus.only="SAKILA on MYSQL,ZONEMINDER on MARIADB"} runs only
     * those pairs (a targeted run on the shared machine); the suite runs them all.
     */
    static Stream<Arguments> schemasAndServers() {
        String only = System.getProperty("corpus.only");
        return Databases.sourceEngines().flatMap(engine -> Arrays.stream(CorpusSchema.values())
                .filter(schema -> only == null || Arrays.stream(only.split(",")).map(String::strip)
                        .anyMatch((schema + " on " + engine)::equalsIgnoreCase))
                .map(schema -> Arguments.of(schema, engine)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("schemasAndServers")
    void everyCodeObjectAppliesAndBehavesTheSame(CorpusSchema corpus, Engine engine) throws Exception {
        CorpusRun run = new CorpusRun(corpus, Databases.newSourceDatabase(engine, "corpus_scratch")).run();
        System.out.println(run.describe());
        System.out.println("CORPUS-ROW | " + run.row() + " |");
        assertThat(run.applied.complete()).as(run.describe()).isTrue();
        assertThat(run.probedEqual()).as(run.describe()).isEqualTo(run.codeObjects());
        assertThat(run.psqlError).as("the script converted from the server's own dump (mariadb-dump, mysqldump), run by psql").isNull();
        assertThat(run.validation.identical()).as(run.describe()).isTrue();
    }
}
