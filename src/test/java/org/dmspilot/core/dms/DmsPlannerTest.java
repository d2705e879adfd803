package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.time.Instant;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ConversionSettings;
import org.dmspilot.model.convert.MappingRule;
import org.junit.jupiter.api.Test;

/** The plan derived from a project and the wizard's choices. */
class DmsPlannerTest {

    @Test
    void tableMappingsSelectTheSourceDatabaseAndLowercaseEveryName() {
        String mappings = DmsPlanner.plan(DmsFixture.project(), DmsFixture.options()).task().tableMappings();
        assertThat(mappings).contains("\"rule-type\":\"selection\"").contains("\"schema-name\":\"shop\"")
                .contains("\"rule-target\":\"schema\"").contains("\"rule-target\":\"table\"")
                .contains("\"rule-target\":\"column\"").contains("convert-lowercase");
    }

    @Test
    void withACatalogTheConversionsMappingRulesBecomeTheTaskMappings() {
        Project base = DmsFixture.project();
        Project withCatalog = new Project(1, base.id(), base.name(), base.source(), base.target(), List.of(),
                new Catalog(Engine.MARIADB, "11.4", "test", Instant.now(), List.of(new Schema("Shop", null, null,
                        List.of(), List.of(), List.of(), List.of(), List.of()))),
                ConversionSettings.defaults().withRules(List.of(new MappingRule(MappingRule.Action.RENAME,
                        MappingRule.Target.TABLE, "Shop", "Orders", null, "purchase_orders"))));
        String mappings = DmsPlanner.plan(withCatalog, DmsFixture.options()).task().tableMappings();
        assertThat(mappings).contains("\"Shop\"").contains("convert-lowercase").contains("purchase_orders");
    }

    @Test
    void taskSettingsKeepThePrecreatedSchemaLogToCloudWatchAndValidate() {
        String settings = DmsPlanner.plan(DmsFixture.project(), DmsFixture.options()).task().taskSettings();
        assertThat(settings).contains("\"TargetTablePrepMode\":\"DO_NOTHING\"").contains("\"EnableLogging\":true")
                .contains("\"EnableValidation\":true").contains("\"FullLobMode\":true")
                .doesNotContain("CloudWatchLogGroup");
    }

    @Test
    void auroraTargetBecomesAnAuroraPostgresqlEndpointAndTheInstanceIsPrivate() {
        DmsPlan plan = DmsPlanner.plan(DmsFixture.project(), DmsFixture.options());
        assertThat(plan.source().engineName()).isEqualTo("mysql");
        assertThat(plan.target().engineName()).isEqualTo("aurora-postgresql");
        assertThat(plan.instance().properties()).containsEntry("PubliclyAccessible", false);
        assertThat(plan.task().resourceIdentifier()).isEqualTo("dmspilot-3f2a9c1e-task");
    }

    @Test
    void secretsManagerTakesTheCredentialsOutOfTheEndpoints() {
        DmsPlan plan = DmsPlanner.plan(DmsFixture.project(), DmsFixture.options().withSecretsManager(true));
        assertThat(plan.source().properties()).doesNotContainKeys("Password", "Username", "ServerName")
                .containsKey("MySQLSettings");
        assertThat(plan.target().properties()).containsKey("PostgreSQLSettings");
        assertThat(plan.steps()).contains(StepId.SECRETS_ACCESS_ROLE, StepId.SOURCE_SECRET, StepId.TARGET_SECRET);
    }

    @Test
    void aProjectWithoutTargetOrWithOneSubnetIsRefusedWithAReason() {
        Project noTarget = DmsFixture.project().withTarget(null);
        assertThatThrownBy(() -> DmsPlanner.plan(noTarget, DmsFixture.options())).hasMessageContaining(
                "no target connection");
        assertThatThrownBy(() -> DmsPlanner.plan(DmsFixture.project(), DmsOptions.defaults("eu-west-1",
                List.of("subnet-a1")))).hasMessageContaining("at least two subnets");
    }
}
