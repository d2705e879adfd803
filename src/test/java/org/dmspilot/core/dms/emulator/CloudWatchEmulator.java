package org.dmspilot.core.dms.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * CloudWatch GetMetricData in Smithy RPC v2 CBOR. DMS latency metrics have values only when both dimensions
 * (instance identifier and the task's resource id) match a running task, as in AWS; timestamps are CBOR tag 1.
 */
final class CloudWatchEmulator {
    private static final Map<String, Double> LATENCY = Map.of("CDCLatencySource", 2.0, "CDCLatencyTarget", 5.0,
            "CDCIncomingChanges", 7.0, "CDCThroughputRowsTarget", 120.0);

    private final DmsEmulator dms;

    CloudWatchEmulator(DmsEmulator dms) {
        this.dms = dms;
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
                writeResult(g, q);
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

    private void writeResult(CBORGenerator g, JsonNode q) throws IOException {
        JsonNode stat = q.path("MetricStat");
        if (stat.path("Period").asInt() % 60 != 0) {
            throw new AwsFault(400, "InvalidParameterValue", "The parameter Period must be a multiple of 60.");
        }
        JsonNode metric = stat.path("Metric");
        Map<String, String> dims = new HashMap<>();
        metric.path("Dimensions").forEach(d -> dims.put(d.path("Name").asText(), d.path("Value").asText()));
        Double value = LATENCY.get(metric.path("MetricName").asText());
        boolean known = "AWS/DMS".equals(metric.path("Namespace").asText()) && value != null && dms.isRunning(
                dims.getOrDefault("ReplicationInstanceIdentifier", ""), dims.getOrDefault("ReplicationTaskIdentifier",
                        ""));
        g.writeStartObject();
        g.writeStringField("Id", q.path("Id").asText());
        g.writeStringField("Label", metric.path("MetricName").asText());
        g.writeFieldName("Timestamps");
        g.writeStartArray();
        if (known) {
            g.writeTag(1);
            g.writeNumber(Instant.now().truncatedTo(ChronoUnit.MINUTES).getEpochSecond());
        }
        g.writeEndArray();
        g.writeFieldName("Values");
        g.writeStartArray();
        if (known) {
            g.writeNumber(value);
        }
        g.writeEndArray();
        g.writeStringField("StatusCode", "Complete");
        g.writeEndObject();
    }
}
