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
        NetworkInventory.subnetProblem(subnets.stream().map(s -> new NetworkInventory.Subnet(s.subnetId(),
                s.vpcId(), s.availabilityZone(), s.cidrBlock(), "")).toList()).ifPresent(problem -> {
                    throw new DmsPilotException(problem);
                });
    }
}
