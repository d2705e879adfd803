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
import java.util.UUID;

/**
 * AWS DMS (JSON 1.1) over an in-memory account. Status transitions happen as the caller describes: an instance is
 * {@code creating} for a few describes, then {@code available}; a connection {@code testing}, then {@code successful}
 * (or {@code failed} for endpoints marked so); a task {@code creating → ready}, {@code starting → running},
 * {@code stopping → stopped}; DMS Serverless replication configs as {@link DmsServerless} describes.
 */
public final class DmsEmulator {
    static final String REGION = "eu-west-1";
    private static final Map<String, String> FILTER_FIELDS = Map.of(
            "replication-subnet-group-id", "ReplicationSubnetGroupIdentifier",
            "replication-instance-id", "ReplicationInstanceIdentifier",
            "replication-instance-arn", "ReplicationInstanceArn", "endpoint-id", "EndpointIdentifier",
            "endpoint-arn", "EndpointArn", "replication-task-id", "ReplicationTaskIdentifier",
            "replication-task-arn", "ReplicationTaskArn", "certificate-id", "CertificateIdentifier");

    /** A resource with its description and a pending status change after some describes. */
    static final class Res {
        /** The status a deleted resource reaches: it is then no longer listed. */
        static final String GONE = "<gone>";

        final ObjectNode node;
        final String statusField;
        String next;
        int describesLeft;

        Res(ObjectNode node, String statusField) {
            this.node = node;
            this.statusField = statusField;
        }

        void moveTo(String status, String then, int after) {
            node.put(statusField, status);
            next = then;
            describesLeft = after;
        }

        String status() {
            return node.path(statusField).asText();
        }

        ObjectNode describe() {
            if (next != null && --describesLeft <= 0) {
                node.put(statusField, next);
                next = null;
            }
            return node;
        }
    }

    private final IamEmulator iam;
    private final LogsEmulator logs;
    private final Map<String, Res> subnetGroups = new LinkedHashMap<>();
    private final Map<String, Res> instances = new LinkedHashMap<>();
    private final Map<String, Res> endpoints = new LinkedHashMap<>();
    private final Map<String, Res> connections = new LinkedHashMap<>();
    private final Map<String, Res> tasks = new LinkedHashMap<>();
    private final Map<String, Res> certificates = new LinkedHashMap<>();
    private final Map<String, ArrayNode> tags = new LinkedHashMap<>();
    private final Map<String, String> failingEndpoints = new LinkedHashMap<>();
    private final Map<String, String> failingStarts = new LinkedHashMap<>();
    private final java.util.Map<String, String> failingInstances = new java.util.HashMap<>();
    private int describes = 2;
    private List<EmulatedTable> emulatedTables = List.of(EmulatedTable.validated("shop", "orders", 1000),
            EmulatedTable.validated("shop", "customers", 250));
    /** Per task ARN: the times CloudWatch has data for (start, and stop once stopped). */
    private final Map<String, Instant[]> metricRuns = new LinkedHashMap<>();

    private final DmsServerless serverless;

    DmsEmulator(IamEmulator iam, LogsEmulator logs) {
        this.iam = iam;
        this.logs = logs;
        this.serverless = new DmsServerless(this, logs);
    }

    /** Whether an endpoint is used by a serverless replication config. */
    synchronized boolean usedByReplicationConfig(String endpointArn) {
        return serverless.usesEndpoint(endpointArn);
    }

    /** Whether a subnet group is used by a serverless replication config. */
    synchronized boolean subnetGroupUsedByReplicationConfig(String id) {
        return serverless.usesSubnetGroup(id);
    }

    /**
     * Writes a line to the task's CloudWatch Logs stream as DMS formats it ({@code <time> [COMPONENT]E:  text}), in
     * the group {@code dms-tasks-<instance identifier>} and stream {@code dms-task-<task resource id>}.
     */
    synchronized void logTask(JsonNode task, char level, String component, String text) {
        if (task == null) {
            return;
        }
        String instanceArn = task.path("ReplicationInstanceArn").asText();
        Res instance = instances.get(instanceArn);
        String taskArn = task.path("ReplicationTaskArn").asText();
        if (instance == null) {
            return;
        }
        Instant now = Instant.now();
        logs.write("dms-tasks-" + instance.node.path("ReplicationInstanceIdentifier").asText(), "dms-task-"
                + taskArn.substring(taskArn.lastIndexOf(':') + 1), now, java.time.format.DateTimeFormatter
                        .ISO_LOCAL_DATE_TIME.format(now.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime()
                                .withNano(0)) + " [" + String.format("%-16s", component) + "]" + level + ":  " + text);
    }

    /**
     * Fails one table of every running task, as DMS does when it cannot load it: the table's state becomes
     * {@code Table error} and an error line naming it and the reason goes to the task log.
     */
    public synchronized DmsEmulator failTable(String schema, String table, String reason) {
        emulatedTables = emulatedTables.stream().map(t -> t.schema().equals(schema) && t.table().equals(table)
                ? t.withTableState("Table error").withValidation("Table error", 0, 0).withFailure(reason) : t).toList();
        tasks.values().stream().filter(r -> r.status().equals("running")).forEach(r -> logTask(r.node, 'E',
                "TARGET_LOAD", "Failed to load table '" + schema + "'.'" + table + "': " + reason
                        + "  (load_utils.c:1018)"));
        serverless.logTableFailure(schema, table, reason);
        return this;
    }

    /** Tables being reloaded: describes of the statistics left before they are loaded and validated again. */
    private final Map<String, Integer> reloading = new LinkedHashMap<>();

    /** Starts reloading one table of a task (ReloadTables). */
    synchronized void reload(String schema, String table, boolean validateOnly, JsonNode task) {
        if (emulatedTables.stream().noneMatch(t -> t.schema().equals(schema) && t.table().equals(table))) {
            throw new AwsFault(400, "InvalidParameterValueException", "Table " + schema + "." + table
                    + " is not part of the task");
        }
        emulatedTables = emulatedTables.stream().map(t -> !t.schema().equals(schema) || !t.table().equals(table) ? t
                : validateOnly ? t.withValidation("Pending records", 0, t.fullLoadRows())
                        : t.withTableState("Before load").withValidation("Pending records", 0, t.fullLoadRows())
                                .withFailure(null)).toList();
        reloading.put(schema + "." + table, describes);
        logTask(task, 'I', "TASK_MANAGER", "Reloading table '" + schema + "'.'" + table + "' ("
                + (validateOnly ? "validate-only" : "data-reload") + ")  (replicationtask.c:4120)");
    }

    /** The tables as a statistics describe sees them: reloads complete after some describes. */
    synchronized List<EmulatedTable> describeTables() {
        reloading.replaceAll((k, v) -> v - 1);
        reloading.entrySet().removeIf(e -> {
            if (e.getValue() > 0) {
                return false;
            }
            emulatedTables = emulatedTables.stream().map(t -> (t.schema() + "." + t.table()).equals(e.getKey())
                    ? t.withTableState("Table completed").withValidation("Validated", 0, 0).withFailure(null) : t)
                    .toList();
            return true;
        });
        return emulatedTables;
    }

    /** The task fails, as DMS reports it: status {@code failed}, its last failure message, an error in its log. */
    public synchronized DmsEmulator failTask(String taskIdentifier, String message) {
        serverless.fail(taskIdentifier, message);
        tasks.values().stream().filter(r -> r.node.path("ReplicationTaskIdentifier").asText().equals(
                taskIdentifier)).forEach(r -> {
                    r.moveTo("failed", null, 0);
                    r.node.put("LastFailureMessage", message).put("StopReason", "Stop Reason FATAL_ERROR");
                    metricsRun(r.node.path("ReplicationTaskArn").asText(), false);
                    logTask(r.node, 'E', "TASK_MANAGER", "Task error notification received from subtask 0, thread 0"
                            + " [reptask/replicationtask.c:2883] " + message);
                });
        return this;
    }

    /** How many describes a status transition takes (default 2). */
    public synchronized DmsEmulator describesPerTransition(int n) {
        describes = n;
        return this;
    }

    /** Connection tests of this endpoint fail with DMS's message. */
    public synchronized DmsEmulator failConnections(String endpointIdentifier, String message) {
        failingEndpoints.put(endpointIdentifier, message);
        return this;
    }

    /** The tables DescribeTableStatistics reports for a started task (default shop.orders and shop.customers). */
    public synchronized DmsEmulator tables(EmulatedTable... tables) {
        emulatedTables = List.of(tables);
        return this;
    }

    /**
     * Moves the start of every running task's metrics back by {@code ago}, as if the task had been running that long
     * (CloudWatch then has that much history).
     */
    public synchronized DmsEmulator runningFor(java.time.Duration ago) {
        metricRuns.values().stream().filter(r -> r[1] == null).forEach(r -> r[0] = Instant.now().minus(ago));
        return this;
    }

    synchronized List<EmulatedTable> emulatedTables() {
        return emulatedTables;
    }

    /** Records a start (a new run of metrics, unless already running) or a stop of a task's metrics. */
    synchronized void metricsRun(String taskArn, boolean start) {
        Instant[] run = metricRuns.get(taskArn);
        if (start) {
            if (run == null || run[1] != null) {
                metricRuns.put(taskArn, new Instant[] {Instant.now(), null});
            }
        } else if (run != null) {
            run[1] = Instant.now();
        }
    }

    /** The time range CloudWatch has metrics for, for the task with these dimensions, if any. */
    synchronized java.util.Optional<Instant[]> serverlessMetricsRange(String configResourceId) {
        return serverless.arnOf(configResourceId).map(metricRuns::get).map(Instant[]::clone);
    }

    synchronized java.util.Optional<Instant[]> metricsRange(String instanceId, String taskResourceId) {
        String taskArn = arn("task", taskResourceId);
        Res task = tasks.get(taskArn);
        if (task == null || instances.values().stream().noneMatch(r -> r.node.path("ReplicationInstanceArn")
                .asText().equals(task.node.path("ReplicationInstanceArn").asText()) && r.node.path(
                        "ReplicationInstanceIdentifier").asText().equals(instanceId))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(metricRuns.get(taskArn)).map(Instant[]::clone);
    }

    /** How many of each resource kind exist. */
    public synchronized Map<String, Integer> counts() {
        return Map.of("subnetGroups", subnetGroups.size(), "instances", instances.size(), "endpoints",
                endpoints.size(), "tasks", tasks.size());
    }

    /** How many serverless replication configs exist. */
    public synchronized int replicationConfigs() {
        return serverless.count();
    }

    public synchronized List<ObjectNode> instances() {
        return instances.values().stream().map(r -> r.node).toList();
    }

    /** Imported CA certificates. */
    public synchronized List<ObjectNode> certificates() {
        return certificates.values().stream().map(r -> r.node).toList();
    }

    /** ImportCertificate: a PEM certificate under a unique identifier, tagged. */
    private ObjectNode importCertificate(JsonNode req) {
        String id = req.path("CertificateIdentifier").asText();
        String pem = req.path("CertificatePem").asText();
        if (!id.matches("[A-Za-z][A-Za-z0-9-]*") || id.endsWith("-") || id.contains("--")) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid certificate identifier " + id);
        }
        if (!pem.contains("-----BEGIN CERTIFICATE-----") || !pem.contains("-----END CERTIFICATE-----")) {
            throw new AwsFault(400, "InvalidCertificateFault", "The certificate is not a valid PEM certificate");
        }
        if (certificates.values().stream().anyMatch(r -> r.node.path("CertificateIdentifier").asText().equals(id))) {
            throw AwsFault.alreadyExists("Certificate " + id);
        }
        String arn = arn("cert", randomId());
        ObjectNode node = JSON.createObjectNode().put("CertificateIdentifier", id).put("CertificateArn", arn)
                .put("CertificatePem", pem).put("CertificateOwner", AwsEmulator.ACCOUNT).put("KeyLength", 2048)
                .put("SigningAlgorithm", "SHA256withRSA");
        certificates.put(arn, new Res(node, "CertificateStatus"));
        tag(arn, req.path("Tags"));
        return node;
    }

    public synchronized List<ObjectNode> tasks() {
        return tasks.values().stream().map(r -> r.node).toList();
    }

    /** The endpoints as created (without their passwords). */
    public synchronized List<ObjectNode> endpoints() {
        return endpoints.values().stream().map(r -> r.node).toList();
    }

    /** Identifiers of the resources whose ARNs appear in {@code text} (for fault matching). */
    synchronized String namesIn(String text) {
        StringBuilder sb = new StringBuilder();
        endpoints.forEach((arn, r) -> {
            if (text.contains(arn)) {
                sb.append(' ').append(r.node.path("EndpointIdentifier").asText());
            }
        });
        return sb.toString();
    }

    /** DMS event subscriptions, whose topics live in {@code sns}. */
    private DmsEventSubscriptions events;

    synchronized SnsEmulator withSns(SnsEmulator sns) {
        events = new DmsEventSubscriptions(sns, id -> tasks.values().stream().anyMatch(r -> r.node.path(
                "ReplicationTaskIdentifier").asText().equals(id)));
        return sns;
    }

    /** Premigration assessment runs, whose results go to {@code s3}. */
    private DmsAssessments assessments;

    synchronized S3Emulator withS3(S3Emulator s3) {
        assessments = new DmsAssessments(this, s3);
        return s3;
    }

    /** The status an individual premigration assessment ends with in later runs (default {@code passed}). */
    public synchronized DmsEmulator assessmentOutcome(String individualAssessment, String status) {
        assessments.outcome(individualAssessment, status);
        return this;
    }

    /** How many premigration assessment runs were started. */
    public synchronized int assessmentRuns() {
        return assessments.count();
    }

    /** How many DMS event subscriptions exist. */
    public synchronized int eventSubscriptions() {
        return events.count();
    }

    synchronized JsonNode call(String op, JsonNode req) {
        JsonNode subscription = events == null ? null : events.call(op, req);
        if (subscription != null) {
            return subscription;
        }
        JsonNode assessed = assessments == null ? null : assessments.call(op, req);
        if (assessed != null) {
            return assessed;
        }
        JsonNode answer = serverless.call(op, req);
        if (answer != null) {
            return answer;
        }
        return switch (op) {
            case "CreateReplicationSubnetGroup" -> wrap("ReplicationSubnetGroup", DmsCreates.subnetGroup(this, req));
            case "CreateReplicationInstance" -> wrap("ReplicationInstance", DmsCreates.instance(this, req));
            case "CreateEndpoint" -> wrap("Endpoint", DmsCreates.endpoint(this, req));
            case "CreateReplicationTask" -> wrap("ReplicationTask", DmsCreates.task(this, req));
            case "TestConnection" -> wrap("Connection", DmsCreates.testConnection(this, req));
            case "StartReplicationTask" -> wrap("ReplicationTask", DmsCreates.start(this, req));
            case "StopReplicationTask" -> wrap("ReplicationTask", DmsCreates.stop(this, req));
            case "DeleteReplicationTask" -> wrap("ReplicationTask", DmsDeletes.task(this, req));
            case "DeleteEndpoint" -> wrap("Endpoint", DmsDeletes.endpoint(this, req));
            case "DeleteReplicationInstance" -> wrap("ReplicationInstance", DmsDeletes.instance(this, req));
            case "DeleteReplicationSubnetGroup" -> DmsDeletes.subnetGroup(this, req);
            case "ImportCertificate" -> wrap("Certificate", importCertificate(req));
            case "DescribeCertificates" -> list("Certificates", certificates, req, true);
            case "DescribeReplicationSubnetGroups" -> list("ReplicationSubnetGroups", subnetGroups, req, true);
            case "DescribeReplicationInstances" -> list("ReplicationInstances", instances, req, true);
            case "DescribeEndpoints" -> list("Endpoints", endpoints, req, true);
            case "DescribeConnections" -> list("Connections", connections, req, false);
            case "DescribeReplicationTasks" -> tasksWithout(list("ReplicationTasks", tasks, req, true),
                    req.path("WithoutSettings").asBoolean(false));
            case "DescribeTableStatistics" -> DmsCreates.tableStatistics(this, req);
            case "ReloadTables" -> DmsCreates.reloadTables(this, req);
            case "ModifyReplicationTask" -> wrap("ReplicationTask", DmsCreates.modifyTask(this, req));
            case "ListTagsForResource" -> JSON.createObjectNode().set("TagList", tagsOf(req.path("ResourceArn")
                    .asText()));
            default -> throw new AwsFault(400, "InvalidAction", "Unsupported DMS operation " + op);
        };
    }

    private JsonNode list(String member, Map<String, Res> store, JsonNode req, boolean notFoundWhenEmpty) {
        ArrayNode out = JSON.createArrayNode();
        for (var it = store.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            Res r = e.getValue();
            if (matches(r.node, req.path("Filters"))) {
                ObjectNode described = r.describe();
                if (Res.GONE.equals(r.status())) {
                    it.remove();
                    tags.remove(e.getKey());
                    tags.remove(arn("subgrp", e.getKey()));
                } else {
                    out.add(described.deepCopy());
                }
            }
        }
        if (out.isEmpty() && notFoundWhenEmpty) {
            throw AwsFault.notFound("No " + member + " found matching provided filters");
        }
        return JSON.createObjectNode().set(member, out);
    }

    private static JsonNode tasksWithout(JsonNode result, boolean withoutSettings) {
        if (withoutSettings) {
            result.path("ReplicationTasks").forEach(t -> ((ObjectNode) t).remove(List.of("TableMappings",
                    "ReplicationTaskSettings")));
        }
        return result;
    }

    private static boolean matches(JsonNode node, JsonNode filters) {
        return matches(node, filters, FILTER_FIELDS);
    }

    /** DMS's Describe* filters: every named filter must hold one of its values; an unknown filter name is a fault. */
    static boolean matches(JsonNode node, JsonNode filters, Map<String, String> fields) {
        for (JsonNode f : filters) {
            String field = fields.get(f.path("Name").asText());
            if (field == null) {
                throw new AwsFault(400, "InvalidParameterValueException", "Unknown filter " + f.path("Name"));
            }
            List<String> values = new ArrayList<>();
            f.path("Values").forEach(v -> values.add(v.asText()));
            if (!values.contains(node.path(field).asText())) {
                return false;
            }
        }
        return true;
    }

    private ArrayNode tagsOf(String arn) {
        ArrayNode t = tags.get(arn);
        if (t == null) {
            throw AwsFault.notFound("Resource " + arn + " not found");
        }
        return t;
    }

    private static JsonNode wrap(String member, JsonNode node) {
        return JSON.createObjectNode().set(member, node.deepCopy());
    }

    // ---- state access for DmsCreates ----

    Map<String, Res> subnetGroups() {
        return subnetGroups;
    }

    Map<String, Res> instanceStore() {
        return instances;
    }

    Map<String, Res> endpointStore() {
        return endpoints;
    }

    Map<String, Res> connectionStore() {
        return connections;
    }

    Map<String, Res> taskStore() {
        return tasks;
    }

    /**
     * The task's next start fails as DMS reports it: {@code starting}, then {@code failed} with this
     * {@code LastFailureMessage} (e.g. the target refused the connection).
     */
    /**
     * The next replication instance created with {@code identifier} ends in {@code status} instead of available, as
     * DMS reports an instance it could not create or that ran out of storage ({@code failed}, {@code storage-full}).
     */
    public synchronized DmsEmulator failNextInstance(String identifier, String status) {
        failingInstances.put(identifier.toLowerCase(java.util.Locale.ROOT), status);
        return this;
    }

    /** The status armed for the instance's creation, taken (null when none). */
    synchronized String takeInstanceFailure(String identifier) {
        return failingInstances.remove(identifier);
    }

    public synchronized DmsEmulator failNextStart(String taskIdentifier, String message) {
        failingStarts.put(taskIdentifier, message);
        return this;
    }

    /** The failure armed for the task's next start, taken (null when none). */
    String takeStartFailure(String taskIdentifier) {
        return failingStarts.remove(taskIdentifier);
    }

    Map<String, String> failingEndpoints() {
        return failingEndpoints;
    }

    IamEmulator iam() {
        return iam;
    }

    int transitionDescribes() {
        return describes;
    }

    /** Every DMS resource ARN with its tags (subnet groups as {@code ...:subgrp:<id>}). */
    public synchronized Map<String, String> projectTags(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        tags.forEach((arn, list) -> list.forEach(t -> {
            if (key.equals(t.path("Key").asText())) {
                out.put(arn, t.path("Value").asText());
            }
        }));
        return out;
    }

    void untag(String arn) {
        tags.remove(arn);
    }

    void tag(String arn, JsonNode requestTags) {
        tags.put(arn, requestTags.isArray() ? (ArrayNode) requestTags.deepCopy() : JSON.createArrayNode());
    }

    static String arn(String kind, String id) {
        return "arn:aws:dms:" + REGION + ":" + AwsEmulator.ACCOUNT + ":" + kind + ":" + id;
    }

    static String randomId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase(java.util.Locale.ROOT);
    }

    static double now() {
        return Instant.now().toEpochMilli() / 1000.0;
    }
}
