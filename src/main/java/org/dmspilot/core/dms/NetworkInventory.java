package org.dmspilot.core.dms;

import java.util.List;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The VPCs, subnets and security groups of the region (EC2), for the network page. When the identity may not list
 * them, the listing says so and the user types the ids (DMS checks them on create).
 */
public final class NetworkInventory {
    private final AwsClients aws;
    private final AwsCalls calls;

    public NetworkInventory(AwsClients aws, Timing timing, ProgressListener progress) {
        this.aws = aws;
        this.calls = new AwsCalls(timing, progress);
    }

    public record Vpc(String id, String cidr, boolean isDefault, String name) {
    }

    public record Subnet(String id, String vpcId, String zone, String cidr, String name) {
    }

    public record SecurityGroup(String id, String name, String vpcId, String description) {
    }

    /**
     * What EC2 listed.
     *
     * @param notAllowed why nothing could be listed (missing ec2:Describe* permission), else null
     */
    public record Listing(List<Vpc> vpcs, List<Subnet> subnets, List<SecurityGroup> securityGroups,
            String notAllowed) {
        public List<Subnet> subnetsOf(String vpcId) {
            return subnets.stream().filter(s -> s.vpcId().equals(vpcId)).toList();
        }

        public List<SecurityGroup> securityGroupsOf(String vpcId) {
            return securityGroups.stream().filter(g -> g.vpcId().equals(vpcId)).toList();
        }
    }

    /** Lists VPCs, subnets and security groups of the region. */
    public Listing list() {
        try {
            List<Vpc> vpcs = calls.call("listing the VPCs", () -> aws.ec2().describeVpcsPaginator(b -> { })
                    .vpcs().stream().map(v -> new Vpc(v.vpcId(), v.cidrBlock(), Boolean.TRUE.equals(v.isDefault()),
                            name(v.tags()))).toList());
            List<Subnet> subnets = calls.call("listing the subnets", () -> aws.ec2().describeSubnetsPaginator(b -> { })
                    .subnets().stream().map(s -> new Subnet(s.subnetId(), s.vpcId(), s.availabilityZone(),
                            s.cidrBlock(), name(s.tags()))).toList());
            List<SecurityGroup> groups = calls.call("listing the security groups", () -> aws.ec2()
                    .describeSecurityGroupsPaginator(b -> { }).securityGroups().stream()
                    .map(g -> new SecurityGroup(g.groupId(), g.groupName(), g.vpcId(), g.description())).toList());
            return new Listing(vpcs, subnets, groups, null);
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof SdkException sdk
                    && List.of("UnauthorizedOperation", "AccessDenied").contains(AwsErrors.code(sdk))) {
                return new Listing(List.of(), List.of(), List.of(), "Not allowed to list the network "
                        + "(ec2:DescribeVpcs, ec2:DescribeSubnets, ec2:DescribeSecurityGroups): type the subnet and "
                        + "security group ids; DMS checks them on create.");
            }
            throw e;
        }
    }

    /**
     * Why these subnets cannot form a replication subnet group (fewer than two, one Availability Zone, several
     * VPCs), if they cannot.
     */
    public static Optional<String> subnetProblem(List<Subnet> chosen) {
        if (chosen.stream().map(Subnet::id).distinct().count() < 2) {
            return Optional.of("A replication subnet group needs at least two subnets in different Availability "
                    + "Zones; " + chosen.size() + " chosen.");
        }
        if (chosen.stream().map(Subnet::zone).distinct().count() < 2) {
            return Optional.of("The subnets " + chosen.stream().map(Subnet::id).toList() + " are all in one "
                    + "Availability Zone; DMS needs subnets in at least two.");
        }
        if (chosen.stream().map(Subnet::vpcId).distinct().count() > 1) {
            return Optional.of("The subnets " + chosen.stream().map(Subnet::id).toList() + " belong to different "
                    + "VPCs; choose one VPC.");
        }
        return Optional.empty();
    }

    private static String name(List<Tag> tags) {
        return tags.stream().filter(t -> t.key().equals("Name")).map(Tag::value).findFirst().orElse("");
    }
}
