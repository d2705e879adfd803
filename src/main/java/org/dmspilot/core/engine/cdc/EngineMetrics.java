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
    private final CdcStats stats;
    private final String schema;
    private final Deque<Sample[]> samples = new ArrayDeque<>(); // {source, target, incoming, throughput}
    private final Map<String, Long> fullLoadRows = new ConcurrentHashMap<>();
    private volatile List<String[]> tables = List.of(); // {source, target}
    private volatile boolean assumeLoaded;
    private ScheduledExecutorService sampler;
    private long lastApplied;
    private long lastMillis;

    EngineMetrics(CdcStats stats, String schema) {
        this.stats = stats;
        this.schema = schema;
    }

    /** Starts sampling once a second. */
    synchronized void start() {
        if (sampler == null) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dmspilot-cdc-metrics");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> sample(System.currentTimeMillis()), 0, 1, TimeUnit.SECONDS);
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
        while (samples.size() > KEEP) {
            samples.removeFirst();
        }
    }

    private synchronized List<Sample> series(int i, Instant from, Instant to) {
        List<Sample> out = new ArrayList<>();
        for (Sample[] s : samples) {
            if (!s[i].at().isBefore(from) && !s[i].at().isAfter(to)) {
                out.add(s[i]);
            }
        }
        return out;
    }

    @Override
    public List<Sample> sourceLatency(Instant from, Instant to) {
        return series(0, from, to);
    }

    @Override
    public List<Sample> targetLatency(Instant from, Instant to) {
        return series(1, from, to);
    }

    @Override
    public List<Sample> incomingChanges(Instant from, Instant to) {
        return series(2, from, to);
    }

    @Override
    public List<Sample> throughput(Instant from, Instant to) {
        return series(3, from, to);
    }

    @Override
    public List<TableStatistics> tableStatistics() {
        List<TableStatistics> out = new ArrayList<>();
        for (String[] t : tables) {
            long[] c = stats.counts(t[0]);
            Long loaded = fullLoadRows.get(t[1]);
            out.add(new TableStatistics(schema, t[0], loaded != null || assumeLoaded, loaded == null ? 0 : loaded,
                    c[0], c[1], c[2], -1, -1, "Not enabled"));
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
        }
    }
}
