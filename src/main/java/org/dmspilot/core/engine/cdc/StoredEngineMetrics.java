package org.dmspilot.core.engine.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.TableLoad;
import org.dmspilot.core.monitor.TableStatistics;

/**
 * The local engine's measurements as it writes them to the target once a second ({@code dmspilot.cdc_metrics},
 * {@code dmspilot.cdc_table_stats}): what a monitor or a cutover reads when the engine runs in another process —
 * the local counterpart of reading CloudWatch for a DMS task.
 */
public final class StoredEngineMetrics implements MigrationMetrics {
    private final ConnectionFactory target;
    private final String sourceSchema;
    private final String pgSchema;

    public StoredEngineMetrics(ConnectionFactory target, String sourceSchema) {
        this.target = target;
        this.sourceSchema = sourceSchema;
        this.pgSchema = TablePairs.targetSchema(sourceSchema);
    }

    @Override
    public List<Sample> series(Series series, Instant from, Instant to) {
        String column = switch (series) {
            case SOURCE_LATENCY -> "source_latency";
            case TARGET_LATENCY -> "target_latency";
            case INCOMING_CHANGES -> "incoming";
            case THROUGHPUT -> "throughput";
        };
        try (Connection c = target.open(); PreparedStatement ps = c.prepareStatement("SELECT at, " + column
                + " FROM dmspilot.cdc_metrics WHERE schema_name = ? AND at BETWEEN ? AND ? ORDER BY at")) {
            ps.setString(1, pgSchema);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            List<Sample> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Sample(rs.getTimestamp(1).toInstant(), rs.getDouble(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            return nothingYet(e, "metrics");
        }
    }

    /** No metrics table yet (the engine never ran CDC on this target) is no data; anything else is an error. */
    private static <T> List<T> nothingYet(SQLException e, String what) {
        if ("42P01".equals(e.getSQLState())) {
            return List.of();
        }
        throw new DmsPilotException("Could not read the engine's " + what + " from the target: " + e.getMessage(), e);
    }

    /**
     * CDC's per-table counters, and the tables a full load records before CDC counts them (while loading, or a full
     * load alone): those come from {@code dmspilot.load_progress}, loaded once their last chunk is copied.
     */
    @Override
    public List<TableStatistics> tableStatistics() {
        java.util.Map<String, TableStatistics> out = new java.util.TreeMap<>();
        try (Connection c = target.open(); PreparedStatement ps = c.prepareStatement("SELECT table_name,"
                + " full_load_done, full_load_rows, inserts, updates, deletes FROM dmspilot.cdc_table_stats"
                + " WHERE schema_name = ? ORDER BY table_name")) {
            ps.setString(1, pgSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new TableStatistics(sourceSchema, rs.getString(1), rs.getBoolean(2),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), -1, -1, "Not enabled"));
                }
            }
        } catch (SQLException e) {
            nothingYet(e, "table statistics");
        }
        for (TableLoad load : loadProgress()) {
            out.putIfAbsent(load.table(), new TableStatistics(sourceSchema, load.table(), load.done(),
                    load.rowsLoaded(), 0, 0, 0, -1, -1, "Not enabled"));
        }
        return List.copyOf(out.values());
    }

    @Override
    public List<TableLoad> loadProgress() {
        try (Connection c = target.open(); PreparedStatement ps = c.prepareStatement("SELECT table_name,"
                + " rows_loaded, rows_expected, started_at, finished_at FROM dmspilot.load_progress"
                + " WHERE schema_name = ? ORDER BY table_name")) {
            ps.setString(1, pgSchema);
            List<TableLoad> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TableLoad(rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs.getTimestamp(4)),
                            instant(rs.getTimestamp(5))));
                }
            }
            return out;
        } catch (SQLException e) {
            return nothingYet(e, "load progress");
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
