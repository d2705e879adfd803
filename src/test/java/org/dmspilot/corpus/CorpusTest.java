package org.dmspilot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmspilot.testsupport.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every public schema of the corpus converts, applies, loads, validates identical and behaves the same. */
class CorpusTest {
    @ParameterizedTest
    @EnumSource(CorpusSchema.class)
    void everyCodeObjectAppliesAndBehavesTheSame(CorpusSchema corpus) throws Exception {
        CorpusRun run = new CorpusRun(corpus, Databases.newMariaDbDatabase("corpus_scratch")).run();
        System.out.println(run.describe());
        assertThat(run.validation.identical()).as(run.describe()).isTrue();
        assertThat(run.applied.complete()).as(run.describe()).isTrue();
        assertThat(run.probedEqual()).as(run.describe()).isEqualTo(run.codeObjects());
    }
}
