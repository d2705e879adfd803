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
 * object, fully loaded, validated identical, the script converted from its dump run by psql, and every view,
 * function, procedure and trigger probed on both engines: equal, or named by an action item of medium severity or
 * worse on that object (never "converted" when it did not apply or behave the same). sakila and employees must apply
 * completely and probe equal throughout. The table it prints is the one in docs/conversion.md.
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
    void everyCodeObjectBehavesTheSameOrHasAnItemNamingWhy(CorpusSchema corpus, Engine engine) throws Exception {
        CorpusRun run = new CorpusRun(corpus, Databases.newSourceDatabase(engine, "corpus_scratch")).run();
        System.out.println(run.describe());
        System.out.println("CORPUS-ROW | " + run.row() + " |");
        assertThat(run.validation.identical()).as(run.describe()).isTrue();
        assertThat(run.psqlError).as("the script converted from the server's own dump (mariadb-dump, mysqldump),"
                + " run by psql").isNull();
        if (corpus.complete) {
            assertThat(run.applied.complete()).as(run.describe()).isTrue();
            assertThat(run.probedEqual()).as(run.describe()).isEqualTo(run.codeObjects());
        }
        assertThat(run.unexplained()).as("objects that differ without an item (medium or worse) naming why\n"
                + run.describe()).isEmpty();
    }
}
