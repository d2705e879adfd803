package org.dmspilot.core.resync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.validate.TableReport;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;

/**
 * Repair instead of reload: validation finds the keys whose rows differ, and only those rows are copied again from
 * the source — deleted on the target and copied by the full load's own path ({@code RowCopy}) — in key chunks, each in
 * one target transaction fenced against the local CDC ({@link CdcFence}); then the repaired tables are validated
 * again. Only the two connections are needed, so it also repairs a target that AWS DMS loaded. Tables without a
 * primary key have no keys to drill to: they are copied whole, only when {@code confirmWholeTable} agrees.
 */
public final class Resync {
    /** Keys up to which validation is asked to list the differing rows of a table. */
    static final int KEY_LIMIT = 10_000_000;
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final int workers;
    private final long chunkRows;
    private final TableSelection selection;
    private final int keysPerChunk;

    /**
     * What was repaired in one table.
     *
     * @param table source table
     * @param rows keys re-copied (for a whole-table copy: the rows copied)
     * @param wholeTable a table without a key, copied whole
     */
    public record Repair(String table, long rows, boolean wholeTable) {
    }

    /**
     * @param before the validation that found the differences
     * @param repairs what was copied again
     * @param skipped tables without a key that were not confirmed
     * @param after the validation of the repaired tables afterwards (empty report when nothing was repaired)
     */
    public record Result(ValidationReport before, List<Repair> repairs, List<String> skipped,
            ValidationReport after) {
        /** True when the tables validated again are identical and nothing was skipped. */
        public boolean repaired() {
            return after.identical() && skipped.isEmpty();
        }
    }

    public Resync(ConnectionFactory source, ConnectionFactory target, int workers, long chunkRows,
            TableSelection selection, int keysPerChunk) {
        this.source = source;
        this.target = target;
        this.workers = workers;
        this.chunkRows = chunkRows;
        this.selection = selection;
        this.keysPerChunk = keysPerChunk;
    }

    /** Validates, repairs what differs, validates the repaired tables again. */
    public Result run(String schema, Predicate<String> confirmWholeTable, ProgressListener progress) {
        ValidationReport before = new Validator(source, target, workers, chunkRows, selection)
                .withKeyLimit(KEY_LIMIT).validate(schema, progress);
        List<TableReport> different = before.tables().stream().filter(t -> !t.identical()).toList();
        List<Repair> repairs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (different.isEmpty()) {
            return new Result(before, repairs, skipped, before);
        }
        try (Connection s = source.open(); Connection g = target.open()) {
            s.setCatalog(schema);
            Map<String, TablePair> pairs = TablePairs.read(s, g, schema, TableSelection.only(schema,
                    different.stream().map(TableReport::table).toList())).stream()
                    .collect(Collectors.toMap(TablePair::source, p -> p));
            CdcFence fence = new CdcFence(TablePairs.targetSchema(schema));
            prepareSource(s);
            for (TableReport report : different) {
                TablePair t = pairs.get(report.table());
                if (t.primaryKey().isEmpty()) {
                    if (!confirmWholeTable.test(t.source())) {
                        skipped.add(t.source());
                        continue;
                    }
                    repairs.add(new Repair(t.source(), fence.copyWhole(s, g, t), true));
                } else {
                    List<String> keys = report.mismatchingKeys();
                    for (int i = 0; i < keys.size(); i += keysPerChunk) {
                        progress.checkCancelled();
                        progress.progress(i, keys.size(), "resync " + t.source());
                        fence.copyKeys(s, g, t, new KeyChunk(t, keys.subList(i, Math.min(keys.size(),
                                i + keysPerChunk))));
                    }
                    repairs.add(new Repair(t.source(), keys.size(), false));
                }
            }
        } catch (SQLException e) {
            throw new DmsPilotException("The resync of " + schema + " failed: " + e.getMessage(), e);
        }
        List<String> repaired = repairs.stream().map(Repair::table).toList();
        ValidationReport after = repaired.isEmpty() ? new ValidationReport(schema, List.of(), 0)
                : new Validator(source, target, workers, chunkRows, TableSelection.only(schema, repaired))
                        .validate(schema, progress);
        return new Result(before, repairs, skipped, after);
    }

    /** The source session as the full load's: UTC, utf8mb4, each read its own snapshot. */
    static void prepareSource(Connection s) throws SQLException {
        try (Statement st = s.createStatement()) {
            st.execute("SET time_zone = '+00:00'");
            st.execute("SET NAMES utf8mb4");
        }
        s.setAutoCommit(true);
    }

    /** Deletes the chunk's keys on the target; the caller's transaction. */
    static void deleteKeys(Connection g, TablePair t, KeyChunk chunk) throws SQLException {
        try (PreparedStatement ps = g.prepareStatement("DELETE FROM " + t.qualifiedTarget() + " WHERE "
                + chunk.postgresCondition())) {
            chunk.bindPostgres(ps);
            ps.executeUpdate();
        }
    }
}
