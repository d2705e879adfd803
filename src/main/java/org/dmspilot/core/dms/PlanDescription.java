package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.dms.DmsResources.PasswordRef;
import org.dmspilot.core.dms.DmsResources.Ref;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;

/** The plan as text for review: every step, the API call it makes and its exact settings. No secret is shown. */
public final class PlanDescription {
    private static final Map<StepId, String> CALLS = Map.of(StepId.SUBNET_GROUP, "dms:CreateReplicationSubnetGroup",
            StepId.REPLICATION_INSTANCE, "dms:CreateReplicationInstance, then wait until available",
            StepId.SOURCE_ENDPOINT, "dms:CreateEndpoint", StepId.TARGET_ENDPOINT, "dms:CreateEndpoint",
            StepId.SOURCE_CONNECTION_TEST, "dms:TestConnection, then wait until successful",
            StepId.TARGET_CONNECTION_TEST, "dms:TestConnection, then wait until successful",
            StepId.REPLICATION_TASK, "dms:CreateReplicationTask, then wait until ready",
            StepId.FALLBACK_SOURCE_ENDPOINT, "dms:CreateEndpoint", StepId.FALLBACK_TARGET_ENDPOINT,
            "dms:CreateEndpoint", StepId.FALLBACK_TASK, "dms:CreateReplicationTask, then wait until ready;"
                    + " dms:StartReplicationTask at the cutover's switch step");

    private PlanDescription() {
    }

    /** One block per step, numbered, then the notes. */
    public static List<String> lines(DmsPlan plan) {
        List<String> out = new ArrayList<>();
        out.add("AWS DMS plan for project " + plan.projectId() + " in " + plan.region()
                + " (every resource tagged " + DmsPlan.PROJECT_TAG + "=" + plan.projectId() + ")");
        int n = 1;
        for (StepId step : plan.steps()) {
            out.add("");
            out.add(n++ + ". " + step.title());
            plan.role(step).ifPresent(r -> out.addAll(role(r, plan)));
            plan.secret(step).ifPresent(s -> out.addAll(secret(s)));
            plan.dmsResource(step).filter(r -> r instanceof DmsResources.EndpointSpec e && e.certificate() != null)
                    .map(r -> ((DmsResources.EndpointSpec) r).certificate()).ifPresent(c -> out.add(
                            "   dms:DescribeCertificates " + c.identifier() + "; when missing: dms:ImportCertificate "
                                    + c.identifier() + " (CA certificate, " + c.pem().length() + " characters of PEM)"));
            if (CALLS.containsKey(step)) {
                out.add("   " + CALLS.get(step));
            }
            plan.dmsResource(step).ifPresent(r -> r.properties().forEach((k, v) -> out.add("     " + k + " = "
                    + shown(v))));
            out.addAll(notifications(step, plan));
        }
        if (!plan.notes().isEmpty()) {
            out.add("");
            out.add("Notes:");
            plan.notes().forEach(note -> out.add(" - " + note));
        }
        return out;
    }

    private static List<String> notifications(StepId step, DmsPlan plan) {
        DmsNotifications.Spec n = plan.notifications();
        return switch (step) {
            case NOTIFICATION_TOPIC -> List.of("   sns:CreateTopic " + n.topicName() + " (tagged), then sns:Subscribe "
                    + "email " + n.email() + " unless subscribed");
            case EVENT_SUBSCRIPTION -> {
                List<String> out = new ArrayList<>(List.of("   dms:DescribeEventSubscriptions; when missing: "
                        + "dms:CreateEventSubscription"));
                n.properties().forEach((k, v) -> out.add("     " + k + " = " + shown(v)));
                yield out;
            }
            default -> List.of();
        };
    }

    private static List<String> role(RoleSpec r, DmsPlan plan) {
        List<String> out = new ArrayList<>(List.of("   iam:GetRole " + r.roleName() + "; when missing"
                + (plan.createIamRoles() || r.step() == StepId.SECRETS_ACCESS_ROLE ? "" : " (not allowed: fail)")
                + ": iam:CreateRole trusted by " + r.trustedService()));
        r.managedPolicyArns().forEach(p -> out.add("   iam:AttachRolePolicy " + p));
        if (r.inlinePolicyJson() != null) {
            out.add("   iam:PutRolePolicy " + r.inlinePolicyName() + " " + r.inlinePolicyJson());
        }
        return out;
    }

    private static List<String> secret(SecretSpec s) {
        return List.of("   secretsmanager:CreateSecret " + s.name() + " {username: " + s.username() + ", password: "
                + "(from " + s.role().passwordEnvVar() + " or the secret store), host: " + s.host() + ", port: "
                + s.port() + "}");
    }

    private static String shown(Object v) {
        if (v instanceof Ref ref) {
            return "<" + ref.step().title() + ">";
        }
        if (v instanceof DmsResources.CertificateRef c) {
            return "<imported " + c.role().name().toLowerCase(java.util.Locale.ROOT) + " CA certificate>";
        }
        if (v instanceof PasswordRef pw) {
            return "(from " + pw.role().passwordEnvVar() + " or the secret store)";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + "=" + shown(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }
}
