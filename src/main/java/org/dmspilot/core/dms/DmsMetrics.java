package org.dmspilot.core.dms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * {@link MigrationMetrics} of an AWS DMS task or serverless replication: CloudWatch {@code AWS/DMS} series with
 * its dimensions ({@link DmsReplications.Target#dimensions()}) and DescribeTableStatistics (serverless:
 * DescribeReplicationTableStatistics). Periods are multiples of 60 s, at most ~1,440 points.
 */
public final class DmsMetrics implements MigrationMetrics {
    private static final java.util.Set<String> TABLE_STOPPED = java.util.Set.of("Table error", "Error",
            "Table cancelled");

    private final AwsClients aws;
    private final AwsCalls calls;
    private final ReplicationCalls replication;

    /** Metrics of the task {@code state} recorded for {@code plan}. */
    public DmsMetrics(AwsClients aws, DmsPlan plan, DmsState state, ProgressListener progress) {
        this.aws = aws;
        this.calls = new AwsCalls(Timing.DEFAULT, progress);
        this.replication = new ReplicationCalls(aws.dms(), DmsReplications.target(plan, state));
    }

    @Override
    public List<TableStatistics> tableStatistics() {
        return calls.call("reading table statistics", replication::tables).stream()
                .map(t -> new TableStatistics(t.schemaName(), t.tableName(), "Table completed".equals(t.tableState()),
                        n(t.fullLoadRows()), n(t.inserts()), n(t.updates()), n(t.deletes()), -1, -1,
                        t.validationState(), problem(t.tableState(), t.validationStateDetails()))).toList();
    }

    /** {@code Table error: <details>} for a table DMS stopped, null for one that loads or replicates. */
    static String problem(String tableState, String details) {
        if (tableState == null || !TABLE_STOPPED.contains(tableState)) {
            return null;
        }
        return tableState + (details == null || details.isBlank() ? "" : ": " + details);
    }

    /** Period for a range: a multiple of 60 s giving at most 1,440 points. */
    static int period(Instant from, Instant to) {
        long seconds = Math.max(60, Duration.between(from, to).getSeconds() / 1440);
        return (int) ((seconds + 59) / 60 * 60);
    }

    @Override
    public List<Sample> series(Series series, Instant from, Instant to) {
        String metric = series.dmsMetric();
        List<MetricDataResult> results = calls.call("reading " + metric + " from CloudWatch", () -> aws.cloudWatch()
                .getMetricData(b -> b.startTime(from).endTime(to).scanBy("TimestampAscending")
                        .metricDataQueries(q -> q.id("m").metricStat(s -> s.period(period(from, to)).stat("Average")
                                .metric(m -> m.namespace("AWS/DMS").metricName(metric).dimensions(
                                        replication.target().dimensions())))))).metricDataResults();
        List<Sample> samples = new ArrayList<>();
        for (MetricDataResult r : results) {
            for (int i = 0; i < Math.min(r.timestamps().size(), r.values().size()); i++) {
                samples.add(new Sample(r.timestamps().get(i), r.values().get(i)));
            }
        }
        return samples;
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
