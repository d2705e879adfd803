package org.dmspilot.core.dms;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * CDC latency from CloudWatch ({@code AWS/DMS}) with the replication's dimensions
 * ({@link DmsReplications.Target#dimensions()}). Periods are multiples of 60 s.
 */
final class TaskLatency {
    private static final Map<String, String> QUERIES = Map.of("source", "CDCLatencySource",
            "target", "CDCLatencyTarget");

    private final CloudWatchClient cloudWatch;
    private final AwsCalls calls;

    TaskLatency(CloudWatchClient cloudWatch, AwsCalls calls) {
        this.cloudWatch = cloudWatch;
        this.calls = calls;
    }

    /** The latest latency of the last 15 minutes, or null when CloudWatch has none or may not be read. */
    TaskStatus.Latency latest(List<Dimension> dimensions) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        List<MetricDataQuery> queries = QUERIES.entrySet().stream().map(q -> MetricDataQuery.builder().id(q.getKey())
                .metricStat(s -> s.period(60).stat("Average").metric(m -> m.namespace("AWS/DMS")
                        .metricName(q.getValue()).dimensions(dimensions)))
                .build()).toList();
        List<MetricDataResult> results;
        try {
            results = calls.call("reading CDC latency from CloudWatch", () -> cloudWatch.getMetricData(b -> b
                    .startTime(end.minus(15, ChronoUnit.MINUTES)).endTime(end).metricDataQueries(queries)
                    .scanBy("TimestampDescending"))).metricDataResults();
        } catch (DmsPilotException e) {
            calls.log("CDC latency unavailable: " + e.getMessage());
            return null;
        }
        Double source = latestValue(results, "source");
        Double target = latestValue(results, "target");
        Instant at = results.stream().filter(r -> !r.timestamps().isEmpty()).map(r -> r.timestamps().get(0))
                .max(Instant::compareTo).orElse(null);
        return source == null && target == null ? null : new TaskStatus.Latency(source, target, at);
    }

    private static Double latestValue(List<MetricDataResult> results, String id) {
        return results.stream().filter(r -> id.equals(r.id()) && !r.values().isEmpty()).map(r -> r.values().get(0))
                .findFirst().orElse(null);
    }
}
