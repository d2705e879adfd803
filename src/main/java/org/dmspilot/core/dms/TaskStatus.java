package org.dmspilot.core.dms;

import java.time.Instant;
import java.util.List;

/**
 * A replication task's state as the monitor shows it.
 *
 * @param fullLoadPercent full load progress, null before it starts
 * @param tables per-table statistics (DescribeTableStatistics)
 * @param latency CDC latency from CloudWatch, null when unknown
 * @param capacity DMS Serverless provisioning state and capacity ({@code provisioned 4 DCU}), null for a task
 */
public record TaskStatus(String identifier, String arn, String status, String lastFailureMessage,
        Integer fullLoadPercent, List<TableStats> tables, Latency latency, String capacity) {

    /**
     * One table: rows loaded, changes applied, table and validation state, and why DMS stopped it (null if not).
     */
    public record TableStats(String schema, String table, long fullLoadRows, long inserts, long updates,
            long deletes, String tableState, String validationState, String problem) {
    }

    /** Latest CDC latency in seconds (source: capture lag, target: apply lag), null when not reported. */
    public record Latency(Double sourceSeconds, Double targetSeconds, Instant at) {
    }
}
