package org.dmspilot.core.dms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;
import org.dmspilot.core.dms.ProvisionSteps.Outcome;
import org.dmspilot.model.ConnectionRole;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

/** The IAM roles and Secrets Manager secrets steps: found first, created only when absent and allowed. */
final class IamSteps {
    private final IamClient iam;
    private final SecretsManagerClient secrets;
    private final DmsPlan plan;
    private final AwsCalls calls;
    private final Function<ConnectionRole, String> passwords;

    IamSteps(AwsClients aws, DmsPlan plan, AwsCalls calls, Function<ConnectionRole, String> passwords) {
        this.iam = aws.iam();
        this.secrets = aws.secrets();
        this.plan = plan;
        this.calls = calls;
        this.passwords = passwords;
    }

    Outcome role(RoleSpec spec) {
        String name = spec.roleName();
        boolean created = false;
        if (findRole(name).isEmpty()) {
            if (!plan.createIamRoles()) {
                throw new DmsPilotException("The IAM role " + name + " does not exist. Let DMS Pilot create it "
                        + "(--create-iam-roles), or create it yourself: trusted service " + spec.trustedService()
                        + ", policies " + spec.managedPolicyArns() + ".");
            }
            created = calls.callUnless(AwsCalls.ALREADY_EXISTS, "creating IAM role " + name,
                    () -> iam.createRole(b -> b.roleName(name)
                            .assumeRolePolicyDocument(IamPolicies.trustPolicy(spec.trustedService()))
                            .description("Created by DMS Pilot for AWS DMS")
                            .tags(t -> t.key(DmsPlan.PROJECT_TAG).value(plan.projectId())))).isPresent();
        }
        List<String> attached = calls.call("listing the policies of " + name,
                () -> iam.listAttachedRolePolicies(b -> b.roleName(name))).attachedPolicies().stream()
                .map(AttachedPolicy::policyArn).toList();
        for (String policy : spec.managedPolicyArns().stream().filter(p -> !attached.contains(p)).toList()) {
            if (!plan.createIamRoles()) {
                throw new DmsPilotException("The IAM role " + name + " lacks the policy " + policy + ".");
            }
            calls.call("attaching " + policy + " to " + name,
                    () -> iam.attachRolePolicy(b -> b.roleName(name).policyArn(policy)));
        }
        if (spec.inlinePolicyJson() != null) {
            calls.call("granting " + name + " access to the secrets", () -> iam.putRolePolicy(b -> b.roleName(name)
                    .policyName(spec.inlinePolicyName()).policyDocument(spec.inlinePolicyJson())));
        }
        Role role = findRole(name).orElseThrow(() -> new DmsPilotException("IAM does not list the role " + name
                + " just created. Run provision again."));
        return new Outcome(role.arn(), created, "IAM role " + name + (created ? " created" : " found"));
    }

    Outcome secret(SecretSpec spec) {
        Optional<DescribeSecretResponse> found = findSecret(spec.name());
        boolean created = found.isEmpty() && calls.callUnless(AwsCalls.ALREADY_EXISTS,
                "creating secret " + spec.name(), () -> secrets.createSecret(b -> b.name(spec.name())
                        .description("DMS Pilot: " + spec.role().name().toLowerCase(java.util.Locale.ROOT)
                                + " credentials for AWS DMS")
                        .secretString(secretString(spec))
                        .tags(t -> t.key(DmsPlan.PROJECT_TAG).value(plan.projectId())))).isPresent();
        DescribeSecretResponse secret = findSecret(spec.name()).orElseThrow(() -> new DmsPilotException(
                "Secrets Manager does not list " + spec.name() + ". Run provision again."));
        boolean owned = secret.tags().stream().anyMatch(t -> t.key().equals(DmsPlan.PROJECT_TAG)
                && t.value().equals(plan.projectId()));
        if (!owned) {
            throw new DmsPilotException("The secret " + spec.name() + " exists but was not created by this project.");
        }
        return new Outcome(secret.arn(), created, "Secret " + spec.name() + (created ? " created" : " found"));
    }

    private String secretString(SecretSpec spec) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("username", spec.username());
        value.put("password", passwords.apply(spec.role()));
        value.put("host", spec.host());
        value.put("port", spec.port());
        if (spec.database() != null) {
            value.put("dbname", spec.database());
        }
        return IamPolicies.json(value);
    }

    private Optional<Role> findRole(String name) {
        return calls.callUnless(Set.of("NoSuchEntity"), "looking up IAM role " + name,
                () -> iam.getRole(b -> b.roleName(name)).role());
    }

    private Optional<DescribeSecretResponse> findSecret(String name) {
        return calls.callUnless(Set.of("ResourceNotFoundException"), "looking up secret " + name,
                () -> secrets.describeSecret(b -> b.secretId(name)));
    }
}
