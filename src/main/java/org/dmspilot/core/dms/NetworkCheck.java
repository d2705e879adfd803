package org.dmspilot.core.dms;

import java.util.List;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** Validates the subnets through EC2 when the identity may list them; otherwise DMS validates on create. */
final class NetworkCheck {
    private final AwsClients aws;
    private final AwsCalls calls;

    NetworkCheck(AwsClients aws, AwsCalls calls) {
        this.aws = aws;
        this.calls = calls;
    }

    void requireTwoZones(List<String> subnetIds) {
        List<Subnet> subnets;
        try {
            subnets = calls.call("listing the subnets", () -> aws.ec2().describeSubnets(b -> b.subnetIds(subnetIds)))
                    .subnets();
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof software.amazon.awssdk.core.exception.SdkException sdk
                    && List.of("UnauthorizedOperation", "AccessDenied").contains(AwsErrors.code(sdk))) {
                calls.log("Not allowed to list subnets (ec2:DescribeSubnets); DMS checks them on create.");
                return;
            }
            throw e;
        }
        long zones = subnets.stream().map(Subnet::availabilityZone).distinct().count();
        long vpcs = subnets.stream().map(Subnet::vpcId).distinct().count();
        if (zones < 2) {
            throw new DmsPilotException("The subnets " + subnetIds + " are all in one Availability Zone; DMS needs "
                    + "subnets in at least two.");
        }
        if (vpcs > 1) {
            throw new DmsPilotException("The subnets " + subnetIds + " belong to different VPCs; choose one VPC.");
        }
    }
}
