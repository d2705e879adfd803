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
import java.util.Set;

/**
 * DMS Serverless (JSON 1.1): replication configs and their replication, with the service's states. A start walks
 * {@code initializing → preparing_metadata_resources → testing_connection → fetching_metadata →
 * calculating_capacity → provisioning_capacity → replication_starting → running}, one state per describe, with
 * {@code ProvisionData} going {@code provisioning → provisioned}; a stop {@code stopping → stopped}; a delete
 * {@code deleting}, then gone. The replication logs to {@code dms-serverless-replication-<resource id>}.
 */
final class DmsServerless {
    private static final List<String> STARTING = List.of("initializing", "preparing_metadata_resources",
            "testing_connection", "fetching_metadata", "calculating_capacity", "provisioning_capacity",
            "replication_starting", "running");
    private static final Set<String> STARTABLE = Set.of("created", "stopped", "failed");
    private static final Set<Integer> UNITS = Set.of(1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384);
    private static final Map<String, String> FILTERS = Map.of("replication-config-arn", "ReplicationConfigArn",
            "replication-config-id", "ReplicationConfigIdentifier");

    /** A config and its replication, with the states still to walk through. */
    private static final class Entry {
        final ObjectNode config;
        final ObjectNode replication;
        final List<String> pending = new ArrayList<>();

        Entry(ObjectNode config, ObjectNode replication) {
            this.config = config;
            this.replication = replication;
        }

        String status() {
            return replication.path("Status").asText();
        }

        void walk(List<String> states) {
            replication.put("Status", states.get(0));
            pending.clear();
            pending.addAll(states.subList(1, states.size()));
        }

        /** One describe: the next pending state. */
        void describe() {
            if (!pending.isEmpty()) {
                replication.put("Status", pending.remove(0));
            }
            String s = status();
            ObjectNode provision = replication.putObject("ProvisionData");
            boolean provisioned = STARTING.indexOf(s) >= STARTING.indexOf("replication_starting")
                    || Set.of("stopping", "stopped").contains(s);
            provision.put("ProvisionState", provisioned ? "provisioned" : STARTING.contains(s) ? "provisioning"
                    : "deprovisioned");
            if (provisioned) {
                JsonNode compute = config.path("ComputeConfig");
                provision.put("ProvisionedCapacityUnits", Math.max(compute.path("MinCapacityUnits").asInt(2),
                        Math.min(4, compute.path("MaxCapacityUnits").asInt())));
            }
        }
    }

    private final DmsEmulator dms;
    private final LogsEmulator logs;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    DmsServerless(DmsEmulator dms, LogsEmulator logs) {
        this.dms = dms;
        this.logs = logs;
    }

    JsonNode call(String op, JsonNode req) {
        return switch (op) {
            case "CreateReplicationConfig" -> wrap("ReplicationConfig", create(req));
            case "DescribeReplicationConfigs" -> describeConfigs(req);
            case "DescribeReplications" -> describeReplications(req);
            case "StartReplication" -> wrap("Replication", start(req));
            case "StopReplication" -> wrap("Replication", stop(req));
            case "DescribeReplicationTableStatistics" -> tableStatistics(req);
            case "ReloadReplicationTables" -> reload(req);
            case "DeleteReplicationConfig" -> wrap("ReplicationConfig", delete(req));
            default -> null;
        };
    }

    /** Identifiers of the configs, for {@code counts()}. */
    int count() {
        return entries.size();
    }

    /** Whether an endpoint is used by a replication config (it cannot be deleted then). */
    boolean usesEndpoint(String arn) {
        return entries.values().stream().anyMatch(e -> arn.equals(e.config.path("SourceEndpointArn").asText())
                || arn.equals(e.config.path("TargetEndpointArn").asText()));
    }

    /** Whether a subnet group is used by a replication config. */
    boolean usesSubnetGroup(String id) {
        return entries.values().stream().anyMatch(e -> id.equals(e.config.path("ComputeConfig")
                .path("ReplicationSubnetGroupId").asText()));
    }

    /** The time range CloudWatch has metrics for the config with this identifier. */
    java.util.Optional<String> arnOf(String resourceId) {
        String arn = DmsEmulator.arn("replication-config", resourceId);
        return entries.containsKey(arn) ? java.util.Optional.of(arn) : java.util.Optional.empty();
    }

    /** Fails a running replication: status {@code failed}, a failure message, an error in its log. */
    void fail(String identifier, String message) {
        entries.values().stream().filter(e -> e.config.path("ReplicationConfigIdentifier").asText().equals(
                identifier)).forEach(e -> {
                    e.walk(List.of("failed"));
                    e.replication.put("StopReason", "Stop Reason FATAL_ERROR");
                    e.replication.putArray("FailureMessages").add(message);
                    dms.metricsRun(e.config.path("ReplicationConfigArn").asText(), false);
                    log(e, 'E', "TASK_MANAGER", message);
                });
    }

    /** Errors of a failed table go to the logs of the running replications. */
    void logTableFailure(String schema, String table, String reason) {
        entries.values().stream().filter(e -> e.status().equals("running")).forEach(e -> log(e, 'E',
                "TARGET_LOAD", "Failed to load table '" + schema + "'.'" + table + "': " + reason
                        + "  (load_utils.c:1018)"));
    }

    private ObjectNode create(JsonNode req) {
        String id = req.path("ReplicationConfigIdentifier").asText();
        if (entries.values().stream().anyMatch(e -> e.config.path("ReplicationConfigIdentifier").asText()
                .equals(id))) {
            throw AwsFault.alreadyExists("Replication config " + id);
        }
        require(dms.endpointStore(), req.path("SourceEndpointArn").asText(), "Source endpoint");
        require(dms.endpointStore(), req.path("TargetEndpointArn").asText(), "Target endpoint");
        JsonNode compute = req.path("ComputeConfig");
        if (!dms.subnetGroups().containsKey(compute.path("ReplicationSubnetGroupId").asText())) {
            throw AwsFault.notFound("Replication Subnet Group " + compute.path("ReplicationSubnetGroupId").asText()
                    + " not found");
        }
        int max = compute.path("MaxCapacityUnits").asInt();
        int min = compute.path("MinCapacityUnits").asInt(0);
        if (!UNITS.contains(max) || min != 0 && (!UNITS.contains(min) || min > max)) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid capacity units: min " + min + ", max "
                    + max);
        }
        if (!Set.of("full-load", "cdc", "full-load-and-cdc").contains(req.path("ReplicationType").asText())) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid ReplicationType");
        }
        JsonNode settings = parse(req.path("ReplicationSettings").asText("{}"), "ReplicationSettings");
        if (settings.path("Logging").has("CloudWatchLogGroup")) {
            throw new AwsFault(400, "InvalidParameterValueException",
                    "CloudWatchLogGroup and CloudWatchLogStream cannot be specified on create.");
        }
        if (!parse(req.path("TableMappings").asText(), "TableMappings").path("rules").isArray()) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid table mappings: no rules");
        }
        String resourceId = req.path("ResourceIdentifier").asText(DmsEmulator.randomId());
        String arn = DmsEmulator.arn("replication-config", resourceId);
        ObjectNode config = ((ObjectNode) req.deepCopy()).put("ReplicationConfigArn", arn)
                .put("ReplicationConfigCreateTime", DmsEmulator.now());
        config.remove(List.of("Tags", "ResourceIdentifier"));
        ObjectNode replication = JSON.createObjectNode().put("ReplicationConfigIdentifier", id)
                .put("ReplicationConfigArn", arn).put("SourceEndpointArn", config.path("SourceEndpointArn").asText())
                .put("TargetEndpointArn", config.path("TargetEndpointArn").asText())
                .put("ReplicationType", config.path("ReplicationType").asText()).put("Status", "created");
        Entry e = new Entry(config, replication);
        e.describe();
        entries.put(arn, e);
        dms.tag(arn, req.path("Tags"));
        return config;
    }

    private JsonNode describeConfigs(JsonNode req) {
        ArrayNode out = JSON.createArrayNode();
        for (var it = entries.values().iterator(); it.hasNext();) {
            Entry e = it.next();
            if (matches(e.config, req.path("Filters")) && !gone(e, it)) {
                out.add(e.config.deepCopy());
            }
        }
        if (out.isEmpty()) {
            throw AwsFault.notFound("No replication configs found matching provided filters");
        }
        return JSON.createObjectNode().set("ReplicationConfigs", out);
    }

    private JsonNode describeReplications(JsonNode req) {
        ArrayNode out = JSON.createArrayNode();
        for (var it = entries.values().iterator(); it.hasNext();) {
            Entry e = it.next();
            if (matches(e.replication, req.path("Filters"))) {
                e.describe();
                if (!gone(e, it)) {
                    out.add(e.replication.deepCopy());
                }
            }
        }
        if (out.isEmpty()) {
            throw AwsFault.notFound("No replications found matching provided filters");
        }
        return JSON.createObjectNode().set("Replications", out);
    }

    private boolean gone(Entry e, java.util.Iterator<Entry> it) {
        if (e.status().equals("deleting") && e.pending.isEmpty()) {
            it.remove();
            dms.untag(e.config.path("ReplicationConfigArn").asText());
            return true;
        }
        return false;
    }

    private ObjectNode start(JsonNode req) {
        Entry e = require(req.path("ReplicationConfigArn").asText());
        String type = req.path("StartReplicationType").asText();
        if (!Set.of("start-replication", "resume-processing", "reload-target").contains(type)) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid StartReplicationType " + type);
        }
        if (!STARTABLE.contains(e.status())) {
            throw AwsFault.invalidState("Replication is in " + e.status() + " state and cannot be started");
        }
        if (type.equals("start-replication") && !e.status().equals("created")) {
            throw AwsFault.invalidState("The replication already ran: resume or reload it");
        }
        e.walk(STARTING);
        e.replication.put("StartReplicationType", type).put("ReplicationCreateTime", DmsEmulator.now());
        e.replication.remove(List.of("StopReason", "FailureMessages"));
        e.replication.putObject("ReplicationStats").put("FullLoadProgressPercent", 100).put("TablesLoaded",
                dms.emulatedTables().size());
        dms.metricsRun(e.config.path("ReplicationConfigArn").asText(), true);
        log(e, 'I', "TASK_MANAGER", "Serverless replication '" + e.config.path("ReplicationConfigIdentifier")
                .asText() + "' starting (" + type + ")  (replicationtask.c:1498)");
        int n = 1;
        for (EmulatedTable t : dms.emulatedTables()) {
            log(e, 'I', "TARGET_LOAD", "Load finished for table '" + t.schema() + "'.'" + t.table() + "' (Id = "
                    + n++ + "). " + t.fullLoadRows() + " rows received. 0 rows skipped.  (streamcomponent.c:3543)");
        }
        return e.replication;
    }

    private ObjectNode stop(JsonNode req) {
        Entry e = require(req.path("ReplicationConfigArn").asText());
        if (!e.status().equals("running")) {
            throw AwsFault.invalidState("Replication is in " + e.status() + " state and cannot be stopped");
        }
        e.walk(List.of("stopping", "stopped"));
        e.replication.put("StopReason", "Stop Reason NORMAL");
        dms.metricsRun(e.config.path("ReplicationConfigArn").asText(), false);
        log(e, 'I', "TASK_MANAGER", "Stopping the replication  (replicationtask.c:3201)");
        return e.replication;
    }

    private JsonNode tableStatistics(JsonNode req) {
        Entry e = require(req.path("ReplicationConfigArn").asText());
        ArrayNode stats = JSON.createArrayNode();
        if (Set.of("running", "stopping", "stopped").contains(e.status())) {
            stats = DmsCreates.statistics(dms.describeTables());
        }
        ObjectNode out = JSON.createObjectNode().put("ReplicationConfigArn", e.config.path("ReplicationConfigArn")
                .asText());
        out.set("ReplicationTableStatistics", stats);
        return out;
    }

    private JsonNode reload(JsonNode req) {
        Entry e = require(req.path("ReplicationConfigArn").asText());
        if (!e.status().equals("running")) {
            throw AwsFault.invalidState("The replication is " + e.status() + ": tables can be reloaded only while it "
                    + "runs");
        }
        String option = req.path("ReloadOption").asText("data-reload");
        if (!Set.of("data-reload", "validate-only").contains(option)) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid ReloadOption " + option);
        }
        for (JsonNode t : req.path("TablesToReload")) {
            dms.reload(t.path("SchemaName").asText(), t.path("TableName").asText(), option.equals("validate-only"),
                    null);
            log(e, 'I', "TASK_MANAGER", "Reloading table '" + t.path("SchemaName").asText() + "'.'"
                    + t.path("TableName").asText() + "' (" + option + ")  (replicationtask.c:4120)");
        }
        return JSON.createObjectNode().put("ReplicationConfigArn", e.config.path("ReplicationConfigArn").asText());
    }

    private ObjectNode delete(JsonNode req) {
        Entry e = require(req.path("ReplicationConfigArn").asText());
        if (!Set.of("created", "stopped", "failed", "deleting").contains(e.status())) {
            throw AwsFault.invalidState("Replication is " + e.status() + "; stop it before deleting its config");
        }
        if (!e.status().equals("deleting")) {
            e.walk(List.of("deleting", "deleting"));
        }
        return e.config;
    }

    private void log(Entry e, char level, String component, String text) {
        String arn = e.config.path("ReplicationConfigArn").asText();
        String resourceId = arn.substring(arn.lastIndexOf(':') + 1);
        Instant now = Instant.now();
        logs.write("dms-serverless-replication-" + resourceId, "dms-serverless-serv-res-id-" + resourceId, now,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(now.atOffset(java.time.ZoneOffset.UTC)
                        .toLocalDateTime().withNano(0)) + " [" + String.format("%-16s", component) + "]" + level
                        + ":  " + text);
    }

    private Entry require(String arn) {
        Entry e = entries.get(arn);
        if (e == null) {
            throw AwsFault.notFound("Replication config " + arn + " not found");
        }
        return e;
    }

    private static void require(Map<String, DmsEmulator.Res> store, String arn, String what) {
        if (!store.containsKey(arn)) {
            throw AwsFault.notFound(what + " " + arn + " not found");
        }
    }

    private static boolean matches(JsonNode node, JsonNode filters) {
        return DmsEmulator.matches(node, filters, FILTERS);
    }

    private static JsonNode parse(String json, String member) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException ex) {
            throw new AwsFault(400, "InvalidParameterValueException", member + " is not valid JSON");
        }
    }

    private static JsonNode wrap(String member, JsonNode node) {
        return JSON.createObjectNode().set(member, node.deepCopy());
    }
}
