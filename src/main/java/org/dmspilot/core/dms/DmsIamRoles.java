package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;

/**
 * The two account-wide roles DMS needs ({@code dms-vpc-role}, {@code dms-cloudwatch-logs-role}): whether they exist
 * with their policies, and creating them on request (found first, so never twice).
 */
public final class DmsIamRoles {
    private final AwsClients aws;
    private final AwsCalls calls;

    public DmsIamRoles(AwsClients aws, Timing timing, ProgressListener progress) {
        this.aws = aws;
        this.calls = new AwsCalls(timing, progress);
    }

    /**
     * One role's state.
     *
     * @param missingPolicies managed policies the role should have but lacks (all of them when it does not exist)
     */
    public record RoleStatus(String roleName, boolean exists, List<String> missingPolicies, String trustedService) {
        public boolean ready() {
            return exists && missingPolicies.isEmpty();
        }
    }

    /** The roles DMS needs in every account, in order: {@code dms-vpc-role}, {@code dms-cloudwatch-logs-role}. */
    public static List<RoleSpec> sharedRoles() {
        return List.of(new RoleSpec(StepId.DMS_VPC_ROLE, IamPolicies.VPC_ROLE, IamPolicies.DMS_SERVICE,
                        List.of(IamPolicies.VPC_POLICY_ARN), null, null),
                new RoleSpec(StepId.DMS_LOGS_ROLE, IamPolicies.LOGS_ROLE, IamPolicies.DMS_SERVICE,
                        List.of(IamPolicies.LOGS_POLICY_ARN), null, null));
    }

    /** Reads each shared role and its attached policies. */
    public List<RoleStatus> check() {
        List<RoleStatus> out = new ArrayList<>();
        for (RoleSpec spec : sharedRoles()) {
            String name = spec.roleName();
            boolean exists = calls.callUnless(Set.of("NoSuchEntity"), "looking up IAM role " + name,
                    () -> aws.iam().getRole(b -> b.roleName(name))).isPresent();
            List<String> missing = spec.managedPolicyArns();
            if (exists) {
                List<String> attached = calls.call("listing the policies of " + name, () -> aws.iam()
                        .listAttachedRolePolicies(b -> b.roleName(name))).attachedPolicies().stream()
                        .map(AttachedPolicy::policyArn).toList();
                missing = missing.stream().filter(p -> !attached.contains(p)).toList();
            }
            out.add(new RoleStatus(name, exists, missing, spec.trustedService()));
        }
        return out;
    }

    /** Creates the shared roles that are missing (tagged with the project) and attaches missing policies. */
    public List<RoleStatus> create(String projectId) {
        DmsPlan rolesOnly = new DmsPlan(projectId, aws.settings().region(), sharedRoles(), List.of(), null, null,
                null, null, null, true, List.of());
        IamSteps steps = new IamSteps(aws, rolesOnly, calls, role -> {
            throw new DmsPilotException("Creating IAM roles needs no password.");
        });
        for (RoleSpec spec : sharedRoles()) {
            calls.log(steps.role(spec).message());
        }
        return check();
    }
}
