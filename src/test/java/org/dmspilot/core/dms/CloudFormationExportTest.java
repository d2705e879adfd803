package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.model.ConnectionRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudFormation template declares the same resources, with the same settings, as the API path sends. */
class CloudFormationExportTest extends EmulatedAwsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void everyDmsResourceHasTheSettingsTheApiPathSent(boolean secretsManager) throws Exception {
        DmsPlan plan = f.plan(DmsFixture.options().withSecretsManager(secretsManager));
        deploysAsTheApiPathCreates(plan);
    }

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void aServerlessPlanDeploysTheReplicationConfigTheApiPathCreates(boolean secretsManager) throws Exception {
        DmsPlan plan = f.plan(DmsFixture.options().withSecretsManager(secretsManager)
                .withServerless(new DmsOptions.ServerlessCapacity(2, 16)));
        JsonNode template = deploysAsTheApiPathCreates(plan);
        JsonNode resources = template.path("Resources");
        assertThat(resources.has("ReplicationInstance")).isFalse();
        assertThat(resources.has("ReplicationTask")).isFalse();
        JsonNode config = resources.path("ReplicationConfig");
        assertThat(config.path("Type").asText()).isEqualTo("AWS::DMS::ReplicationConfig");
        assertThat(config.path("Properties").path("ComputeConfig").path("ReplicationSubnetGroupId"))
                .isEqualTo(JSON.readTree("{\"Ref\":\"SubnetGroup\"}"));
        assertThat(config.path("Properties").path("TableMappings").path("rules").isArray())
                .as("Json-typed in CloudFormation").isTrue();
        assertThat(template.path("Outputs").path("ReplicationConfigArn").path("Value").path("Fn::GetAtt").get(0)
                .asText()).isEqualTo("ReplicationConfig");
        assertThat(f.aws.dms().counts().get("instances")).isZero();
        assertThat(f.aws.dms().replicationConfigs()).isEqualTo(1);
    }

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void aPlanWithTheFallbackDeploysItsReverseTaskAsTheApiPathCreates(boolean secretsManager) throws Exception {
        DmsOptions options = DmsFixture.options().withSecretsManager(secretsManager);
        DmsPlan plan = DmsPlanner.withFallback(f.plan(options), f.project, options);
        JsonNode resources = deploysAsTheApiPathCreates(plan).path("Resources");
        JsonNode reverse = resources.path("FallbackTask").path("Properties");
        assertThat(resources.path("FallbackTask").path("Type").asText()).isEqualTo("AWS::DMS::ReplicationTask");
        assertThat(reverse.path("MigrationType").asText()).isEqualTo("cdc");
        assertThat(reverse.path("SourceEndpointArn")).isEqualTo(JSON.readTree("{\"Ref\":\"FallbackSourceEndpoint\"}"));
        assertThat(reverse.path("TargetEndpointArn")).isEqualTo(JSON.readTree("{\"Ref\":\"FallbackTargetEndpoint\"}"));
        assertThat(resources.path("FallbackSourceEndpoint").path("Properties").path("PostgreSqlSettings")
                .path("PluginName").asText()).isEqualTo("test-decoding");
        assertThat(f.aws.dms().tasks()).hasSize(2);
    }

    /** Provisions through the API and checks the template declares each DMS resource with what was sent. */
    private JsonNode deploysAsTheApiPathCreates(DmsPlan plan) throws Exception {
        DmsState state = f.provision(plan);
        JsonNode template = JSON.readTree(CloudFormationExport.render(plan));
        JsonNode resources = template.path("Resources");

        for (Resource r : plan.dmsResources()) {
            JsonNode declared = resources.path(r.step().key());
            assertThat(declared.path("Type").asText()).as(r.step().key()).startsWith("AWS::DMS::");
            ObjectNode properties = (ObjectNode) declared.path("Properties").deepCopy();
            JsonNode tags = properties.remove("Tags");
            assertThat(asApi(properties, state)).as(r.step().key()).isEqualTo(ApiRequests.sent(f.aws, r));
            assertThat(tags).isEqualTo(ApiRequests.tags(f.aws, r));
        }
        return template;
    }

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void declaresTheInstancePrivateAndTheTaskWithItsCloudWatchIdentifier(boolean secretsManager) throws Exception {
        DmsPlan plan = f.plan(DmsFixture.options().withSecretsManager(secretsManager));
        JsonNode template = JSON.readTree(CloudFormationExport.render(plan));
        JsonNode resources = template.path("Resources");
        assertThat(resources.path("ReplicationInstance").path("Properties").path("PubliclyAccessible").asBoolean(true))
                .isFalse();
        assertThat(resources.path("ReplicationTask").path("Properties").path("ResourceIdentifier").asText())
                .isEqualTo(plan.task().resourceIdentifier());
        assertThat(resources.path("ReplicationTask").path("Properties").path("ReplicationTaskSettings").asText())
                .contains("\"TargetTablePrepMode\":\"DO_NOTHING\"").doesNotContain("CloudWatchLogGroup");
        assertThat(template.path("Parameters").path("SourcePassword").path("NoEcho").asBoolean()).isTrue();
        assertThat(resources.has("SourceSecret")).isEqualTo(secretsManager);
        assertThat(resources.path("DmsVpcRole").path("Condition").asText()).isEqualTo("CreateDmsVpcRole");
    }

    /** CloudFormation properties turned back into API members: names, references and password parameters. */
    private JsonNode asApi(JsonNode node, DmsState state) throws Exception {
        if (!node.isObject()) {
            return node;
        }
        if (node.has("Ref") || node.has("Fn::GetAtt")) {
            String key = node.has("Ref") ? node.path("Ref").asText() : node.path("Fn::GetAtt").path(0).asText();
            Map<String, String> passwords = Map.of("SourcePassword", DmsFixture.PASSWORDS.password(
                    ConnectionRole.SOURCE).orElseThrow(), "TargetPassword", DmsFixture.PASSWORDS.password(
                    ConnectionRole.TARGET).orElseThrow());
            return new TextNode(passwords.containsKey(key) ? passwords.get(key) : Arrays.stream(StepId.values())
                    .filter(s -> s.key().equals(key)).findFirst().flatMap(state::arn).orElseThrow());
        }
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (java.util.Set.of("TableMappings", "ReplicationSettings").contains(e.getKey()) && e.getValue()
                    .isObject()) {
                // CloudFormation's Json type: the API receives the same document as a string
                out.put(e.getKey(), JSON.writeValueAsString(e.getValue()));
                continue;
            }
            String api = Map.of("MySqlSettings", "MySQLSettings", "PostgreSqlSettings", "PostgreSQLSettings")
                    .getOrDefault(e.getKey(), e.getKey());
            out.set(api, asApi(e.getValue(), state));
        }
        return out;
    }
}
