package org.dmspilot.core.report;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.convert.ConversionOptions;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.LiveFacts;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.SimpleExpressions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.ReadinessChecker;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ConversionResult;

/**
 * Runs an assessment: converts the catalog the way the conversion step does and builds the {@link Assessment} from
 * the result, so the report's numbers are the conversion's numbers.
 */
public final class Assessments {
    private Assessments() {
    }

    /** The converter used for assessments (and by the conversion step when it has no project settings). */
    public static Converter defaultConverter() {
        return new Converter(ConversionOptions.defaults(), new SimpleExpressions(), ProgramConverter.NOT_CONVERTED,
                MappingRules.none());
    }

    /** Assesses a catalog with no server: a dump or a saved project snapshot. */
    public static Assessment offline(Catalog catalog, ProgressListener progress) {
        ConversionResult conversion = defaultConverter().convert(catalog, s -> FactsSource.NONE, progress);
        return AssessmentBuilder.build(catalog, conversion, null, false, Instant.now());
    }

    /** Assesses a catalog with an already computed conversion (the conversion view's result). */
    public static Assessment of(Catalog catalog, ConversionResult conversion, List<CheckResult> readiness,
            boolean live) {
        return AssessmentBuilder.build(catalog, conversion, readiness, live, Instant.now());
    }

    /**
     * Assesses a live source: the data decides type choices ({@link LiveFacts}) and the readiness checks run.
     *
     * @param connection an open connection as the migration user
     * @param catalog the catalog just read through that connection
     */
    public static Assessment live(Connection connection, Catalog catalog, ProgressListener progress) {
        ConversionResult conversion = defaultConverter().convert(catalog,
                s -> LiveFacts.read(connection, s, progress), progress);
        List<String> schemas = catalog.schemas().stream().map(org.dmspilot.model.catalog.Schema::name).toList();
        List<CheckResult> readiness = ReadinessChecker.run(connection, schemas, progress);
        return AssessmentBuilder.build(catalog, conversion, readiness, true, Instant.now());
    }
}
