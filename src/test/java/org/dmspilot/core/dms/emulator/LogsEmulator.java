package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.AwsEmulator.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Logs (JSON 1.1, {@code X-Amz-Target: Logs_20140328.*}): GetLogEvents with CloudWatch's paging
 * (newest events when reading backwards from the end, forward tokens that return the same token when nothing is
 * new), DescribeLogStreams, and ResourceNotFoundException for a missing group or stream. DMS writes into it as its
 * tasks run ({@link #write}).
 */
public final class LogsEmulator {
    private record Event(long timestamp, String message, long ingestion) {
    }

    /** Group name → stream name → events in order. */
    private final Map<String, Map<String, List<Event>>> groups = new LinkedHashMap<>();

    /** Appends a line to a stream, creating the group and stream as DMS does on a task's first run. */
    public synchronized LogsEmulator write(String group, String stream, Instant at, String message) {
        groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(stream, s -> new ArrayList<>())
                .add(new Event(at.toEpochMilli(), message, System.currentTimeMillis()));
        return this;
    }

    /** The messages of a stream, oldest first (empty when it does not exist). */
    public synchronized List<String> messages(String group, String stream) {
        return groups.getOrDefault(group, Map.of()).getOrDefault(stream, List.of()).stream().map(Event::message)
                .toList();
    }

    synchronized JsonNode call(String op, JsonNode req) {
        return switch (op) {
            case "GetLogEvents" -> getLogEvents(req);
            case "DescribeLogStreams" -> describeLogStreams(req);
            default -> throw new AwsFault(400, "InvalidOperationException", "Unsupported CloudWatch Logs operation "
                    + op);
        };
    }

    private List<Event> stream(JsonNode req) {
        Map<String, List<Event>> group = groups.get(req.path("logGroupName").asText());
        if (group == null) {
            throw new AwsFault(400, "ResourceNotFoundException", "The specified log group does not exist.");
        }
        List<Event> events = group.get(req.path("logStreamName").asText());
        if (events == null) {
            throw new AwsFault(400, "ResourceNotFoundException", "The specified log stream does not exist.");
        }
        return events;
    }

    private JsonNode getLogEvents(JsonNode req) {
        List<Event> events = stream(req);
        int limit = req.path("limit").asInt(10_000);
        if (limit < 1 || limit > 10_000) {
            throw new AwsFault(400, "InvalidParameterException", "1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 10000");
        }
        String token = req.path("nextToken").asText(null);
        int from;
        int to;
        if (token != null) {
            if (!token.matches("[fb]/\\d{1,9}")) {
                throw new AwsFault(400, "InvalidParameterException", "The specified nextToken is invalid.");
            }
            int at = Integer.parseInt(token.substring(2));
            if (token.startsWith("f/")) {
                from = Math.min(at, events.size());
                to = Math.min(events.size(), from + limit);
            } else {
                to = Math.min(at, events.size());
                from = Math.max(0, to - limit);
            }
        } else if (req.path("startFromHead").asBoolean(false)) {
            from = 0;
            to = Math.min(events.size(), limit);
        } else {
            to = events.size();
            from = Math.max(0, to - limit);
        }
        ArrayNode out = JSON.createArrayNode();
        for (Event e : events.subList(from, to)) {
            out.addObject().put("timestamp", e.timestamp()).put("message", e.message()).put("ingestionTime",
                    e.ingestion());
        }
        ObjectNode r = JSON.createObjectNode();
        r.set("events", out);
        return r.put("nextForwardToken", "f/" + to).put("nextBackwardToken", "b/" + from);
    }

    private JsonNode describeLogStreams(JsonNode req) {
        Map<String, List<Event>> group = groups.get(req.path("logGroupName").asText());
        if (group == null) {
            throw new AwsFault(400, "ResourceNotFoundException", "The specified log group does not exist.");
        }
        String prefix = req.path("logStreamNamePrefix").asText("");
        boolean byTime = "LastEventTime".equals(req.path("orderBy").asText("LogStreamName"));
        if (byTime && !prefix.isEmpty()) {
            throw new AwsFault(400, "InvalidParameterException",
                    "Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        List<Map.Entry<String, List<Event>>> streams = new ArrayList<>(group.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix)).toList());
        java.util.Comparator<Map.Entry<String, List<Event>>> order = byTime
                ? java.util.Comparator.comparingLong(e -> e.getValue().isEmpty() ? 0
                        : e.getValue().get(e.getValue().size() - 1).timestamp())
                : Map.Entry.comparingByKey();
        streams.sort(req.path("descending").asBoolean(false) ? order.reversed() : order);
        ArrayNode out = JSON.createArrayNode();
        streams.stream().limit(req.path("limit").asInt(50)).forEach(e -> {
            ObjectNode st = out.addObject().put("logStreamName", e.getKey());
            if (!e.getValue().isEmpty()) {
                st.put("lastEventTimestamp", e.getValue().get(e.getValue().size() - 1).timestamp());
            }
        });
        ObjectNode r = JSON.createObjectNode();
        r.set("logStreams", out);
        return r;
    }
}
