package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.AwsEmulator.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.dms.emulator.DmsEmulator.Res;

/** The DMS operations that change state, with the checks the real service makes. */
final class DmsCreates {
    private static final Set<String> STARTABLE = Set.of("ready", "stopped", "failed");
    /** PostgreSQLSettings.PluginName as DMS accepts it (a PostgreSQL source's logical decoding). */
    private static final Set<String> PLUGINS = Set.of("no-preference", "test-decoding", "pglogical");

    private DmsCreates() {
    }

    static ObjectNode subnetGroup(DmsEmulator dms, JsonNode req) {
        if (!dms.iam().vpcRoleReady()) {
            throw AwsFault.vpcRoleNotConfigured(AwsEmulator.ACCOUNT);
        }
        String id = req.path("ReplicationSubnetGroupIdentifier").asText().toLowerCase(Locale.ROOT);
        if (dms.subnetGroups().containsKey(id)) {
            throw AwsFault.alreadyExists("Replication Subnet Group");
        }
        ArrayNode subnets = JSON.createArrayNode();
        req.path("SubnetIds").forEach(s -> {
            String zone = Ec2Emulator.SUBNET_ZONES.get(s.asText());
            if (zone == null) {
                throw new AwsFault(400, "InvalidSubnet", "Subnet " + s.asText() + " not found");
            }
            subnets.addObject().put("SubnetIdentifier", s.asText()).put("SubnetStatus", "Active")
                    .putObject("SubnetAvailabilityZone").put("Name", zone);
        });
        if (subnets.findValuesAsText("Name").stream().distinct().count() < 2) {
            throw new AwsFault(400, "ReplicationSubnetGroupDoesNotCoverEnoughAZs",
                    "The replication subnet group does not cover enough Availability Zones (AZs). Edit replication "
                            + "subnet group and add more subnets.");
        }
        ObjectNode node = JSON.createObjectNode().put("ReplicationSubnetGroupIdentifier", id)
                .put("ReplicationSubnetGroupDescription", req.path("ReplicationSubnetGroupDescription").asText())
                .put("VpcId", "vpc-emulated").put("SubnetGroupStatus", "Complete");
        node.set("Subnets", subnets);
        dms.subnetGroups().put(id, new Res(node, "SubnetGroupStatus"));
        dms.tag(DmsEmulator.arn("subgrp", id), req.path("Tags"));
        return node;
    }

    static ObjectNode instance(DmsEmulator dms, JsonNode req) {
        String id = req.path("ReplicationInstanceIdentifier").asText().toLowerCase(Locale.ROOT);
        if (dms.instanceStore().values().stream().anyMatch(r -> id.equals(r.node.path(
                "ReplicationInstanceIdentifier").asText()))) {
            throw AwsFault.alreadyExists("ReplicationInstance " + id);
        }
        Res group = dms.subnetGroups().get(req.path("ReplicationSubnetGroupIdentifier").asText());
        if (group == null) {
            throw AwsFault.notFound("Replication Subnet Group not found");
        }
        String arn = DmsEmulator.arn("rep", DmsEmulator.randomId());
        ObjectNode node = JSON.createObjectNode().put("ReplicationInstanceIdentifier", id)
                .put("ReplicationInstanceClass", req.path("ReplicationInstanceClass").asText())
                .put("AllocatedStorage", req.path("AllocatedStorage").asInt(50))
                .put("MultiAZ", req.path("MultiAZ").asBoolean(false))
                .put("PubliclyAccessible", req.path("PubliclyAccessible").asBoolean(true))
                .put("EngineVersion", req.path("EngineVersion").asText("3.5.3"))
                .put("ReplicationInstanceArn", arn).put("InstanceCreateTime", DmsEmulator.now());
        node.set("ReplicationSubnetGroup", group.node.deepCopy());
        Res res = new Res(node, "ReplicationInstanceStatus");
        String failure = dms.takeInstanceFailure(id);
        res.moveTo("creating", failure == null ? "available" : failure, dms.transitionDescribes());
        dms.instanceStore().put(arn, res);
        dms.tag(arn, req.path("Tags"));
        return node;
    }

    static ObjectNode endpoint(DmsEmulator dms, JsonNode req) {
        String id = req.path("EndpointIdentifier").asText().toLowerCase(Locale.ROOT);
        if (dms.endpointStore().values().stream().anyMatch(r -> id.equals(r.node.path("EndpointIdentifier")
                .asText()))) {
            throw AwsFault.alreadyExists("Endpoint " + id);
        }
        JsonNode plugin = req.path("PostgreSQLSettings").path("PluginName");
        if (!plugin.isMissingNode() && !PLUGINS.contains(plugin.asText())) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid PluginName " + plugin.asText()
                    + ": valid values are " + PLUGINS);
        }
        if (req.path("EndpointType").asText().equalsIgnoreCase("target")
                && req.path("MySQLSettings").path("TargetDbType").asText("specific-database")
                .equals("specific-database") && req.path("EngineName").asText().equals("mysql")
                && req.path("MySQLSettings").path("DatabaseName").asText(req.path("DatabaseName").asText())
                .isEmpty() && !req.path("MySQLSettings").has("SecretsManagerSecretId")) {
            throw new AwsFault(400, "InvalidParameterValueException", "A MySQL target with TargetDbType"
                    + " specific-database needs a DatabaseName");
        }
        String arn = DmsEmulator.arn("endpoint", DmsEmulator.randomId());
        ObjectNode node = ((ObjectNode) req.deepCopy()).put("EndpointIdentifier", id).put("EndpointArn", arn)
                .put("EndpointType", req.path("EndpointType").asText().toUpperCase(Locale.ROOT))
                .put("Status", "active");
        node.remove(java.util.List.of("Password", "Tags"));
        dms.endpointStore().put(arn, new Res(node, "Status"));
        dms.tag(arn, req.path("Tags"));
        return node;
    }

    static ObjectNode testConnection(DmsEmulator dms, JsonNode req) {
        String instanceArn = req.path("ReplicationInstanceArn").asText();
        String endpointArn = req.path("EndpointArn").asText();
        Res instance = require(dms.instanceStore(), instanceArn, "Replication instance");
        Res endpoint = require(dms.endpointStore(), endpointArn, "Endpoint");
        if (!instance.status().equals("available")) {
            throw AwsFault.invalidState("Replication Instance is not in available state: " + instance.status());
        }
        String key = endpointArn + "|" + instanceArn;
        Res existing = dms.connectionStore().get(key);
        if (existing != null && existing.status().equals("testing")) {
            throw AwsFault.invalidState("Connection is being tested already");
        }
        String endpointId = endpoint.node.path("EndpointIdentifier").asText();
        String failure = dms.failingEndpoints().get(endpointId);
        ObjectNode node = JSON.createObjectNode().put("ReplicationInstanceArn", instanceArn)
                .put("EndpointArn", endpointArn).put("EndpointIdentifier", endpointId)
                .put("ReplicationInstanceIdentifier", instance.node.path("ReplicationInstanceIdentifier").asText());
        if (failure != null) {
            node.put("LastFailureMessage", failure);
        }
        Res res = new Res(node, "Status");
        res.moveTo("testing", failure == null ? "successful" : "failed", dms.transitionDescribes());
        dms.connectionStore().put(key, res);
        return node;
    }

    static ObjectNode task(DmsEmulator dms, JsonNode req) {
        String id = req.path("ReplicationTaskIdentifier").asText().toLowerCase(Locale.ROOT);
        if (dms.taskStore().values().stream().anyMatch(r -> id.equals(r.node.path("ReplicationTaskIdentifier")
                .asText()))) {
            throw AwsFault.alreadyExists("Replication Task " + id);
        }
        require(dms.instanceStore(), req.path("ReplicationInstanceArn").asText(), "Replication instance");
        require(dms.endpointStore(), req.path("SourceEndpointArn").asText(), "Source endpoint");
        require(dms.endpointStore(), req.path("TargetEndpointArn").asText(), "Target endpoint");
        JsonNode settings = parse(req.path("ReplicationTaskSettings").asText("{}"), "ReplicationTaskSettings");
        if (settings.path("Logging").has("CloudWatchLogGroup")) {
            throw new AwsFault(400, "InvalidParameterValueException",
                    "CloudWatchLogGroup and CloudWatchLogStream cannot be specified on create.");
        }
        if (!parse(req.path("TableMappings").asText(), "TableMappings").path("rules").isArray()) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid table mappings: no rules");
        }
        String resourceId = req.path("ResourceIdentifier").asText(DmsEmulator.randomId());
        String arn = DmsEmulator.arn("task", resourceId);
        ObjectNode node = JSON.createObjectNode().put("ReplicationTaskIdentifier", id)
                .put("SourceEndpointArn", req.path("SourceEndpointArn").asText())
                .put("TargetEndpointArn", req.path("TargetEndpointArn").asText())
                .put("ReplicationInstanceArn", req.path("ReplicationInstanceArn").asText())
                .put("MigrationType", req.path("MigrationType").asText())
                .put("TableMappings", req.path("TableMappings").asText())
                .put("ReplicationTaskSettings", req.path("ReplicationTaskSettings").asText())
                .put("ReplicationTaskArn", arn).put("ReplicationTaskCreationDate", DmsEmulator.now());
        Res res = new Res(node, "Status");
        res.moveTo("creating", "ready", dms.transitionDescribes());
        dms.taskStore().put(arn, res);
        dms.tag(arn, req.path("Tags"));
        return node;
    }

    static ObjectNode start(DmsEmulator dms, JsonNode req) {
        Res task = require(dms.taskStore(), req.path("ReplicationTaskArn").asText(), "Replication task");
        if (!STARTABLE.contains(task.status())) {
            throw AwsFault.invalidState("Task is in " + task.status() + " state and cannot be started");
        }
        task.node.put("ReplicationTaskStartDate", DmsEmulator.now());
        task.node.remove(java.util.List.of("StopReason"));
        String failure = dms.takeStartFailure(task.node.path("ReplicationTaskIdentifier").asText());
        if (failure != null) {
            task.moveTo("starting", "failed", dms.transitionDescribes());
            task.node.put("LastFailureMessage", failure).put("StopReason", "Stop Reason FATAL_ERROR");
            return task.node;
        }
        task.moveTo("starting", "running", dms.transitionDescribes());
        boolean cdcOnly = task.node.path("MigrationType").asText().equals("cdc");
        task.node.putObject("ReplicationTaskStats").put("FullLoadProgressPercent", 100).put("TablesLoaded",
                cdcOnly ? 0 : dms.emulatedTables().size()).put("StartDate", DmsEmulator.now());
        dms.metricsRun(task.node.path("ReplicationTaskArn").asText(), true);
        dms.logTask(task.node, 'I', "TASK_MANAGER", "Task '" + task.node.path("ReplicationTaskIdentifier").asText()
                + "' running " + task.node.path("MigrationType").asText() + " ("
                + req.path("StartReplicationTaskType").asText("start-replication") + ")  (replicationtask.c:1498)");
        int id = 1;
        for (EmulatedTable t : cdcOnly ? List.<EmulatedTable>of() : dms.emulatedTables()) { // CDC only: no load
            dms.logTask(task.node, 'I', "TARGET_LOAD", "Load finished for table '" + t.schema() + "'.'" + t.table()
                    + "' (Id = " + id++ + "). " + t.fullLoadRows() + " rows received. 0 rows skipped.  "
                    + "(streamcomponent.c:3543)");
        }
        return task.node;
    }

    static ObjectNode stop(DmsEmulator dms, JsonNode req) {
        Res task = require(dms.taskStore(), req.path("ReplicationTaskArn").asText(), "Replication task");
        if (!task.status().equals("running")) {
            throw AwsFault.invalidState("Task " + task.node.path("ReplicationTaskIdentifier").asText()
                    + " is in " + task.status() + " state and cannot be stopped");
        }
        task.moveTo("stopping", "stopped", dms.transitionDescribes());
        task.node.put("StopReason", "Stop Reason NORMAL");
        ((ObjectNode) task.node.path("ReplicationTaskStats")).put("StopDate", DmsEmulator.now());
        dms.metricsRun(task.node.path("ReplicationTaskArn").asText(), false);
        dms.logTask(task.node, 'I', "TASK_MANAGER", "Task management thread stopping the task  (replicationtask.c:3201)");
        return task.node;
    }

    /**
     * ReloadTables: the task must be running and the tables part of it; each goes back to {@code Before load}
     * (data-reload) or {@code Pending records} (validate-only), then completes after some describes.
     */
    static JsonNode reloadTables(DmsEmulator dms, JsonNode req) {
        String arn = req.path("ReplicationTaskArn").asText();
        Res task = require(dms.taskStore(), arn, "Replication task");
        if (!task.status().equals("running")) {
            throw AwsFault.invalidState("Task " + task.node.path("ReplicationTaskIdentifier").asText() + " is "
                    + task.status() + ": tables can be reloaded only while it runs");
        }
        String option = req.path("ReloadOption").asText("data-reload");
        if (!Set.of("data-reload", "validate-only").contains(option)) {
            throw new AwsFault(400, "InvalidParameterValueException", "Invalid ReloadOption " + option);
        }
        if (!req.path("TablesToReload").isArray() || req.path("TablesToReload").isEmpty()) {
            throw new AwsFault(400, "InvalidParameterValueException", "TablesToReload must name at least one table");
        }
        for (JsonNode t : req.path("TablesToReload")) {
            dms.reload(t.path("SchemaName").asText(), t.path("TableName").asText(), option.equals("validate-only"),
                    task.node);
        }
        return JSON.createObjectNode().put("ReplicationTaskArn", arn);
    }

    /** ModifyReplicationTask: only a task that does not run; mappings and settings checked as on create. */
    static ObjectNode modifyTask(DmsEmulator dms, JsonNode req) {
        Res task = require(dms.taskStore(), req.path("ReplicationTaskArn").asText(), "Replication task");
        if (!STARTABLE.contains(task.status())) {
            throw AwsFault.invalidState("Task " + task.node.path("ReplicationTaskIdentifier").asText() + " is "
                    + task.status() + ": stop it before modifying it");
        }
        if (req.has("TableMappings")) {
            if (!parse(req.path("TableMappings").asText(), "TableMappings").path("rules").isArray()) {
                throw new AwsFault(400, "InvalidParameterValueException", "Invalid table mappings: no rules");
            }
            task.node.put("TableMappings", req.path("TableMappings").asText());
        }
        if (req.has("ReplicationTaskSettings")) {
            parse(req.path("ReplicationTaskSettings").asText(), "ReplicationTaskSettings");
            task.node.put("ReplicationTaskSettings", req.path("ReplicationTaskSettings").asText());
        }
        if (req.has("MigrationType")) {
            task.node.put("MigrationType", req.path("MigrationType").asText());
        }
        task.moveTo("modifying", task.status(), dms.transitionDescribes());
        return task.node;
    }

    /** DMS's TableStatistics structures of the emulated tables. */
    static ArrayNode statistics(List<EmulatedTable> tables) {
        ArrayNode stats = JSON.createArrayNode();
        for (EmulatedTable t : tables) {
            ObjectNode s = stats.addObject().put("SchemaName", t.schema()).put("TableName", t.table())
                    .put("Inserts", 12).put("Deletes", 1).put("Updates", 3).put("Ddls", 0)
                    .put("FullLoadRows", t.fullLoadRows()).put("FullLoadCondtnlChkFailedRows", 0)
                    .put("FullLoadErrorRows", 0).put("LastUpdateTime", DmsEmulator.now())
                    .put("TableState", t.tableState()).put("ValidationState", t.validationState())
                    .put("ValidationPendingRecords", t.validationPendingRecords())
                    .put("ValidationFailedRecords", t.validationFailedRecords()).put("ValidationSuspendedRecords", 0);
            if (t.failure() != null) {
                s.put("ValidationStateDetails", t.failure());
            }
        }
        return stats;
    }

    static JsonNode tableStatistics(DmsEmulator dms, JsonNode req) {
        Res task = require(dms.taskStore(), req.path("ReplicationTaskArn").asText(), "Replication task");
        ArrayNode stats = Set.of("running", "stopping", "stopped").contains(task.status())
                ? statistics(dms.describeTables()) : JSON.createArrayNode();
        ObjectNode out = JSON.createObjectNode().put("ReplicationTaskArn", task.node.path("ReplicationTaskArn")
                .asText());
        out.set("TableStatistics", stats);
        return out;
    }

    private static Res require(Map<String, Res> store, String arn, String what) {
        Res r = store.get(arn);
        if (r == null) {
            throw AwsFault.notFound(what + " " + arn + " not found");
        }
        return r;
    }

    private static JsonNode parse(String json, String member) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AwsFault(400, "InvalidParameterValueException", member + " is not valid JSON");
        }
    }
}
