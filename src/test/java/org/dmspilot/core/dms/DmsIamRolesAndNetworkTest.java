package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.junit.jupiter.api.Test;

/** The IAM page's role check and creation, and the network page's EC2 listing, against the emulator. */
class DmsIamRolesAndNetworkTest extends EmulatedAwsTest {
    @Test
    void missingRolesAreReportedThenCreatedOnceWithTheirPolicies() {
        f.aws.iam().existingRole(IamPolicies.LOGS_ROLE);
        DmsIamRoles roles = new DmsIamRoles(f.clients, Timing.fast(), f.listener());
        List<DmsIamRoles.RoleStatus> before = roles.check();
        assertThat(before).extracting(DmsIamRoles.RoleStatus::roleName)
                .containsExactly(IamPolicies.VPC_ROLE, IamPolicies.LOGS_ROLE);
        assertThat(before.get(0).exists()).isFalse();
        assertThat(before.get(1).exists()).isTrue();
        assertThat(before.get(1).missingPolicies()).containsExactly(IamPolicies.LOGS_POLICY_ARN);

        assertThat(roles.create(f.project.id())).allMatch(DmsIamRoles.RoleStatus::ready);
        assertThat(roles.create(f.project.id())).allMatch(DmsIamRoles.RoleStatus::ready);
        assertThat(f.aws.bodies("CreateRole")).hasSize(1);
        assertThat(f.aws.iam().roles().get(IamPolicies.VPC_ROLE).tags()).containsEntry(DmsPlan.PROJECT_TAG,
                f.project.id());
        assertThat(f.aws.iam().roles().get(IamPolicies.VPC_ROLE).policies())
                .containsExactly(IamPolicies.VPC_POLICY_ARN);
    }

    @Test
    void listsVpcsSubnetsAndSecurityGroupsAndChecksTheChosenSubnets() {
        NetworkInventory.Listing net = new NetworkInventory(f.clients, Timing.fast(), f.listener()).list();

        assertThat(net.notAllowed()).isNull();
        assertThat(net.vpcs()).extracting(NetworkInventory.Vpc::id).containsExactly("vpc-emulated", "vpc-default");
        assertThat(net.vpcs().get(0).name()).isEqualTo("shop-vpc");
        assertThat(net.subnetsOf("vpc-emulated")).extracting(NetworkInventory.Subnet::id)
                .containsExactly("subnet-a1", "subnet-a2", "subnet-b1");
        assertThat(net.securityGroupsOf("vpc-emulated")).extracting(NetworkInventory.SecurityGroup::id)
                .containsExactly("sg-default", "sg-dms");
        List<NetworkInventory.Subnet> zoneA = net.subnets().stream().filter(s -> s.zone().endsWith("a")).toList();
        assertThat(NetworkInventory.subnetProblem(zoneA)).get().asString().contains("one Availability Zone");
        List<NetworkInventory.Subnet> twoVpcs = net.subnets().stream()
                .filter(s -> s.id().equals("subnet-a1") || s.id().equals("subnet-c1")).toList();
        assertThat(NetworkInventory.subnetProblem(twoVpcs)).get().asString().contains("different VPCs");
        assertThat(NetworkInventory.subnetProblem(net.subnetsOf("vpc-emulated"))).isEmpty();
    }

    @Test
    void withoutEc2PermissionTheListingSaysToTypeTheIds() {
        f.aws.faults().inject("DescribeVpcs", new AwsFault(403, "UnauthorizedOperation",
                "You are not authorized to perform this operation."), 1);
        NetworkInventory.Listing net = new NetworkInventory(f.clients, Timing.fast(), f.listener()).list();
        assertThat(net.vpcs()).isEmpty();
        assertThat(net.notAllowed()).contains("ec2:DescribeVpcs").contains("type the subnet");
    }
}
