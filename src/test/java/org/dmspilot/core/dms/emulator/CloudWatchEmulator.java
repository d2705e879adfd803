package org.dmspilot.core.dms.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * CloudWatch GetMetricData in Smithy RPC v2 CBOR. DMS task metrics have data points only when both dimensions
 * (instance identifier and the task's resource id) match a task, serverless ones when the single dimension
 * {@code ReplicationConfigIdentifier} names a replication config, and only for the minutes the task ran, as in AWS:
 * one point per period, aligned on the period, averaged over its minutes, ordered as {@code ScanBy} asks. The value
 * of each minute comes from a function of time the test may replace. Timestamps are CBOR tag 1.
 */
public final class CloudWatchEmulator {
    private final Map<String, Function<Instant, Double>> series = new ConcurrentHashMap<>(Map.of(
            "CDCLatencySource", t -> 2.0, "CDCLatencyTarget", t -> 5.0, "CDCIncomingChanges", t -> 7.0,
            "CDCThroughputRowsTarget", t -> 120.0));

    private final DmsEmulator dms;

    CloudWatchEmulator(DmsEmulator dms) {
        this.dms = dms;
    }

    /** The value of {@code metric} for the minute starting at each instant. */
    public CloudWatchEmulator series(String metric, Function<Instant, Double> valueAt) {
        series.put(metric, valueAt);
        return this;
    }

    byte[] call(String op, JsonNode req) {
        if (!op.equals("GetMetricData")) {
            throw new AwsFault(400, "InvalidAction", "Unsupported CloudWatch operation " + op);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = AwsEmulator.CBOR.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("MetricDataResults");
            g.writeStartArray();
            for (JsonNode q : req.path("MetricDataQueries")) {
                writeResult(g, q, req);
            }
            g.writeEndArray();
            g.writeFieldName("Messages");
            g.writeStartArray();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeResult(CBORGenerator g, JsonNode q, JsonNode req) throws IOException {
        JsonNode stat = q.path("MetricStat");
        int period = stat.path("Period").asInt();
        if (period <= 0 || period % 60 != 0) {
            throw new AwsFault(400, "InvalidParameterValue", "The parameter Period must be a multiple of 60.");
        }
        JsonNode metric = stat.path("Metric");
        Map<String, String> dims = new HashMap<>();
        metric.path("Dimensions").forEach(d -> dims.put(d.path("Name").asText(), d.path("Value").asText()));
        Function<Instant, Double> valueAt = series.get(metric.path("MetricName").asText());
        List<Instant> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        var range = !"AWS/DMS".equals(metric.path("Namespace").asText()) || valueAt == null
                ? java.util.Optional.<Instant[]>empty() : dims.size() == 1 && dims.containsKey(
                        "ReplicationConfigIdentifier") ? dms.serverlessMetricsRange(dims.get(
                                "ReplicationConfigIdentifier")) : dms.metricsRange(dims.getOrDefault(
                                        "ReplicationInstanceIdentifier", ""), dims.getOrDefault(
                                                "ReplicationTaskIdentifier", ""));
        if (range.isPresent()) {
            Instant now = Instant.now();
            Instant runFrom = range.get()[0].truncatedTo(ChronoUnit.MINUTES);
            Instant runTo = range.get()[1] == null ? now : range.get()[1];
            long from = (long) Math.floor(req.path("StartTime").asDouble()) / period * period;
            long to = (long) Math.ceil(req.path("EndTime").asDouble());
            for (long t = from; t < to; t += period) {
                double sum = 0;
                int n = 0;
                for (long m = t; m < t + period; m += 60) {
                    Instant minute = Instant.ofEpochSecond(m);
                    if (!minute.isBefore(runFrom) && !minute.isAfter(runTo)) {
                        sum += valueAt.apply(minute);
                        n++;
                    }
                }
                if (n > 0) {
                    times.add(Instant.ofEpochSecond(t));
                    values.add(sum / n);
                }
            }
        }
        if ("TimestampDescending".equals(req.path("ScanBy").asText("TimestampDescending"))) {
            Collections.reverse(times);
            Collections.reverse(values);
        }
        g.writeStartObject();
        g.writeStringField("Id", q.path("Id").asText());
        g.writeStringField("Label", metric.path("MetricName").asText());
        g.writeFieldName("Timestamps");
        g.writeStartArray();
        for (Instant t : times) {
            g.writeTag(1);
            g.writeNumber(t.getEpochSecond());
        }
        g.writeEndArray();
        g.writeFieldName("Values");
        g.writeStartArray();
        for (double v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeStringField("StatusCode", "Complete");
        g.writeEndObject();
    }
}
