package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.dmspilot.core.dms.emulator.Faults.When;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A fault at any step, then a re-run: every resource exists exactly once. */
class DmsProvisionerResumeTest extends EmulatedAwsTest {
    private DmsPlan plan;

    @BeforeEach
    void setUp() {
        plan = f.plan(DmsFixture.options().withSecretsManager(true));
    }

    /** Each step, the operation that creates its resource, and a text that singles out its request. */
    static Stream<Arguments> steps() {
        AwsFault iamDenied = new AwsFault(403, "AccessDenied", "User is not authorized to perform iam:CreateRole");
        AwsFault secretsDenied = new AwsFault(400, "AccessDeniedException", "not authorized: CreateSecret");
        AwsFault dmsDenied = AwsFault.accessDenied("dms:Create");
        return Stream.of(
                Arguments.of(StepId.DMS_VPC_ROLE, "CreateRole", "RoleName=dms-vpc-role", iamDenied),
                Arguments.of(StepId.DMS_LOGS_ROLE, "CreateRole", "RoleName=dms-cloudwatch-logs-role", iamDenied),
                Arguments.of(StepId.SECRETS_ACCESS_ROLE, "CreateRole", "secrets-access", iamDenied),
                Arguments.of(StepId.SOURCE_SECRET, "CreateSecret", "/source", secretsDenied),
                Arguments.of(StepId.TARGET_SECRET, "CreateSecret", "/target", secretsDenied),
                Arguments.of(StepId.SUBNET_GROUP, "CreateReplicationSubnetGroup", null, dmsDenied),
                Arguments.of(StepId.REPLICATION_INSTANCE, "CreateReplicationInstance", null, dmsDenied),
                Arguments.of(StepId.SOURCE_ENDPOINT, "CreateEndpoint", "\"source\"", dmsDenied),
                Arguments.of(StepId.TARGET_ENDPOINT, "CreateEndpoint", "\"target\"", dmsDenied),
                Arguments.of(StepId.SOURCE_CONNECTION_TEST, "TestConnection", "-source", dmsDenied),
                Arguments.of(StepId.TARGET_CONNECTION_TEST, "TestConnection", "-target", dmsDenied),
                Arguments.of(StepId.REPLICATION_TASK, "CreateReplicationTask", null, dmsDenied));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void failureAfterTheResourceWasCreatedThenRerunLeavesExactlyOneOfEach(StepId step, String op, String match,
            AwsFault fault) {
        f.aws.faults().inject(op, match, fault, When.AFTER_APPLYING, 1);

        assertThatThrownBy(() -> f.provision(plan)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining(fault.getMessage());
        assertThat(f.state.step(step).status()).isEqualTo(StepState.Status.FAILED);

        DmsState done = f.provision(plan);
        assertThat(plan.steps()).allSatisfy(s -> assertThat(done.step(s).status()).isEqualTo(StepState.Status.DONE));
        assertExactlyOneOfEach();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void lostResponseIsRetriedAndTheExistingResourceAdopted(StepId step, String op, String match, AwsFault unused) {
        f.aws.faults().inject(op, match, AwsFault.internalError(), When.AFTER_APPLYING, 1);

        DmsState done = f.provision(plan);

        assertThat(done.step(step).status()).isEqualTo(StepState.Status.DONE);
        assertExactlyOneOfEach();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void throttlingBeforeTheCallIsRetried(StepId step, String op, String match, AwsFault unused) {
        f.aws.faults().inject(op, match, AwsFault.throttling(), When.INSTEAD, 2);

        assertThat(f.provision(plan).step(step).status()).isEqualTo(StepState.Status.DONE);
        assertExactlyOneOfEach();
    }

    private void assertExactlyOneOfEach() {
        assertThat(f.aws.dms().counts()).isEqualTo(Map.of("subnetGroups", 1, "instances", 1, "endpoints", 2,
                "tasks", 1));
        assertThat(f.aws.iam().roles()).containsOnlyKeys("dms-vpc-role", "dms-cloudwatch-logs-role",
                "dmspilot-3f2a9c1e-secrets-access");
        assertThat(f.aws.secrets().values()).hasSize(2);
    }
}
