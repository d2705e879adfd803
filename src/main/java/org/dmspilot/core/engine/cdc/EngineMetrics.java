package org.dmspilot.core.engine.cdc;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.TableStatistics;

/**
 * The local engine's measurements with DMS's meaning, sampled once a second (24 hours kept): the monitor and the
 * cutover checklist read them exactly as they read CloudWatch's.
 */
public final class EngineMetrics implements MigrationMetrics, AutoCloseable {
    private static final int KEEP = 24 * 3600;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EngineMetrics.class);
    private final CdcStats stats;
    private final String schema;
    private final String pgSchema;
    private final org.dmspilot.core.engine.ConnectionFactory target;
    private final Runnable onStopRequested;
    private java.sql.Connection flushConnection;
    private final List<Sample[]> unflushed = new ArrayList<>(); // samples not yet written to the target
    private long lastPrune;
    private final Deque<Sample[]> samples = new ArrayDeque<>(); // by Series.ordinal(): source, target, incoming, throughput
    private final Map<String, Long> fullLoadRows = new ConcurrentHashMap<>();
    private volatile List<String[]> tables = List.of(); // {source, target}
    private volatile boolean assumeLoaded;
    /** Counters an earlier run of this task wrote (source table → full-load rows, inserts, updates, deletes). */
    private volatile Map<String, long[]> earlier;
    private ScheduledExecutorService sampler;
    private long lastApplied;
    private long lastMillis;

    EngineMetrics(CdcStats stats, String schema, org.dmspilot.core.engine.ConnectionFactory target,
            Runnable onStopRequested) {
        this.stats = stats;
        this.schema = schema;
        this.pgSchema = org.dmspilot.core.engine.TablePairs.targetSchema(schema);
        this.target = target;
        this.onStopRequested = onStopRequested;
    }

    /** {@code running}, or {@code waiting for source} / {@code waiting for target} while CDC reconnects. */
    public String state() {
        return stats.state();
    }

    /** Starts sampling once a second. */
    synchronized void start() {
        if (sampler == null) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dmspilot-cdc-metrics");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> {
                sample(System.currentTimeMillis());
                flush();
            }, 0, 1, TimeUnit.SECONDS);
        }
    }

    void tables(List<String[]> sourceAndTarget) {
        tables = List.copyOf(sourceAndTarget);
    }

    /** Rows the full load copied per target table (the tables then count as fully loaded). */
    public void fullLoad(Map<String, Long> rowsByTargetTable) {
        fullLoadRows.putAll(rowsByTargetTable);
    }

    /** The checkpoint says a full load finished earlier (row numbers unknown to this run). */
    void assumeLoaded() {
        assumeLoaded = true;
        earlier = null; // read the earlier run's counters at the next flush, before this run's are written
    }

    /** Takes one sample now; called by the sampler and, in tests, directly. */
    synchronized void sample(long now) {
        long applied = stats.appliedRows();
        double throughput = lastMillis == 0 ? 0 : (applied - lastApplied) * 1000.0 / Math.max(1, now - lastMillis);
        lastApplied = applied;
        lastMillis = now;
        Instant at = Instant.ofEpochMilli(now);
        samples.addLast(new Sample[] {new Sample(at, stats.sourceLatencySeconds(now)),
                new Sample(at, stats.targetLatencySeconds(now)), new Sample(at, stats.pending()),
                new Sample(at, throughput)});
        unflushed.add(samples.peekLast());
        while (samples.size() > KEEP) {
            samples.removeFirst();
        }
        while (unflushed.size() > KEEP) {
            unflushed.remove(0); // the target has been unreachable for a day
        }
    }

    /**
     * Writes the new samples and the table counters to the target ({@code dmspilot.cdc_metrics},
     * {@code dmspilot.cdc_table_stats}), where a monitor or a cutover in another process reads them, marks the
     * engine alive, and acts on a stop request found there. Failures are logged and retried at the next flush.
     */
    synchronized void flush() {
        try {
            if (flushConnection == null || flushConnection.isClosed()) {
                flushConnection = target.open();
            }
            java.sql.Connection c = flushConnection;
            if (earlier == null) {
                earlier = assumeLoaded ? readEarlier(c) : Map.of();
            }
            try (var ps = c.prepareStatement("INSERT INTO dmspilot.cdc_metrics VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
                for (Sample[] s : unflushed) {
                    ps.setString(1, pgSchema);
                    ps.setTimestamp(2, java.sql.Timestamp.from(s[0].at()));
                    ps.setDouble(3, s[0].value());
                    ps.setDouble(4, s[1].value());
                    ps.setLong(5, (long) s[2].value());
                    ps.setDouble(6, s[3].value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            unflushed.clear();
            try (var ps = c.prepareStatement("INSERT INTO dmspilot.cdc_table_stats VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (schema_name, table_name) DO UPDATE SET full_load_done = excluded.full_load_done,"
                    + " full_load_rows = excluded.full_load_rows, inserts = excluded.inserts,"
                    + " updates = excluded.updates, deletes = excluded.deletes")) {
                for (TableStatistics t : tableStatistics()) {
                    ps.setString(1, pgSchema);
                    ps.setString(2, t.table());
                    ps.setBoolean(3, t.fullLoadDone());
                    ps.setLong(4, t.fullLoadRows());
                    ps.setLong(5, t.inserts());
                    ps.setLong(6, t.updates());
                    ps.setLong(7, t.deletes());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            boolean stop = false;
            try (var ps = c.prepareStatement("UPDATE dmspilot.checkpoint SET heartbeat_at = now()"
                    + " WHERE schema_name = ? RETURNING stop_requested")) {
                ps.setString(1, pgSchema);
                try (var rs = ps.executeQuery()) {
                    stop = rs.next() && rs.getBoolean(1);
                }
            }
            if (System.currentTimeMillis() - lastPrune > 600_000) {
                lastPrune = System.currentTimeMillis();
                try (var ps = c.prepareStatement("DELETE FROM dmspilot.cdc_metrics WHERE schema_name = ?"
                        + " AND at < now() - interval '24 hours'")) {
                    ps.setString(1, pgSchema);
                    ps.executeUpdate();
                }
            }
            if (stop) {
                LOG.info("A stop was requested through {} (cutover): stopping CDC", pgSchema);
                onStopRequested.run();
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.debug("engine metrics not written: {}", e.getMessage());
            closeQuietly();
        }
    }

    /** The counters a previous run left in the target, so that a resumed run continues them (not from 0). */
    private Map<String, long[]> readEarlier(java.sql.Connection c) throws java.sql.SQLException {
        Map<String, long[]> out = new java.util.HashMap<>();
        try (var ps = c.prepareStatement("SELECT table_name, full_load_rows, inserts, updates, deletes"
                + " FROM dmspilot.cdc_table_stats WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)});
                }
            }
        }
        return out;
    }

    private void closeQuietly() {
        try {
            if (flushConnection != null) {
                flushConnection.close();
            }
        } catch (java.sql.SQLException e) {
            // closing anyway
        }
        flushConnection = null;
    }

    @Override
    public synchronized List<Sample> series(Series series, Instant from, Instant to) {
        int i = series.ordinal(); // samples hold the series in their declaration order
        List<Sample> out = new ArrayList<>();
        for (Sample[] s : samples) {
            if (!s[i].at().isBefore(from) && !s[i].at().isAfter(to)) {
                out.add(s[i]);
            }
        }
        return out;
    }

    @Override
    public List<TableStatistics> tableStatistics() {
        List<TableStatistics> out = new ArrayList<>();
        for (String[] t : tables) {
            long[] c = stats.counts(t[0]);
            Long loaded = fullLoadRows.get(t[1]);
            Map<String, long[]> before = earlier;
            long[] b = before == null ? null : before.get(t[0]);
            long rows = loaded != null ? loaded : b != null ? b[0] : -1; // -1: not known, never a false 0
            long[] base = b == null ? new long[4] : b;
            out.add(new TableStatistics(schema, t[0], loaded != null || assumeLoaded, rows, base[1] + c[0],
                    base[2] + c[1], base[3] + c[2], -1, -1, "Not enabled"));
        }
        return out;
    }

    /** Changes applied since the engine started. */
    public long appliedChanges() {
        return stats.appliedRows();
    }

    @Override
    public synchronized void close() {
        if (sampler != null) {
            sampler.shutdownNow();
            sampler = null;
            sample(System.currentTimeMillis());
            flush();
        }
        closeQuietly();
    }
}
