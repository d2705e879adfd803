package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.QueryXml.el;

import java.util.List;
import java.util.Map;

/**
 * EC2 DescribeVpcs, DescribeSubnets and DescribeSecurityGroups over a fixed network: VPC vpc-emulated with
 * subnet-a1 and subnet-a2 in zone a and subnet-b1 in zone b, security groups sg-default and sg-dms; and the default
 * VPC vpc-default with subnet-c1.
 */
final class Ec2Emulator {
    static final Map<String, String> SUBNET_ZONES = Map.of("subnet-a1", "eu-west-1a", "subnet-a2", "eu-west-1a",
            "subnet-b1", "eu-west-1b", "subnet-c1", "eu-west-1c");
    private static final List<String> SUBNETS = List.of("subnet-a1", "subnet-a2", "subnet-b1", "subnet-c1");
    private static final Map<String, String> SUBNET_VPCS = Map.of("subnet-a1", "vpc-emulated", "subnet-a2",
            "vpc-emulated", "subnet-b1", "vpc-emulated", "subnet-c1", "vpc-default");
    private static final List<String[]> GROUPS = List.of(new String[] {"sg-default", "default", "vpc-emulated"},
            new String[] {"sg-dms", "dms-replication", "vpc-emulated"},
            new String[] {"sg-other", "default", "vpc-default"});

    private Ec2Emulator() {
    }

    static String call(String op, Map<String, String> p) {
        return switch (op) {
            case "DescribeSubnets" -> subnets(p);
            case "DescribeVpcs" -> "<vpcSet>" + vpc("vpc-emulated", "10.0.0.0/16", false, "shop-vpc")
                    + vpc("vpc-default", "172.31.0.0/16", true, "") + "</vpcSet>";
            case "DescribeSecurityGroups" -> {
                StringBuilder sb = new StringBuilder("<securityGroupInfo>");
                for (String[] g : GROUPS) {
                    sb.append("<item>").append(el("groupId", g[0])).append(el("groupName", g[1]))
                            .append(el("vpcId", g[2])).append(el("groupDescription", g[1] + " group"))
                            .append(el("ownerId", AwsEmulator.ACCOUNT)).append("</item>");
                }
                yield sb.append("</securityGroupInfo>").toString();
            }
            default -> throw new AwsFault(400, "InvalidAction", "The action " + op
                    + " is not valid for this web service.");
        };
    }

    private static String subnets(Map<String, String> p) {
        List<String> ids = p.containsKey("SubnetId.1") ? java.util.stream.IntStream.iterate(1,
                i -> p.containsKey("SubnetId." + i), i -> i + 1).mapToObj(i -> p.get("SubnetId." + i)).toList()
                : SUBNETS;
        StringBuilder sb = new StringBuilder("<subnetSet>");
        for (String id : ids) {
            String zone = SUBNET_ZONES.get(id);
            if (zone == null) {
                throw new AwsFault(400, "InvalidSubnetID.NotFound", "The subnet ID '" + id + "' does not exist");
            }
            sb.append("<item>").append(el("subnetId", id)).append(el("state", "available"))
                    .append(el("vpcId", SUBNET_VPCS.get(id))).append(el("availabilityZone", zone))
                    .append(el("cidrBlock", "10.0." + (SUBNETS.indexOf(id) + 1) + ".0/24")).append("</item>");
        }
        return sb.append("</subnetSet>").toString();
    }

    private static String vpc(String id, String cidr, boolean isDefault, String name) {
        return "<item>" + el("vpcId", id) + el("state", "available") + el("cidrBlock", cidr)
                + el("isDefault", isDefault) + (name.isEmpty() ? "" : "<tagSet><item>" + el("key", "Name")
                + el("value", name) + "</item></tagSet>") + "</item>";
    }
}
