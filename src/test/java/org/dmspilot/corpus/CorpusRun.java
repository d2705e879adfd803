package org.dmspilot.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.LiveFacts;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;

/**
 * One corpus schema through the whole pipeline: loaded as published on a source server, read live, converted,
 * applied object by object, fully loaded, validated, and every code object probed on both engines.
 */
final class CorpusRun {
    private static final ProgressListener QUIET = ProgressListener.NONE;
    final CorpusSchema corpus;
    final TestDatabase source;
    final TestDatabase target;
    Schema schema;
    ConversionResult conversion;
    SchemaApplier.Outcome applied;
    ValidationReport validation;
    final List<Probe> probes = new ArrayList<>();

    CorpusRun(CorpusSchema corpus, TestDatabase scratchSource) {
        this.corpus = corpus;
        this.source = scratchSource.withDatabase(corpus.database);
        this.target = Databases.newPostgresDatabase("corpus_" + corpus.database);
    }

    CorpusRun run() throws SQLException {
        try (Connection s = source.withDatabase("mysql").connect()) {
            Probe.run(s, "SET GLOBAL log_bin_trust_function_creators = 1");
            corpus.load(s);
        }
        try (Connection s = source.connect(); Connection t = target.connect()) {
            schema = new LiveCatalogReader(s, "corpus").read(List.of(corpus.database), QUIET).schemas().get(0);
            conversion = new Converter(ConversionOptions.defaults(), new SqlExpressions("corpus"), new SqlPrograms(),
                    MappingRules.none()).convert(new LiveCatalogReader(s, "corpus").read(List.of(corpus.database),
                            QUIET), x -> LiveFacts.read(s, x, QUIET), QUIET);
            applied = SchemaApplier.applyEach(t, conversion.statements(), QUIET);
        }
        new FullLoad(source::connect, target::connect, LoadOptions.defaults().withWorkers(2))
                .run(corpus.database, QUIET);
        validation = new Validator(source::connect, target::connect, 2, 100_000).validate(corpus.database, QUIET);
        try (Connection s = source.connect(); Connection t = target.connect()) {
            Probe.run(t, "SET search_path = " + corpus.database);
            CodeProbes code = new CodeProbes(s, t, schema);
            probes.addAll(code.views());
            probes.addAll(code.functions());
            probes.addAll(code.procedures());
            probes.addAll(new TriggerProbes(s, t, schema).all());
        }
        return this;
    }

    int codeObjects() {
        return schema.views().size() + schema.routines().size() + schema.triggers().size();
    }

    long probedEqual() {
        return probes.stream().filter(Probe::equal).count();
    }

    /** Code objects with a statement PostgreSQL refused. */
    long notApplied() {
        return probes.stream().filter(p -> applied.failedObjects().contains(corpus.database + "." + p.object()))
                .count();
    }

    List<ActionItem> items() {
        List<ActionItem> all = new ArrayList<>(conversion.actionItems());
        all.addAll(applied.items());
        return all;
    }

    String describe() {
        return corpus.database + " on " + source.engine() + ": " + codeObjects() + " code objects, "
                + (codeObjects() - notApplied()) + " applied, " + probedEqual() + " probed equal, " + items().size()
                + " items; validation " + (validation.identical() ? "identical" : "DIFFERENT " + validation.tables().stream()
                        .filter(t -> !t.identical()).toList()) + "\n"
                + probes.stream().filter(p -> !p.equal()).map(p -> "  NOT EQUAL " + p.kind() + " " + p.object()
                        + ": " + p.detail()).collect(Collectors.joining("\n")) + "\n"
                + items().stream().map(i -> "  " + i.severity() + " " + i.code() + " " + i.object() + ": "
                        + i.message()).collect(Collectors.joining("\n"));
    }
}
