package org.dmspilot.core.report;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.convert.Converter;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.LiveFacts;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.ReadinessChecker;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConversionSettings;

/**
 * Runs an assessment: converts the catalog exactly as the conversion step does (same settings, same code-object
 * converter) and builds the {@link Assessment} from that result, so the report's numbers are the conversion's.
 */
public final class Assessments {
    private Assessments() {
    }

    /** The converter the conversion step builds from a project's settings. */
    public static Converter converter(ConversionSettings settings, ProgramConverter programs) {
        return new Converter(settings.options(), new SqlExpressions("assessment"), programs,
                new MappingRules(settings.rules()));
    }

    /** Assesses a catalog with no server: a dump or a saved project snapshot. No readiness checks. */
    public static Assessment offline(Catalog catalog, ConversionSettings settings, ProgramConverter programs,
            ProgressListener progress) {
        ConversionResult conversion = converter(settings, programs).convert(catalog, s -> FactsSource.NONE,
                progress);
        return AssessmentBuilder.build(catalog, conversion, null, false, Instant.now());
    }

    /**
     * Assesses a live source: the data decides type choices ({@link LiveFacts}) and the readiness checks run.
     *
     * @param connection an open connection as the migration user
     * @param catalog the catalog just read through that connection
     */
    public static Assessment live(Connection connection, Catalog catalog, ConversionSettings settings,
            ProgramConverter programs, ProgressListener progress) {
        ConversionResult conversion = converter(settings, programs).convert(catalog,
                s -> LiveFacts.read(connection, s, progress), progress);
        List<String> schemas = catalog.schemas().stream().map(Schema::name).toList();
        List<CheckResult> readiness = ReadinessChecker.run(connection, schemas, progress);
        return AssessmentBuilder.build(catalog, conversion, readiness, true, Instant.now());
    }

    /**
     * Assesses an already computed conversion (e.g. the conversion view's result).
     *
     * @param readiness null when the checks did not run
     */
    public static Assessment of(Catalog catalog, ConversionResult conversion, List<CheckResult> readiness,
            boolean live) {
        return AssessmentBuilder.build(catalog, conversion, readiness, live, Instant.now());
    }
}
