package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.AwsEmulator.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Secrets Manager (JSON 1.1): CreateSecret, DescribeSecret, GetSecretValue, ListSecrets (filters on tag key and
 * value), DeleteSecret (at once with ForceDeleteWithoutRecovery, else scheduled: hidden from ListSecrets, still
 * described with its DeletedDate).
 */
public final class SecretsEmulator {
    private final Map<String, ObjectNode> secrets = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Secret values by name, for assertions. */
    public synchronized Map<String, String> values() {
        return Map.copyOf(values);
    }

    synchronized JsonNode call(String op, JsonNode req) {
        return switch (op) {
            case "CreateSecret" -> {
                String name = req.path("Name").asText();
                if (secrets.containsKey(name)) {
                    throw new AwsFault(400, "ResourceExistsException", "The operation failed because the secret "
                            + name + " already exists.");
                }
                String arn = "arn:aws:secretsmanager:" + DmsEmulator.REGION + ":" + AwsEmulator.ACCOUNT + ":secret:"
                        + name + "-" + DmsEmulator.randomId().substring(0, 6);
                ObjectNode node = JSON.createObjectNode().put("ARN", arn).put("Name", name)
                        .put("Description", req.path("Description").asText());
                node.set("Tags", req.path("Tags").isArray() ? req.path("Tags").deepCopy() : JSON.createArrayNode());
                secrets.put(name, node);
                values.put(name, req.path("SecretString").asText());
                yield JSON.createObjectNode().put("ARN", arn).put("Name", name).put("VersionId",
                        java.util.UUID.randomUUID().toString());
            }
            case "DescribeSecret" -> require(req.path("SecretId").asText()).deepCopy();
            case "DeleteSecret" -> {
                ObjectNode secret = require(req.path("SecretId").asText());
                String name = secret.path("Name").asText();
                if (req.path("ForceDeleteWithoutRecovery").asBoolean(false)) {
                    secrets.remove(name);
                    values.remove(name);
                } else {
                    secret.put("DeletedDate", DmsEmulator.now());
                }
                yield JSON.createObjectNode().put("ARN", secret.path("ARN").asText()).put("Name", name)
                        .put("DeletionDate", DmsEmulator.now());
            }
            case "ListSecrets" -> {
                var list = JSON.createArrayNode();
                secrets.values().stream().filter(sec -> !sec.has("DeletedDate") || req.path(
                        "IncludePlannedDeletion").asBoolean(false)).filter(sec -> matches(sec, req.path("Filters")))
                        .forEach(sec -> list.add(sec.deepCopy()));
                ObjectNode out = JSON.createObjectNode();
                out.set("SecretList", list);
                yield out;
            }
            case "GetSecretValue" -> {
                ObjectNode s = require(req.path("SecretId").asText());
                yield JSON.createObjectNode().put("ARN", s.path("ARN").asText()).put("Name", s.path("Name")
                        .asText()).put("SecretString", values.get(s.path("Name").asText()));
            }
            default -> throw new AwsFault(400, "InvalidAction", "Unsupported Secrets Manager operation " + op);
        };
    }

    private static boolean matches(ObjectNode secret, JsonNode filters) {
        for (JsonNode f : filters) {
            String field = switch (f.path("Key").asText()) {
                case "tag-key" -> "Key";
                case "tag-value" -> "Value";
                case "name" -> null;
                default -> throw new AwsFault(400, "InvalidParameterException", "Unsupported filter "
                        + f.path("Key").asText());
            };
            java.util.List<String> values = new java.util.ArrayList<>();
            f.path("Values").forEach(v -> values.add(v.asText()));
            boolean hit = field == null ? values.stream().anyMatch(v -> secret.path("Name").asText().startsWith(v))
                    : java.util.stream.StreamSupport.stream(secret.path("Tags").spliterator(), false)
                            .anyMatch(t -> values.contains(t.path(field).asText()));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private ObjectNode require(String id) {
        return secrets.values().stream().filter(s -> s.path("Name").asText().equals(id)
                || s.path("ARN").asText().equals(id)).findFirst().orElseThrow(() -> new AwsFault(400,
                        "ResourceNotFoundException", "Secrets Manager can't find the specified secret."));
    }
}
