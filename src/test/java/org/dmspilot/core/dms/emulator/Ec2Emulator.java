package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.QueryXml.el;

import java.util.Map;

/** EC2 DescribeSubnets over a fixed VPC: subnet-a1 and subnet-a2 in zone a, subnet-b1 in zone b. */
final class Ec2Emulator {
    static final Map<String, String> SUBNET_ZONES = Map.of("subnet-a1", "eu-west-1a", "subnet-a2", "eu-west-1a",
            "subnet-b1", "eu-west-1b");

    private Ec2Emulator() {
    }

    static String call(String op, Map<String, String> p) {
        if (!op.equals("DescribeSubnets")) {
            throw new AwsFault(400, "InvalidAction", "The action " + op + " is not valid for this web service.");
        }
        StringBuilder sb = new StringBuilder("<subnetSet>");
        for (int i = 1; p.containsKey("SubnetId." + i); i++) {
            String id = p.get("SubnetId." + i);
            String zone = SUBNET_ZONES.get(id);
            if (zone == null) {
                throw new AwsFault(400, "InvalidSubnetID.NotFound", "The subnet ID '" + id + "' does not exist");
            }
            sb.append("<item>").append(el("subnetId", id)).append(el("state", "available"))
                    .append(el("vpcId", "vpc-emulated")).append(el("availabilityZone", zone))
                    .append(el("cidrBlock", "10.0." + i + ".0/24")).append("</item>");
        }
        return sb.append("</subnetSet>").toString();
    }
}
