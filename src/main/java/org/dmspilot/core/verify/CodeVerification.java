package org.dmspilot.core.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.engine.RowCopy;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;

/**
 * Verifies converted code objects against the live source. For a schema the target does not have yet, in one
 * transaction on the target that is always rolled back: the tables are created (each statement in a savepoint), the
 * source rows copied in by COPY, the constraints, routines, views and triggers applied (each object PostgreSQL
 * refuses becomes an {@code APPLY-FAILED} item), then every code object probed ({@link ObjectProbes}). Nothing stays
 * on the target. A schema the target already has (after {@code migrate}) is probed as it is there. A probe that finds
 * different behaviour is a high {@value Verification#PROBE_DIFFERENT} item quoting both outcomes.
 */
public final class CodeVerification {
    /** Sources holding more rows than this (estimate) are not copied into the rolled-back transaction. */
    public static final long DEFAULT_MAX_ROWS = 2_000_000;

    private CodeVerification() {
    }

    /**
     * @param source a connection to the live source the catalog was read from (its session time zone is UTC while
     *     copying and probing, then restored)
     * @param target a connection to the PostgreSQL target
     * @param statements the converted statements (with the project's hand edits)
     * @param maxRows schemas with more rows (estimate) are not verified in a rolled-back copy
     */
    public static Verification run(Connection source, Connection target, Catalog catalog,
            List<ConvertedStatement> statements, ObjectProbes.Scope scope, long maxRows, ProgressListener progress) {
        Map<String, Probe> probes = new HashMap<>();
        Set<String> notApplied = new HashSet<>();
        List<ActionItem> items = new ArrayList<>();
        Map<String, String> notVerified = new LinkedHashMap<>();
        List<String> how = new ArrayList<>();
        try {
            String catalogBefore = source.getCatalog();
            String zone = Values.rows(source, "SELECT @@session.time_zone").get(0).get(0);
            Probe.run(source, "SET time_zone = '+00:00'");
            try {
                for (Schema s : catalog.schemas()) {
                    progress.checkCancelled();
                    progress.progress(0, 0, "Verifying " + s.name());
                    String pgSchema = TablePairs.targetSchema(s.name());
                    List<Probe> found;
                    if (TargetSchema.exists(target, s.name())) {
                        found = ObjectProbes.run(source, target, s, pgSchema, scope);
                        how.add(s.name() + ": probed on the target's existing schema " + pgSchema);
                    } else {
                        long rows = s.tables().stream().mapToLong(t -> t.rowEstimate() == null ? 0
                                : t.rowEstimate()).sum();
                        if (rows > maxRows) {
                            notVerified.put(s.name(), "about " + rows + " rows, more than the " + maxRows
                                    + " the verification copies into a rolled-back transaction: verify after"
                                    + " the migration, when the target holds the schema");
                            continue;
                        }
                        found = inRolledBackCopy(source, target, s, pgSchema, of(statements, s), scope, notApplied,
                                items, progress);
                        how.add(s.name() + ": applied, about " + rows + " rows copied and probed in a transaction on the"
                                + " target that was rolled back");
                    }
                    for (Probe p : found) {
                        String name = s.name() + "." + p.object();
                        probes.put(Verification.key(name), p);
                        if (p.verdict() == Probe.Verdict.DIFFERENT) {
                            items.add(different(name, p));
                        }
                    }
                }
            } finally {
                Probe.run(source, "SET time_zone = '" + zone.replace("'", "''") + "'");
                if (catalogBefore != null) {
                    source.setCatalog(catalogBefore);
                }
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Verifying the converted code objects failed: " + e.getMessage()
                    + " (nothing was kept on the target)", e);
        }
        String method = how.isEmpty() ? null : String.join("; ", how) + (scope == ObjectProbes.Scope.READS
                ? " (views and functions; procedures and triggers are probed only when writes are allowed)" : "")
                + ".";
        return new Verification(probes, notApplied, items, method, notVerified);
    }

    private static List<Probe> inRolledBackCopy(Connection source, Connection target, Schema s, String pgSchema,
            List<ConvertedStatement> statements, ObjectProbes.Scope scope, Set<String> notApplied,
            List<ActionItem> items, ProgressListener progress) throws SQLException {
        boolean auto = target.getAutoCommit();
        target.setAutoCommit(false);
        try {
            Probe.run(target, "SET LOCAL TimeZone = 'UTC'");
            List<ConvertedStatement> tables = statements.stream().filter(st -> st.stage().ordinal()
                    <= Stage.TABLES.ordinal()).toList();
            SchemaApplier.Outcome first = SchemaApplier.applyEachInTransaction(target, tables, progress);
            List<ConvertedStatement> rest = statements.stream().filter(st -> st.stage().ordinal()
                    > Stage.TABLES.ordinal() && !first.failedObjects().contains(st.object())).toList();
            List<String> created = s.tables().stream().map(Table::name)
                    .filter(t -> !first.failedObjects().contains(s.name() + "." + t)).toList();
            source.setCatalog(s.name());
            for (TablePair pair : TablePairs.read(source, target, s.name(), TableSelection.only(s.name(), created))) {
                RowCopy.copy(source, target, pair, "1=1", 1000, n -> progress.checkCancelled());
            }
            SchemaApplier.Outcome second = SchemaApplier.applyEachInTransaction(target, rest, progress);
            notApplied.addAll(first.failedObjects());
            notApplied.addAll(second.failedObjects());
            items.addAll(first.items());
            items.addAll(second.items());
            return ObjectProbes.run(source, target, s, pgSchema, scope);
        } finally {
            target.rollback();
            target.setAutoCommit(auto);
        }
    }

    /** The statements of one source schema (their object is the schema or qualified by it). */
    private static List<ConvertedStatement> of(List<ConvertedStatement> statements, Schema s) {
        return statements.stream().filter(st -> st.object().equals(s.name())
                || st.object().startsWith(s.name() + ".")).toList();
    }

    private static ActionItem different(String name, Probe p) {
        return ActionCode.PROBE_DIFFERENT.item(name, "The converted " + p.kind() + " " + name
                + " behaves differently on PostgreSQL: " + p.detail().replaceAll("\\s*\\n\\s*", "; "));
    }
}
