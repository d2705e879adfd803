package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.AwsEmulator.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.dms.emulator.DmsEmulator.Res;

/**
 * DMS deletions with the service's checks: a running task cannot be deleted, an endpoint or instance still used by a
 * task cannot, a subnet group still used by an instance cannot. Tasks, endpoints and instances go {@code deleting}
 * and disappear after some describes; a subnet group disappears at once.
 */
final class DmsDeletes {
    private static final Set<String> TASK_BUSY = Set.of("running", "starting", "stopping", "creating", "modifying");

    private DmsDeletes() {
    }

    static ObjectNode task(DmsEmulator dms, JsonNode req) {
        Res task = require(dms.taskStore(), req.path("ReplicationTaskArn").asText(), "Replication task");
        if (TASK_BUSY.contains(task.status())) {
            throw AwsFault.invalidState("Replication task " + task.node.path("ReplicationTaskIdentifier").asText()
                    + " is " + task.status() + "; stop it before deleting it");
        }
        if (!task.status().equals("deleting")) {
            task.moveTo("deleting", Res.GONE, dms.transitionDescribes());
        }
        return task.node;
    }

    static ObjectNode endpoint(DmsEmulator dms, JsonNode req) {
        String arn = req.path("EndpointArn").asText();
        Res endpoint = require(dms.endpointStore(), arn, "Endpoint");
        if (dms.usedByReplicationConfig(arn) || dms.taskStore().values().stream().anyMatch(t -> arn.equals(
                t.node.path("SourceEndpointArn").asText()) || arn.equals(t.node.path("TargetEndpointArn").asText()))) {
            throw AwsFault.invalidState("Endpoint " + endpoint.node.path("EndpointIdentifier").asText()
                    + " is used by a replication task");
        }
        if (!endpoint.status().equals("deleting")) {
            endpoint.moveTo("deleting", Res.GONE, dms.transitionDescribes());
        }
        return endpoint.node;
    }

    static ObjectNode instance(DmsEmulator dms, JsonNode req) {
        String arn = req.path("ReplicationInstanceArn").asText();
        Res instance = require(dms.instanceStore(), arn, "Replication instance");
        if (dms.taskStore().values().stream().anyMatch(t -> arn.equals(t.node.path("ReplicationInstanceArn")
                .asText()))) {
            throw AwsFault.invalidState("Replication instance " + instance.node.path("ReplicationInstanceIdentifier")
                    .asText() + " still has replication tasks");
        }
        if (!instance.status().equals("deleting")) {
            instance.moveTo("deleting", Res.GONE, dms.transitionDescribes());
        }
        return instance.node;
    }

    static JsonNode subnetGroup(DmsEmulator dms, JsonNode req) {
        String id = req.path("ReplicationSubnetGroupIdentifier").asText();
        require(dms.subnetGroups(), id, "Replication subnet group");
        if (dms.instanceStore().values().stream().anyMatch(i -> id.equals(i.node.path("ReplicationSubnetGroup")
                .path("ReplicationSubnetGroupIdentifier").asText()))) {
            throw AwsFault.invalidState("Replication subnet group " + id + " is in use by a replication instance");
        }
        if (dms.subnetGroupUsedByReplicationConfig(id)) {
            throw AwsFault.invalidState("Replication subnet group " + id + " is in use by a replication config");
        }
        dms.subnetGroups().remove(id);
        dms.untag(DmsEmulator.arn("subgrp", id));
        return JSON.createObjectNode();
    }

    private static Res require(Map<String, Res> store, String key, String what) {
        Res r = store.get(key);
        if (r == null || Res.GONE.equals(r.status())) {
            throw AwsFault.notFound(what + " " + key + " not found");
        }
        return r;
    }
}
