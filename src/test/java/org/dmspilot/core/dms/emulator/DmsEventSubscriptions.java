package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.AwsEmulator.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * DMS event subscriptions (JSON 1.1): Create, Describe, Delete. As DMS does: the topic must exist in SNS
 * ({@code SNSInvalidTopicFault}), the source type and categories must be known, the source ids must exist
 * ({@code ResourceNotFoundFault}), a name is unique ({@code ResourceAlreadyExistsFault}); a subscription is
 * {@code creating}, then {@code active}, or {@code topic-not-exist} once its topic is deleted.
 */
final class DmsEventSubscriptions {
    private static final Set<String> SOURCE_TYPES = Set.of("replication-instance", "replication-task");
    private static final Set<String> TASK_CATEGORIES = Set.of("configuration change", "state change", "creation",
            "deletion", "failure");

    private final Map<String, ObjectNode> subscriptions = new LinkedHashMap<>();
    private final SnsEmulator sns;
    private final Predicate<String> taskExists;

    DmsEventSubscriptions(SnsEmulator sns, Predicate<String> taskExists) {
        this.sns = sns;
        this.taskExists = taskExists;
    }

    int count() {
        return subscriptions.size();
    }

    /** The answer to a DMS operation, or null when it is not an event subscription operation. */
    JsonNode call(String op, JsonNode req) {
        return switch (op) {
            case "CreateEventSubscription" -> JSON.createObjectNode().set("EventSubscription", create(req));
            case "DescribeEventSubscriptions" -> describe(req.path("SubscriptionName").asText(null));
            case "DeleteEventSubscription" -> {
                ObjectNode gone = subscriptions.remove(req.path("SubscriptionName").asText());
                if (gone == null) {
                    throw new AwsFault(400, "ResourceNotFoundFault", "Event subscription "
                            + req.path("SubscriptionName").asText() + " not found");
                }
                yield JSON.createObjectNode().set("EventSubscription", gone.deepCopy().put("Status", "deleting"));
            }
            default -> null;
        };
    }

    private ObjectNode create(JsonNode req) {
        String name = req.path("SubscriptionName").asText();
        if (subscriptions.containsKey(name)) {
            throw new AwsFault(400, "ResourceAlreadyExistsFault", "Event subscription " + name + " already exists");
        }
        String topic = req.path("SnsTopicArn").asText();
        if (!sns.exists(topic)) {
            throw new AwsFault(400, "SNSInvalidTopicFault", "The SNS topic " + topic + " does not exist");
        }
        String type = req.path("SourceType").asText();
        if (!SOURCE_TYPES.contains(type)) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid SourceType " + type);
        }
        for (JsonNode c : req.path("EventCategories")) {
            if (!TASK_CATEGORIES.contains(c.asText())) {
                throw new AwsFault(400, "InvalidParameterValueException", "Invalid event category " + c.asText());
            }
        }
        for (JsonNode id : req.path("SourceIds")) {
            if (type.equals("replication-task") && !taskExists.test(id.asText())) {
                throw new AwsFault(400, "ResourceNotFoundFault", "Replication task " + id.asText() + " not found");
            }
        }
        ObjectNode s = JSON.createObjectNode().put("CustomerAwsId", AwsEmulator.ACCOUNT)
                .put("CustSubscriptionId", name).put("SnsTopicArn", topic).put("Status", "creating")
                .put("SubscriptionCreationTime", java.time.Instant.now().toString()).put("SourceType", type)
                .put("Enabled", req.path("Enabled").asBoolean(true));
        s.set("SourceIdsList", req.path("SourceIds").deepCopy());
        s.set("EventCategoriesList", req.path("EventCategories").deepCopy());
        subscriptions.put(name, s);
        return s;
    }

    private JsonNode describe(String name) {
        ArrayNode out = JSON.createArrayNode();
        subscriptions.forEach((n, s) -> {
            if (name == null || name.equals(n)) {
                s.put("Status", sns.exists(s.path("SnsTopicArn").asText()) ? "active" : "topic-not-exist");
                out.add(s.deepCopy());
            }
        });
        if (name != null && out.isEmpty()) {
            throw new AwsFault(400, "ResourceNotFoundFault", "Event subscription " + name + " not found");
        }
        return JSON.createObjectNode().set("EventSubscriptionsList", out);
    }
}
