package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmspilot.core.DmsPilotException;
import org.junit.jupiter.api.Test;

/** The dms-vpc-role / dms-cloudwatch-logs-role prerequisites: missing, created, propagating, present. */
class DmsIamRolesTest extends EmulatedAwsTest {

    @Test
    void missingRolesAreCreatedWithTheirPoliciesAndTrust() {
        f.provision(f.plan(DmsFixture.options()));
        var roles = f.aws.iam().roles();
        assertThat(roles.get("dms-vpc-role").policies())
                .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole");
        assertThat(roles.get("dms-cloudwatch-logs-role").policies())
                .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole");
        assertThat(roles.get("dms-vpc-role").trust()).contains("dms.amazonaws.com").contains("sts:AssumeRole");
        assertThat(f.state.step(StepId.DMS_VPC_ROLE).created()).isTrue();
    }

    @Test
    void subnetGroupCreationIsRetriedWhileTheNewVpcRolePropagates() {
        f.aws.iam().propagationDelay(3);
        f.provision(f.plan(DmsFixture.options()));
        assertThat(f.aws.dms().counts().get("subnetGroups")).isEqualTo(1);
        assertThat(f.log).anyMatch(l -> l.startsWith("Retrying creating subnet group") && l.contains(
                "AccessDeniedFault"));
    }

    @Test
    void vpcRoleThatNeverPropagatesFailsWithAClearMessage() {
        f.aws.iam().propagationDelay(1000);
        assertThatThrownBy(() -> f.provision(f.plan(DmsFixture.options()))).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("dms-vpc-role is not configured properly")
                .hasMessageContaining("IAM propagates");
        assertThat(f.state.step(StepId.SUBNET_GROUP).status()).isEqualTo(StepState.Status.FAILED);
    }

    @Test
    void missingRoleWithoutPermissionToCreateItStopsBeforeAnyDmsResource() {
        assertThatThrownBy(() -> f.provision(f.plan(DmsFixture.options().withCreateIamRoles(false))))
                .isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("The IAM role dms-vpc-role does not exist")
                .hasMessageContaining("AmazonDMSVPCManagementRole");
        assertThat(f.state.step(StepId.DMS_VPC_ROLE).status()).isEqualTo(StepState.Status.FAILED);
        assertThat(f.aws.iam().roles()).isEmpty();
        assertThat(f.aws.dms().counts().values()).allMatch(n -> n == 0);
    }

    @Test
    void existingRolesAreUsedAndNotRecordedAsCreated() {
        f.aws.iam().existingRole("dms-vpc-role", IamPolicies.VPC_POLICY_ARN)
                .existingRole("dms-cloudwatch-logs-role", IamPolicies.LOGS_POLICY_ARN);
        f.provision(f.plan(DmsFixture.options().withCreateIamRoles(false)));
        assertThat(f.aws.requests()).noneMatch(r -> r.operation().equals("CreateRole"));
        assertThat(f.state.step(StepId.DMS_VPC_ROLE).created()).isFalse();
        assertThat(f.state.createdNewestFirst()).extracting(StepState::step).doesNotContain(StepId.DMS_VPC_ROLE)
                .startsWith(StepId.REPLICATION_TASK);
    }

    @Test
    void wizardPolicyGrantsEveryDmsCallTheProvisionerMakes() {
        f.provision(f.plan(DmsFixture.options()));
        String policy = IamPolicies.wizardPolicy();
        f.aws.requests().stream().filter(r -> r.service().equals("dms")).map(r -> r.operation()).distinct()
                .forEach(op -> assertThat(policy).as(op).containsAnyOf("dms:" + op,
                        op.startsWith("Describe") ? "dms:Describe*" : "dms:" + op));
        f.aws.requests().stream().filter(r -> r.service().equals("iam")).map(r -> r.operation()).distinct()
                .forEach(op -> assertThat(policy).contains("iam:" + op));
    }
}
