package org.dmspilot.core.cutover;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.ProgressListener;

/**
 * A replication whose measurements the test writes (the real backends have their own tests: the DMS one against the
 * emulator): latency and incoming changes as functions of time, tables fully loaded, a validation result, and a stop
 * that takes effect.
 */
public final class ScriptedBackend implements CutoverBackend, MigrationMetrics {
    public Function<Instant, Double> latency = t -> 0.5;
    /** Incoming changes: the value reported by the n-th read (0-based), so a drain can take a few looks. */
    public Function<Integer, Double> incoming = n -> 0.0;
    public ValidationSummary validation = new ValidationSummary(true, 0, "2 tables validated, no mismatch");
    public List<String> tables = List.of("orders", "customers");
    public volatile boolean stopped;
    final AtomicInteger stops = new AtomicInteger();
    final AtomicInteger incomingReads = new AtomicInteger();

    @Override
    public String describe() {
        return "scripted replication";
    }

    @Override
    public MigrationMetrics metrics() {
        return this;
    }

    @Override
    public ReplicationState state() {
        return new ReplicationState(stopped ? ReplicationState.Phase.STOPPED : ReplicationState.Phase.RUNNING,
                stopped ? "stopped" : "running");
    }

    @Override
    public ValidationSummary validation() {
        return validation;
    }

    @Override
    public void stop(ProgressListener progress) {
        if (!stopped) {
            stops.incrementAndGet();
            stopped = true;
        }
    }

    /** One sample every 30 s in [from, to], aligned on 30 s. */
    private List<Sample> series(Instant from, Instant to, Function<Instant, Double> value) {
        List<Sample> out = new ArrayList<>();
        Instant t = Instant.ofEpochSecond((from.getEpochSecond() + 29) / 30 * 30);
        for (; !t.isAfter(to) && !t.isAfter(Instant.now()); t = t.plusSeconds(30)) {
            out.add(new Sample(t, value.apply(t)));
        }
        return out;
    }

    @Override
    public List<Sample> series(Series series, Instant from, Instant to) {
        return switch (series) {
            case SOURCE_LATENCY, TARGET_LATENCY -> series(from, to, latency);
            case INCOMING_CHANGES -> List.of(new Sample(Instant.now(), incoming.apply(incomingReads.getAndIncrement())));
            case THROUGHPUT -> series(from, to, t -> 10.0);
        };
    }

    @Override
    public List<TableStatistics> tableStatistics() {
        return tables.stream().map(t -> new TableStatistics("shop", t, true, 3, 0, 0, 0, -1, -1, "Validated"))
                .toList();
    }
}
