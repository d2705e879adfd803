package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.QueryXml.el;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SNS (query protocol, XML) as far as the notifications need: CreateTopic (idempotent by name, tags kept from the
 * first create), Subscribe (an e-mail subscription stays {@code pending confirmation}), ListSubscriptionsByTopic,
 * ListTopics, ListTagsForResource, DeleteTopic (its subscriptions go with it; deleting a missing topic succeeds, as in SNS).
 */
public final class SnsEmulator {
    /** A topic with its tags and e-mail subscriptions. */
    public record Topic(String name, String arn, Map<String, String> tags, List<String> emails) {
    }

    private final Map<String, Topic> topics = new LinkedHashMap<>();

    /** The topics by ARN. */
    public synchronized Map<String, Topic> topics() {
        return Map.copyOf(topics);
    }

    synchronized boolean exists(String arn) {
        return topics.containsKey(arn);
    }

    synchronized String call(String op, Map<String, String> p) {
        return switch (op) {
            case "CreateTopic" -> createTopic(p);
            case "Subscribe" -> {
                Topic t = topic(p.get("TopicArn"));
                if (!"email".equals(p.get("Protocol")) || !p.getOrDefault("Endpoint", "").contains("@")) {
                    throw new AwsFault(400, "InvalidParameter", "Invalid parameter: Email address");
                }
                if (!t.emails().contains(p.get("Endpoint"))) {
                    t.emails().add(p.get("Endpoint"));
                }
                yield el("SubscriptionArn", "pending confirmation");
            }
            case "ListSubscriptionsByTopic" -> {
                Topic t = topic(p.get("TopicArn"));
                StringBuilder members = new StringBuilder();
                t.emails().forEach(e -> members.append("<member>").append(el("TopicArn", t.arn()))
                        .append(el("Protocol", "email")).append(el("Endpoint", e))
                        .append(el("SubscriptionArn", "PendingConfirmation")).append(el("Owner", AwsEmulator.ACCOUNT))
                        .append("</member>"));
                yield "<Subscriptions>" + members + "</Subscriptions>";
            }
            case "ListTagsForResource" -> {
                StringBuilder members = new StringBuilder();
                topic(p.get("ResourceArn")).tags().forEach((k, v) -> members.append("<member>").append(el("Key", k))
                        .append(el("Value", v)).append("</member>"));
                yield "<Tags>" + members + "</Tags>";
            }
            case "ListTopics" -> {
                StringBuilder members = new StringBuilder();
                topics.keySet().forEach(arn -> members.append("<member>").append(el("TopicArn", arn))
                        .append("</member>"));
                yield "<Topics>" + members + "</Topics>";
            }
            case "DeleteTopic" -> {
                topics.remove(p.get("TopicArn"));
                yield null;
            }
            default -> throw new AwsFault(400, "InvalidAction", "Unsupported SNS operation " + op);
        };
    }

    private String createTopic(Map<String, String> p) {
        String name = p.getOrDefault("Name", "");
        if (!name.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new AwsFault(400, "InvalidParameter", "Invalid parameter: Topic Name");
        }
        String arn = "arn:aws:sns:" + DmsEmulator.REGION + ":" + AwsEmulator.ACCOUNT + ":" + name;
        topics.computeIfAbsent(arn, a -> {
            Map<String, String> tags = new LinkedHashMap<>();
            for (int i = 1; p.containsKey("Tags.member." + i + ".Key"); i++) {
                tags.put(p.get("Tags.member." + i + ".Key"), p.get("Tags.member." + i + ".Value"));
            }
            return new Topic(name, a, tags, new ArrayList<>());
        });
        return el("TopicArn", arn);
    }

    private Topic topic(String arn) {
        Topic t = topics.get(arn);
        if (t == null) {
            throw new AwsFault(404, "NotFound", "Topic does not exist");
        }
        return t;
    }
}
