package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudFormation secret is valid JSON for any password; the YAML template is the JSON template. */
class CloudFormationSecretAndYamlTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "dms \"reader\" \\ ${x}";

    private static DmsPlan plan(boolean secretsManager) {
        Project p = DmsFixture.project();
        ConnectionProfile source = new ConnectionProfile(Engine.MARIADB, "mysql.internal", 3306, "shop\"db", USER,
                TlsMode.REQUIRE, null, null, 0);
        return DmsPlanner.plan(p.withSource(source), DmsFixture.options().withSecretsManager(secretsManager));
    }

    @ParameterizedTest(name = "password {0}")
    @ValueSource(strings = {"plain", "with \"quotes\"", "back\\slash\\", "new\nline\r\ttab", "\"", "${SourcePassword}",
            "\\\"", "ünïcødé €"})
    void theDeployedSecretIsValidJsonHoldingThePasswordAsTyped(String password) throws Exception {
        String template = CloudFormationExport.render(plan(true));
        assertThat(template).doesNotContain(DmsFixture.SOURCE_PASSWORD);
        JsonNode secretString = JSON.readTree(template).path("Resources").path("SourceSecret").path("Properties")
                .path("SecretString");

        String deployed = new CfnIntrinsics(Map.of("SourcePassword", password)).string(secretString);

        JsonNode secret = JSON.readTree(deployed);
        assertThat(secret.path("password").asText()).isEqualTo(password);
        assertThat(secret.path("username").asText()).isEqualTo(USER);
        assertThat(secret.path("dbname").asText()).isEqualTo("shop\"db");
        assertThat(secret.path("host").asText()).isEqualTo("mysql.internal");
        assertThat(secret.path("port").asInt()).isEqualTo(3306);
    }

    @Test
    void thePasswordIsOnlyEverANoEchoParameter() throws Exception {
        JsonNode template = JSON.readTree(CloudFormationExport.render(plan(true)));
        for (String name : List.of("SourcePassword", "TargetPassword")) {
            JsonNode parameter = template.path("Parameters").path(name);
            assertThat(parameter.path("NoEcho").asBoolean()).as(name).isTrue();
            assertThat(parameter.has("Default")).as(name).isFalse();
        }
    }

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void theYamlTemplateParsesBackToTheJsonTemplate(boolean secretsManager) throws Exception {
        DmsPlan plan = plan(secretsManager);
        String yaml = CloudFormationExport.renderYaml(plan);

        JsonNode fromYaml = new YAMLMapper().readTree(yaml);
        JsonNode fromJson = JSON.readTree(CloudFormationExport.render(plan));
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(yaml).startsWith("AWSTemplateFormatVersion: \"2010-09-09\"").contains("Version: \"2012-10-17\"").contains("Type: AWS::DMS::ReplicationTask");
        assertThat(fromYaml.path("Parameters").path("CreateDmsVpcRole").path("Default").isTextual()).isTrue();
    }
}
