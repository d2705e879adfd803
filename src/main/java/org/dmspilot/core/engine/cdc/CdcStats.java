package org.dmspilot.core.engine.cdc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The engine's live counters, shared by the reader (what was read), the applier (what was applied) and the metrics
 * sampler. Latencies follow DMS: source latency is now minus the source commit time of the last change read, target
 * latency now minus that of the last change applied; both are 0 while the reader is caught up (a heartbeat came
 * after the last event) and nothing waits to be applied.
 */
final class CdcStats {
    private final AtomicLong readRows = new AtomicLong();
    private final AtomicLong appliedRows = new AtomicLong();
    private volatile long lastReadCommitMillis;
    private volatile long lastAppliedCommitMillis;
    private volatile long firstReadCommitMillis;
    private volatile boolean caughtUp = true;
    private final Map<String, LongAdder[]> perTable = new ConcurrentHashMap<>();
    private volatile String waitingFor; // "source" or "target" while CDC cannot reach it, else null
    private volatile long waitingSinceMillis;

    /** CDC lost {@code side} ("source" or "target") and retries; its latency grows from now on. */
    void waiting(String side, long nowMillis) {
        if (waitingFor == null) {
            waitingSinceMillis = nowMillis;
        }
        waitingFor = side;
    }

    /** CDC is connected again. */
    void connected() {
        waitingFor = null;
        waitingSinceMillis = 0;
    }

    /** {@code running}, or {@code waiting for source} / {@code waiting for target} while reconnecting. */
    String state() {
        String w = waitingFor;
        return w == null ? "running" : "waiting for " + w;
    }

    void read(long commitMillis, int rows) {
        if (firstReadCommitMillis == 0) {
            firstReadCommitMillis = commitMillis;
        }
        lastReadCommitMillis = commitMillis;
        readRows.addAndGet(rows);
        caughtUp = false;
    }

    void heartbeat() {
        caughtUp = true;
    }

    /** After a committed batch. */
    void applied(long commitMillis, int rows) {
        lastAppliedCommitMillis = commitMillis;
        appliedRows.addAndGet(rows);
    }

    void count(String table, Op op) {
        perTable.computeIfAbsent(table, t -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()})
                [op.ordinal()].increment();
    }

    /** A new session re-reads from the checkpoint: what was read but not applied is read again. */
    void resetPending() {
        readRows.set(appliedRows.get());
        caughtUp = false;
    }

    long pending() {
        return Math.max(0, readRows.get() - appliedRows.get());
    }

    long appliedRows() {
        return appliedRows.get();
    }

    double sourceLatencySeconds(long nowMillis) {
        long since = waitingSinceMillis;
        double blind = since == 0 ? 0 : Math.max(0, nowMillis - since) / 1000.0; // nothing can be read meanwhile
        if (caughtUp || lastReadCommitMillis == 0) {
            return blind;
        }
        return Math.max(blind, Math.max(0, nowMillis - lastReadCommitMillis) / 1000.0);
    }

    double targetLatencySeconds(long nowMillis) {
        if (pending() == 0) {
            return sourceLatencySeconds(nowMillis);
        }
        long applied = lastAppliedCommitMillis == 0 ? firstReadCommitMillis : lastAppliedCommitMillis;
        return Math.max(0, nowMillis - applied) / 1000.0;
    }

    /** inserts, updates, deletes applied to {@code table} (source name). */
    long[] counts(String table) {
        LongAdder[] a = perTable.get(table);
        return a == null ? new long[3] : new long[] {a[0].sum(), a[1].sum(), a[2].sum()};
    }
}
