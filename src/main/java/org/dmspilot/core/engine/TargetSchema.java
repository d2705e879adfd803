package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.conversion.Conversions;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConversionSettings;

/** The converted target schema a full load writes into: checked, or converted and applied when missing. */
public final class TargetSchema {
    private TargetSchema() {
    }

    /** True when the PostgreSQL schema the converter makes of {@code sourceSchema} exists on the target. */
    public static boolean exists(Connection target, String sourceSchema) throws SQLException {
        try (PreparedStatement ps = target.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, TablePairs.targetSchema(sourceSchema));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Reads the live source schema, converts it with the default options (the same converter call as
     * {@code dmspilot convert}) and applies the result to the target in one transaction.
     *
     * @return statements applied
     */
    public static int convertAndApply(Connection source, Connection target, String sourceSchema, String origin,
            ProgressListener progress) {
        return convertAndApply(source, target, sourceSchema, origin, MappingRules.none(), progress);
    }

    /**
     * As {@link #convertAndApply(Connection, Connection, String, String, ProgressListener)} with the task's mapping
     * rules (its table mappings' renames, removed columns, type changes, exclusions), which the full load, CDC and
     * validation then follow too.
     */
    public static int convertAndApply(Connection source, Connection target, String sourceSchema, String origin,
            MappingRules rules, ProgressListener progress) {
        return SchemaApplier.apply(target, convert(source, sourceSchema, origin, rules, progress).statements(),
                progress);
    }

    /**
     * Reads, converts and applies as {@link #convertAndApply(Connection, Connection, String, String, MappingRules,
     * ProgressListener)}, but object by object: each object in its own savepoint; those PostgreSQL refuses are left
     * out with a critical {@code APPLY-FAILED} item and the rest is applied (a migration then loads the tables that
     * exist).
     */
    public static SchemaApplier.Outcome convertAndApplyEach(Connection source, Connection target,
            String sourceSchema, String origin, MappingRules rules, ProgressListener progress) {
        return SchemaApplier.applyEach(target, convert(source, sourceSchema, origin, rules, progress).statements(),
                progress);
    }

    private static ConversionResult convert(Connection source, String sourceSchema, String origin,
            MappingRules rules, ProgressListener progress) {
        var catalog = new LiveCatalogReader(source, origin).read(List.of(sourceSchema), progress);
        ConversionResult result = Conversions.convert(catalog, ConversionSettings.defaults().withRules(rules.rules()),
                new SqlPrograms(), source, progress);
        if (result.statements().isEmpty()) {
            throw new DmsPilotException("Nothing to convert in schema " + sourceSchema + ".");
        }
        return result;
    }
}
