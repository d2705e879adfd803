package org.dmspilot.core.dms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.core.dms.emulator.AwsEmulator;

/** The create request the API path sent for a planned resource, as the emulator received it. */
final class ApiRequests {
    private static final Map<StepId, String> OPERATIONS = Map.of(StepId.SUBNET_GROUP, "CreateReplicationSubnetGroup",
            StepId.REPLICATION_INSTANCE, "CreateReplicationInstance", StepId.SOURCE_ENDPOINT, "CreateEndpoint",
            StepId.TARGET_ENDPOINT, "CreateEndpoint", StepId.REPLICATION_TASK, "CreateReplicationTask",
            StepId.REPLICATION_CONFIG, "CreateReplicationConfig", StepId.FALLBACK_SOURCE_ENDPOINT, "CreateEndpoint",
            StepId.FALLBACK_TARGET_ENDPOINT, "CreateEndpoint", StepId.FALLBACK_TASK, "CreateReplicationTask");

    private ApiRequests() {
    }

    /** The request body without its tags. */
    static ObjectNode sent(AwsEmulator aws, Resource r) {
        String idField = r.properties().keySet().iterator().next();
        Object id = r.properties().get(idField);
        ObjectNode body = (ObjectNode) aws.bodies(OPERATIONS.get(r.step())).stream()
                .filter(b -> b.path(idField).asText().equals(id)).reduce((a, b) -> {
                    throw new AssertionError("two create requests for " + id);
                }).orElseThrow(() -> new AssertionError("no create request for " + id)).deepCopy();
        body.remove("Tags");
        return body;
    }

    static JsonNode tags(AwsEmulator aws, Resource r) {
        String idField = r.properties().keySet().iterator().next();
        return aws.bodies(OPERATIONS.get(r.step())).stream()
                .filter(b -> b.path(idField).asText().equals(r.properties().get(idField))).findFirst().orElseThrow()
                .path("Tags");
    }
}
