package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.junit.jupiter.api.Test;

class DmsProvisionerTest extends EmulatedAwsTest {

    @Test
    void provisionsEveryResourceOnceAndStartsTheTask() {
        DmsPlan plan = f.plan(DmsFixture.options());
        DmsState done = f.provision(plan);

        assertThat(f.aws.dms().counts()).isEqualTo(Map.of("subnetGroups", 1, "instances", 1, "endpoints", 2,
                "tasks", 1));
        assertThat(plan.steps()).allSatisfy(s -> assertThat(done.step(s).status()).isEqualTo(StepState.Status.DONE));
        assertThat(f.aws.dms().instances().get(0).path("PubliclyAccessible").asBoolean()).isFalse();
        assertThat(f.aws.dms().instances().get(0).path("ReplicationInstanceStatus").asText()).isEqualTo("available");
        assertThat(done.arn(StepId.REPLICATION_TASK)).hasValue(
                "arn:aws:dms:eu-west-1:123456789012:task:" + plan.task().resourceIdentifier());

        DmsTasks tasks = new DmsTasks(f.clients, Timing.fast(), f.listener());
        TaskStatus status = tasks.start(plan, done);
        assertThat(status.status()).isEqualTo("running");
        assertThat(status.tables()).extracting(TaskStatus.TableStats::table).containsExactlyInAnyOrder("orders",
                "customers");
        assertThat(status.latency()).isNotNull();
        assertThat(status.latency().sourceSeconds()).isEqualTo(2.0);
        assertThat(status.latency().targetSeconds()).isEqualTo(5.0);
    }

    @Test
    void describesInstancesTasksAndConnectionsOnlyByTheirArnOrName() {
        f.provision(f.plan(DmsFixture.options()));
        for (String op : new String[] {"DescribeReplicationInstances", "DescribeReplicationTasks",
                "DescribeEndpoints", "DescribeConnections", "DescribeReplicationSubnetGroups"}) {
            assertThat(f.aws.bodies(op)).as(op).isNotEmpty().allSatisfy(b -> assertThat(b.path("Filters"))
                    .isNotEmpty());
        }
    }

    @Test
    void aSecondRunFindsEverythingAndCreatesNothing() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.provision(plan);
        int creates = creates();
        f.provision(plan);
        assertThat(creates()).isEqualTo(creates);
        assertThat(f.aws.dms().counts()).isEqualTo(Map.of("subnetGroups", 1, "instances", 1, "endpoints", 2,
                "tasks", 1));
    }

    @Test
    void failedConnectionTestShowsDmsMessageAndMarksTheStepFailed() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.aws.dms().failConnections(plan.target().identifier(),
                "Test connection failed: FATAL: password authentication failed for user \"dms_writer\"");
        assertThatThrownBy(() -> f.provision(plan)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("password authentication failed");
        assertThat(f.state.step(StepId.TARGET_CONNECTION_TEST).status()).isEqualTo(StepState.Status.FAILED);
        assertThat(f.state.step(StepId.REPLICATION_TASK).status()).isEqualTo(StepState.Status.PENDING);
    }

    @Test
    void subnetsInOneZoneAreRejectedBeforeAnythingIsCreatedInDms() {
        DmsPlan plan = f.plan(DmsOptions.defaults("eu-west-1", java.util.List.of("subnet-a1", "subnet-a2")));
        assertThatThrownBy(() -> f.provision(plan)).hasMessageContaining("one Availability Zone");
        assertThat(f.aws.dms().counts().get("subnetGroups")).isZero();
    }

    private int creates() {
        return (int) f.aws.requests().stream().filter(r -> r.operation().startsWith("Create")).count();
    }
}
