package org.dmspilot.core.resync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LoadProgress;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.progress.ProgressListener;

/**
 * "Reload table" of a local-engine task, as DMS's reload-target: the chosen tables' target rows are replaced by the
 * source's, while the local CDC keeps running for every table. Each table is deleted and copied again in one target
 * transaction fenced against the CDC ({@link CdcFence}): CDC waits for it, then replays by key what it had not yet
 * applied, which ends in the source's state. A table without a primary key is copied while the source table is
 * locked, once CDC has applied everything before the lock. The reload's progress is recorded per table like a full
 * load's ({@code dmspilot.load_progress}), so the monitor shows its rows, percent, elapsed time and ETA.
 */
public final class TableReload {
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final TableSelection selection;

    public TableReload(ConnectionFactory source, ConnectionFactory target, TableSelection selection) {
        this.source = source;
        this.target = target;
        this.selection = selection;
    }

    /**
     * Reloads {@code tables} (source names) of {@code schema}, one after the other.
     *
     * @return rows copied per table
     * @throws DmsPilotException naming a table the task does not migrate, or when a copy fails
     */
    public Map<String, Long> reload(String schema, List<String> tables, ProgressListener progress) {
        Map<String, Long> copied = new LinkedHashMap<>();
        try (Connection s = source.open(); Connection g = target.open()) {
            s.setCatalog(schema);
            Map<String, TablePair> pairs = TablePairs.read(s, g, schema, TableSelection.only(schema, tables))
                    .stream().collect(Collectors.toMap(TablePair::source, p -> p));
            List<String> unknown = tables.stream().filter(t -> !pairs.containsKey(t)
                    || !selection.includes(schema, t)).toList();
            if (!unknown.isEmpty()) {
                throw new DmsPilotException("Cannot reload " + String.join(", ", unknown) + ": not a table this task"
                        + " migrates from " + schema + " with a converted table on the target.");
            }
            Resync.prepareSource(s);
            String pgSchema = TablePairs.targetSchema(schema);
            CdcFence fence = new CdcFence(pgSchema);
            List<TablePair> chosen = tables.stream().map(pairs::get).toList();
            try (LoadProgress recorded = LoadProgress.start(target, pgSchema, chosen, Map.of())) {
                for (TablePair t : chosen) {
                    progress.checkCancelled();
                    progress.progress(copied.size(), tables.size(), "reload " + t.source());
                    recorded.chunkStarted(t.source());
                    long n = t.primaryKey().isEmpty() ? fence.copyWhole(s, g, t)
                            : fence.reloadKeyed(s, g, t, selection.sourcePredicate(schema, t.source()), rows -> {
                                progress.checkCancelled();
                                recorded.copied(t.source(), 8192);
                            });
                    recorded.copied(t.source(), t.primaryKey().isEmpty() ? n : n & 8191);
                    recorded.chunkDone(t.source());
                    copied.put(t.source(), n);
                }
            }
        } catch (SQLException e) {
            throw new DmsPilotException("The reload of " + String.join(", ", tables) + " failed: " + e.getMessage(),
                    e);
        }
        return copied;
    }
}
