package org.dmspilot.core.report;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.conversion.Conversions;
import org.dmspilot.core.convert.EditedStatements;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.ReadinessChecker;
import org.dmspilot.core.verify.CodeVerification;
import org.dmspilot.core.verify.ObjectProbes;
import org.dmspilot.core.verify.Verification;
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

    /** Assesses a catalog with no server: a dump or a saved project snapshot. No readiness checks. */
    public static Assessment offline(Catalog catalog, ConversionSettings settings, ProgramConverter programs,
            ProgressListener progress) {
        ConversionResult conversion = Conversions.convert(catalog, settings, programs, null, progress);
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
        return live(connection, catalog, settings, programs, null, ObjectProbes.Scope.READS, progress);
    }

    /**
     * Assesses a live source and, with a target, verifies the code objects: each is applied to PostgreSQL (in a
     * transaction that is rolled back when the target does not have the schema yet) and probed against the source
     * ({@link CodeVerification}).
     *
     * @param target an open connection to the PostgreSQL target, or null: the code objects are then "converted, not
     *     verified"
     * @param scope whether procedures and triggers are probed too (their DML runs on the source, rolled back)
     */
    public static Assessment live(Connection connection, Catalog catalog, ConversionSettings settings,
            ProgramConverter programs, Connection target, ObjectProbes.Scope scope, ProgressListener progress) {
        ConversionResult conversion = Conversions.convert(catalog, settings, programs, connection, progress);
        List<String> schemas = catalog.schemas().stream().map(Schema::name).toList();
        List<CheckResult> readiness = ReadinessChecker.run(connection, schemas, progress);
        Verification verification = target == null
                ? Verification.none("no PostgreSQL target to apply and probe them on")
                : CodeVerification.run(connection, target, catalog, EditedStatements.apply(conversion.statements(),
                        settings.editedDdl()), scope, CodeVerification.DEFAULT_MAX_ROWS, progress);
        return AssessmentBuilder.build(catalog, conversion, readiness, true, verification, Instant.now());
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
