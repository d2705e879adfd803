package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.dmspilot.core.dms.emulator.Faults;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The fallback's reverse task on AWS DMS, provisioned through the real SDK against the emulator: a PostgreSQL source
 * endpoint with logical decoding settings, a MySQL target endpoint on the source database, a CDC-only task between
 * them that stays ready until the cutover's switch step starts it, its failures reported as the forward task's.
 */
class DmsFallbackTaskTest extends EmulatedAwsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DmsPlan plan() {
        DmsOptions options = DmsFixture.options();
        return DmsPlanner.withFallback(f.plan(options), f.project, options);
    }

    private ObjectNode task(String identifier) {
        return f.aws.dms().tasks().stream().filter(t -> t.path("ReplicationTaskIdentifier").asText()
                .equals(identifier)).findFirst().orElseThrow();
    }

    private JsonNode endpoint(String arn) {
        return f.aws.dms().endpoints().stream().filter(e -> e.path("EndpointArn").asText().equals(arn))
                .findFirst().orElseThrow();
    }

    @Test
    void provisioningCreatesTheReverseTaskCdcOnlyFromPostgresIntoTheSourceDatabaseAndLeavesItReady() throws Exception {
        DmsPlan plan = plan();
        assertThat(plan.steps()).containsSubsequence(StepId.REPLICATION_TASK, StepId.FALLBACK_SOURCE_ENDPOINT,
                StepId.FALLBACK_TARGET_ENDPOINT, StepId.FALLBACK_TASK);
        assertThat(plan.notes()).anyMatch(n -> n.contains("rds.logical_replication"));
        DmsState state = f.provision(plan);

        ObjectNode reverse = task(plan.fallback().task().identifier());
        assertThat(reverse.path("MigrationType").asText()).isEqualTo("cdc");
        assertThat(reverse.path("Status").asText()).as("started only at the switch").isEqualTo("ready");
        assertThat(reverse.path("ReplicationTaskArn").asText()).isEqualTo(state.arn(StepId.FALLBACK_TASK)
                .orElseThrow());
        JsonNode source = endpoint(reverse.path("SourceEndpointArn").asText());
        assertThat(source.path("EndpointType").asText()).isEqualTo("SOURCE");
        assertThat(source.path("EngineName").asText()).isEqualTo("aurora-postgresql");
        assertThat(source.path("ServerName").asText()).isEqualTo("aurora.internal");
        assertThat(source.path("PostgreSQLSettings").path("PluginName").asText()).isEqualTo("test-decoding");
        assertThat(source.path("PostgreSQLSettings").path("CaptureDdls").asBoolean(true)).isFalse();
        assertThat(source.path("PostgreSQLSettings").path("HeartbeatEnable").asBoolean()).isTrue();
        JsonNode target = endpoint(reverse.path("TargetEndpointArn").asText());
        assertThat(target.path("EndpointType").asText()).isEqualTo("TARGET");
        assertThat(target.path("EngineName").asText()).isEqualTo("mysql");
        assertThat(target.path("ServerName").asText()).isEqualTo("mysql.internal");
        assertThat(target.path("DatabaseName").asText()).isEqualTo("shop");
        assertThat(target.path("MySQLSettings").path("TargetDbType").asText()).isEqualTo("specific-database");
        JsonNode rules = JSON.readTree(reverse.path("TableMappings").asText()).path("rules");
        assertThat(rules.get(0).path("object-locator").path("schema-name").asText()).isEqualTo("shop");
        assertThat(rules.get(1).path("rule-action").asText()).isEqualTo("rename");
        assertThat(rules.get(1).path("value").asText()).isEqualTo("shop");
        assertThat(JSON.readTree(reverse.path("ReplicationTaskSettings").asText()).path("FullLoadSettings")
                .path("TargetTablePrepMode").asText()).isEqualTo("DO_NOTHING");
        assertThat(task(plan.task().identifier()).path("MigrationType").asText())
                .isEqualTo("full-load-and-cdc");
        assertThat(ApiRequests.tags(f.aws, plan.fallback().task()).toString()).contains(f.project.id());

        // provisioning again finds everything (no second reverse task)
        f.provision(plan);
        assertThat(f.aws.dms().tasks()).hasSize(2);
    }

    @Test
    void theSwitchStepStartsTheReverseTaskAndItsFailureFailsTheSwitch() {
        DmsPlan plan = plan();
        f.provision(plan);
        DmsCutoverBackend backend = new DmsCutoverBackend(f.clients, plan, f.state, Timing.fast());
        List<String> evidence = backend.atSwitch(ProgressListener.NONE);
        assertThat(evidence).singleElement().asString().contains(plan.fallback().task().identifier())
                .contains("running");
        assertThat(task(plan.fallback().task().identifier()).path("Status").asText()).isEqualTo("running");
        assertThat(task(plan.task().identifier()).path("Status").asText()).as("the forward task untouched")
                .isEqualTo("ready");
        assertThat(backend.atSwitch(ProgressListener.NONE)).as("idempotent").singleElement().asString()
                .contains("running");

        // failed, as DMS reports a slot it cannot create; DMS refuses the restart: the switch step fails saying so
        f.aws.dms().failTask(plan.fallback().task().identifier(), "Failed to create the replication slot:"
                + " logical decoding requires wal_level >= logical");
        f.aws.faults().inject("StartReplicationTask", plan.fallback().task().identifier(), AwsFault.accessDenied(
                "dms:StartReplicationTask"), Faults.When.INSTEAD, 1);
        assertThatThrownBy(() -> backend.atSwitch(ProgressListener.NONE)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("dms:StartReplicationTask");
        assertThat(task(plan.fallback().task().identifier()).path("Status").asText()).isEqualTo("failed");
        // once DMS accepts it again, the switch resumes the reverse task
        assertThat(backend.atSwitch(ProgressListener.NONE)).singleElement().asString().contains("running");

        // a plan without the fallback starts nothing at the switch
        assertThat(new DmsCutoverBackend(f.clients, DmsPlanner.plan(f.project, DmsFixture.options()), f.state,
                Timing.fast()).atSwitch(ProgressListener.NONE)).isEmpty();
    }
}
