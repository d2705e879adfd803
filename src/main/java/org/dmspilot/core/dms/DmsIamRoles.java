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

    /** The roles of a plan that DMS needs in every account, in order. */
    public static List<RoleSpec> sharedRoles(DmsPlan plan) {
        return plan.roles().stream().filter(r -> r.step() != StepId.SECRETS_ACCESS_ROLE).toList();
    }

    /** Reads each shared role and its attached policies. */
    public List<RoleStatus> check(DmsPlan plan) {
        List<RoleStatus> out = new ArrayList<>();
        for (RoleSpec spec : sharedRoles(plan)) {
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

    /** Creates the shared roles that are missing and attaches missing policies, then checks again. */
    public List<RoleStatus> create(DmsPlan plan) {
        DmsPlan allowed = new DmsPlan(plan.projectId(), plan.region(), plan.roles(), plan.secrets(),
                plan.subnetGroup(), plan.instance(), plan.source(), plan.target(), plan.task(), true, plan.notes());
        IamSteps steps = new IamSteps(aws, allowed, calls, role -> {
            throw new DmsPilotException("Creating IAM roles needs no password.");
        });
        for (RoleSpec spec : sharedRoles(plan)) {
            calls.log(steps.role(spec).message());
        }
        return check(plan);
    }
}
