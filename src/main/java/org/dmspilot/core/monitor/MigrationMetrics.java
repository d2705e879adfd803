package org.dmspilot.core.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The measurements of a running migration, with the meaning AWS DMS gives them, whatever the backend: the local
 * engine implements it from its own counters, the CloudWatch reader from {@code AWS/DMS} metrics. The monitor and
 * the cutover checklist read only this interface.
 */
public interface MigrationMetrics {
    /** The time series every backend measures, with the name AWS DMS gives each in CloudWatch. */
    enum Series {
        /** Seconds between now and the source commit time of the last change read. */
        SOURCE_LATENCY("CDCLatencySource"),
        /** Seconds between now and the source commit time of the last change applied. */
        TARGET_LATENCY("CDCLatencyTarget"),
        /** Changes read but not yet applied. */
        INCOMING_CHANGES("CDCIncomingChanges"),
        /** Rows applied per second on the target. */
        THROUGHPUT("CDCThroughputRowsTarget");

        private final String dmsMetric;

        Series(String dmsMetric) {
            this.dmsMetric = dmsMetric;
        }

        /** The CloudWatch metric name in the {@code AWS/DMS} namespace. */
        public String dmsMetric() {
            return dmsMetric;
        }
    }

    /** The samples of one series taken from {@code from} to {@code to}, oldest first. */
    List<Sample> series(Series series, Instant from, Instant to);

    /** Seconds between now and the source commit time of the last change read (DMS {@code CDCLatencySource}). */
    default List<Sample> sourceLatency(Instant from, Instant to) {
        return series(Series.SOURCE_LATENCY, from, to);
    }

    /** Seconds between now and the source commit time of the last change applied ({@code CDCLatencyTarget}). */
    default List<Sample> targetLatency(Instant from, Instant to) {
        return series(Series.TARGET_LATENCY, from, to);
    }

    /** Changes read but not yet applied ({@code CDCIncomingChanges}). */
    default List<Sample> incomingChanges(Instant from, Instant to) {
        return series(Series.INCOMING_CHANGES, from, to);
    }

    /** Rows applied per second on the target ({@code CDCThroughputRowsTarget}). */
    default List<Sample> throughput(Instant from, Instant to) {
        return series(Series.THROUGHPUT, from, to);
    }

    /** Per-table progress and counts. */
    List<TableStatistics> tableStatistics();

    /** Per-table full-load (or reload) progress as the engine records it while it copies; empty when unknown. */
    default List<TableLoad> loadProgress() {
        return List.of();
    }
}
