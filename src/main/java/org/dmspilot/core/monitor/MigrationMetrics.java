package org.dmspilot.core.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The measurements of a running migration, with the meaning AWS DMS gives them, whatever the backend: the local
 * engine implements it from its own counters, the CloudWatch reader from {@code AWS/DMS} metrics. The monitor and
 * the cutover checklist read only this interface.
 */
public interface MigrationMetrics {
    /** Seconds between now and the source commit time of the last change read (DMS {@code CDCLatencySource}). */
    List<Sample> sourceLatency(Instant from, Instant to);

    /** Seconds between now and the source commit time of the last change applied ({@code CDCLatencyTarget}). */
    List<Sample> targetLatency(Instant from, Instant to);

    /** Changes read but not yet applied ({@code CDCIncomingChanges}). */
    List<Sample> incomingChanges(Instant from, Instant to);

    /** Rows applied per second on the target ({@code CDCThroughputRowsTarget}). */
    List<Sample> throughput(Instant from, Instant to);

    /** Per-table progress and counts. */
    List<TableStatistics> tableStatistics();
}
