package org.dmspilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsIamRoles;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.NetworkInventory;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dms account}: the wizard's account, IAM and network pages on the command line: who the credentials are,
 * whether the DMS roles exist (created with {@code --create-roles}), and the VPCs, subnets and security groups.
 */
@Command(name = "account", description = "Caller identity, the DMS IAM roles, and the region's VPCs, subnets and "
        + "security groups.", mixinStandardHelpOptions = true)
final class DmsAccountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--create-roles", description = "Create dms-vpc-role and dms-cloudwatch-logs-role when missing.")
    boolean createRoles;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        ProgressListener progress = DmsCliOptions.stderr(spec.commandLine().getErr());
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            AwsClients.CallerIdentity me = aws.callerIdentity();
            DmsIamRoles iam = new DmsIamRoles(aws, options.timing(), progress);
            List<DmsIamRoles.RoleStatus> roles = createRoles ? iam.create(project.id()) : iam.check();
            NetworkInventory.Listing network = new NetworkInventory(aws, options.timing(), progress).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("identity", me);
                result.put("region", aws.settings().region());
                result.put("roles", roles);
                result.put("network", network);
                out.println(ProjectFiles.mapper().writeValueAsString(result));
            } else {
                print(out, me, roles, network);
            }
            out.flush();
            return roles.stream().allMatch(DmsIamRoles.RoleStatus::ready) ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    private static void print(PrintWriter out, AwsClients.CallerIdentity me, List<DmsIamRoles.RoleStatus> roles,
            NetworkInventory.Listing network) {
        out.println("Account " + me.account() + " as " + me.arn());
        for (DmsIamRoles.RoleStatus r : roles) {
            out.println("Role " + r.roleName() + ": " + (r.ready() ? "ready" : r.exists() ? "lacks "
                    + r.missingPolicies() : "missing (dmspilot dms account --create-roles creates it)"));
        }
        if (network.notAllowed() != null) {
            out.println(network.notAllowed());
            return;
        }
        for (NetworkInventory.Vpc vpc : network.vpcs()) {
            out.println("VPC " + vpc.id() + " " + vpc.cidr() + (vpc.isDefault() ? " (default)" : "")
                    + (vpc.name().isEmpty() ? "" : " " + vpc.name()));
            network.subnetsOf(vpc.id()).forEach(s -> out.println("  subnet " + s.id() + "  " + s.zone() + "  "
                    + s.cidr()));
            network.securityGroupsOf(vpc.id()).forEach(g -> out.println("  security group " + g.id() + "  "
                    + g.name()));
        }
    }
}
