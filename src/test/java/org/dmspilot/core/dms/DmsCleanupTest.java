package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.dmspilot.core.dms.emulator.Faults.When;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cleanup on the emulator: order, waiters, resume after a fault, foreign resources untouched, final listing. */
class DmsCleanupTest extends EmulatedAwsTest {
    private static final String OTHER = "other-project";
    private DmsPlan plan;
    private String foreignEndpoint;

    @BeforeEach
    void setUp() {
        plan = f.plan(DmsFixture.options().withSecretsManager(true));
        new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, f.provision(plan));
        foreignEndpoint = f.clients.dms().createEndpoint(b -> b.endpointIdentifier("someone-elses-source")
                .endpointType("source").engineName("mysql").serverName("db.other").port(3306).username("u")
                .password("p").tags(t -> t.key(DmsPlan.PROJECT_TAG).value(OTHER))).endpoint().endpointArn();
        f.clients.secrets().createSecret(b -> b.name("other/db").secretString("{}")
                .tags(t -> t.key(DmsPlan.PROJECT_TAG).value(OTHER)));
        f.aws.iam().existingRole("dmspilot-someone-else");
    }

    private DmsState cleanup(boolean secretsAndRoles) {
        return new DmsCleanup(f.clients, Timing.fast()).cleanup(f.state, secretsAndRoles, f.listener(),
                s -> f.state = s);
    }

    private List<String> remaining() {
        return new DmsCleanup(f.clients, Timing.fast()).remaining(f.project.id(), ProgressListener.NONE);
    }

    @Test
    void aFaultMidWayThenARerunLeavesNothingTaggedDeletesEachOnceAndNothingForeign() {
        assertThat(remaining()).hasSize(10);
        f.aws.faults().inject("DeleteReplicationInstance", null, AwsFault.accessDenied(
                "dms:DeleteReplicationInstance"), When.INSTEAD, 1);

        assertThatThrownBy(() -> cleanup(true)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("dms:DeleteReplicationInstance");
        assertThat(f.state.step(StepId.REPLICATION_TASK).status()).isEqualTo(StepState.Status.DELETED);
        assertThat(f.state.step(StepId.SOURCE_ENDPOINT).status()).isEqualTo(StepState.Status.DELETED);
        assertThat(f.state.step(StepId.REPLICATION_INSTANCE).status()).isEqualTo(StepState.Status.FAILED);
        assertThat(f.state.step(StepId.SUBNET_GROUP).status()).isEqualTo(StepState.Status.DONE);

        DmsState done = cleanup(true);

        assertThat(DmsCleanup.toDelete(done, true)).isEmpty();
        assertThat(remaining()).isEmpty();
        assertThat(f.aws.bodies("StopReplicationTask")).as("the running task was stopped first").hasSize(1);
        assertThat(f.aws.bodies("DeleteReplicationTask")).hasSize(1);
        assertThat(f.aws.bodies("DeleteEndpoint")).extracting(b -> b.path("EndpointArn").asText())
                .containsExactlyInAnyOrder(f.state.arn(StepId.SOURCE_ENDPOINT).orElseThrow(),
                        f.state.arn(StepId.TARGET_ENDPOINT).orElseThrow());
        assertThat(f.aws.bodies("DeleteReplicationInstance")).as("one refused, one done").hasSize(2);
        assertThat(f.aws.bodies("DeleteReplicationSubnetGroup")).hasSize(1);
        assertThat(f.aws.bodies("DeleteSecret")).hasSize(2);
        assertThat(f.aws.dms().counts()).isEqualTo(Map.of("subnetGroups", 0, "instances", 0, "endpoints", 1,
                "tasks", 0));
        assertThat(f.aws.iam().roles()).containsOnlyKeys("dmspilot-someone-else");
        assertThat(f.aws.secrets().values()).containsOnlyKeys("other/db");
        assertThat(f.aws.dms().projectTags(DmsPlan.PROJECT_TAG)).containsOnly(Map.entry(foreignEndpoint, OTHER));
    }

    @Test
    void deletionFollowsTheOrderTaskEndpointsInstanceSubnetGroupThenSecretsAndRoles() {
        cleanup(true);

        List<String> deletes = f.aws.requests().stream().map(r -> r.operation()).filter(op -> op.startsWith(
                "Delete") && !op.equals("DeleteRolePolicy")).distinct().toList();
        assertThat(deletes).containsExactly("DeleteReplicationTask", "DeleteEndpoint", "DeleteReplicationInstance",
                "DeleteReplicationSubnetGroup", "DeleteSecret", "DeleteRole");
        int lastTaskDescribe = lastIndexOf("DescribeReplicationTasks");
        assertThat(lastTaskDescribe).as("waited for the task to go before deleting endpoints")
                .isLessThan(firstIndexOf("DeleteEndpoint"));
        assertThat(f.aws.bodies("DescribeReplicationInstances")).extracting(b -> b.path("Filters").get(0)
                .path("Name").asText()).as("waiters filter by ARN").contains("replication-instance-arn");
    }

    @Test
    void withoutTheOptionSecretsAndRolesStayAndAreListedAsRemaining() {
        cleanup(false);

        assertThat(remaining()).hasSize(5).allSatisfy(r -> assertThat(r).matches("(secret|IAM role) .*"));
        assertThat(f.aws.secrets().values()).hasSize(3);
    }

    @Test
    void aRoleThatExistedBeforeIsNeverDeleted() throws Exception {
        f.close();
        f = new DmsFixture();
        f.aws.iam().existingRole(IamPolicies.VPC_ROLE, "arn:aws:iam::aws:policy/service-role/"
                + "AmazonDMSVPCManagementRole");
        DmsPlan p = f.plan(DmsFixture.options());
        f.provision(p);

        cleanup(true);

        assertThat(f.aws.iam().roles()).containsOnlyKeys(IamPolicies.VPC_ROLE);
    }

    @Test
    void aResourceTaggedForAnotherProjectIsRefusedAndKept() {
        f.state = f.state.with(new StepState(StepId.SOURCE_ENDPOINT, StepState.Status.DONE, foreignEndpoint, true,
                "tampered", null));

        assertThatThrownBy(() -> cleanup(false)).hasMessageContaining("Refusing to delete endpoint")
                .hasMessageContaining(OTHER);

        assertThat(f.aws.bodies("DeleteEndpoint")).extracting(b -> b.path("EndpointArn").asText())
                .doesNotContain(foreignEndpoint);
        assertThat(f.aws.dms().projectTags(DmsPlan.PROJECT_TAG)).containsKey(foreignEndpoint);
    }

    private int firstIndexOf(String op) {
        List<String> ops = f.aws.requests().stream().map(r -> r.operation()).toList();
        return ops.indexOf(op);
    }

    private int lastIndexOf(String op) {
        List<String> ops = f.aws.requests().stream().map(r -> r.operation()).toList();
        int lastDeleteTask = ops.indexOf("DeleteReplicationTask");
        int last = -1;
        for (int i = lastDeleteTask; i < ops.size() && !ops.get(i).equals("DeleteEndpoint"); i++) {
            if (ops.get(i).equals(op)) {
                last = i;
            }
        }
        return last;
    }
}
