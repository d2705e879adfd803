package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dmspilot.core.dms.DmsResources.PasswordRef;
import org.dmspilot.core.dms.DmsResources.Ref;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;

/**
 * Renders a {@link DmsPlan} as a bash script of AWS CLI calls creating the same resources with the same settings
 * as the API path, each followed by its waiter (filtered by ARN). Passwords are read from the environment
 * ({@code DMSPILOT_SOURCE_PASSWORD}, {@code DMSPILOT_TARGET_PASSWORD}) and never written into the script.
 */
public final class CliScriptExport {
    private static final Map<String, String> OPTION_NAMES = Map.of("MultiAZ", "multi-az",
            "MySQLSettings", "my-sql-settings", "PostgreSQLSettings", "postgre-sql-settings");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Map<StepId, String[]> CREATE = Map.of(
            StepId.SUBNET_GROUP, new String[] {"create-replication-subnet-group", null},
            StepId.REPLICATION_INSTANCE, new String[] {"create-replication-instance",
                    "ReplicationInstance.ReplicationInstanceArn"},
            StepId.SOURCE_ENDPOINT, new String[] {"create-endpoint", "Endpoint.EndpointArn"},
            StepId.TARGET_ENDPOINT, new String[] {"create-endpoint", "Endpoint.EndpointArn"},
            StepId.REPLICATION_TASK, new String[] {"create-replication-task", "ReplicationTask.ReplicationTaskArn"},
            StepId.FALLBACK_SOURCE_ENDPOINT, new String[] {"create-endpoint", "Endpoint.EndpointArn"},
            StepId.FALLBACK_TARGET_ENDPOINT, new String[] {"create-endpoint", "Endpoint.EndpointArn"},
            StepId.FALLBACK_TASK, new String[] {"create-replication-task", "ReplicationTask.ReplicationTaskArn"},
            StepId.REPLICATION_CONFIG, new String[] {"create-replication-config",
                    "ReplicationConfig.ReplicationConfigArn"});

    private CliScriptExport() {
    }

    /** The script text. */
    public static String render(DmsPlan plan) {
        List<String> out = new ArrayList<>(List.of("#!/usr/bin/env bash",
                "# DMS Pilot: AWS DMS migration of project " + commentText(plan.projectId()) + " (generated).",
                "# Same resources and settings as 'dmspilot dms provision'. Passwords come from the environment.",
                "set -euo pipefail", "export AWS_DEFAULT_REGION=" + quote(plan.region()),
                ": \"${DMSPILOT_SOURCE_PASSWORD:?set DMSPILOT_SOURCE_PASSWORD}\"",
                ": \"${DMSPILOT_TARGET_PASSWORD:?set DMSPILOT_TARGET_PASSWORD}\"",
                "TAGS=" + quote(tags(plan)), ""));
        checkScriptable(plan);
        plan.roles().forEach(r -> out.addAll(role(r, plan)));
        plan.secrets().forEach(s -> out.addAll(secret(s)));
        for (Resource r : plan.dmsResources()) {
            if (r instanceof DmsResources.EndpointSpec e && e.certificate() != null) {
                out.addAll(certificate(e.certificate()));
            }
            out.add("# " + r.step().title());
            String[] create = CREATE.get(r.step());
            String command = "aws dms " + create[0] + options(r) + " \\\n    --tags \"$TAGS\"";
            if (create[1] == null) {
                out.add(command + " >/dev/null");
                out.add(var(r.step()) + "=" + quote((String) r.properties().get("ReplicationSubnetGroupIdentifier")));
            } else {
                out.add(var(r.step()) + "=$(" + command + " \\\n    --query " + create[1] + " --output text)");
            }
            out.addAll(plan.serverless() ? List.of() : waiters(r.step()));
            out.add("");
        }
        out.addAll(notifications(plan));
        if (plan.serverless()) {
            out.add("# DMS Serverless tests the connections and provisions its capacity when the replication starts:");
            out.add("#   aws dms start-replication --replication-config-arn \"$" + var(StepId.REPLICATION_CONFIG)
                    + "\" --start-replication-type start-replication");
            out.add("echo \"Replication config: $" + var(StepId.REPLICATION_CONFIG) + "\"");
        } else {
            out.add("echo \"Replication task: $" + var(StepId.REPLICATION_TASK) + "\"");
            if (plan.hasFallback()) {
                out.add("# The fallback task starts at the switch, after the forward task stopped and before the"
                        + " application writes to PostgreSQL:");
                out.add("#   aws dms start-replication-task --replication-task-arn \"$" + var(StepId.FALLBACK_TASK)
                        + "\" --start-replication-task-type start-replication");
                out.add("echo \"Fallback task: $" + var(StepId.FALLBACK_TASK) + "\"");
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** The SNS topic, the e-mail subscription and the DMS event subscription sending the task's events to it. */
    private static List<String> notifications(DmsPlan plan) {
        DmsNotifications.Spec n = plan.notifications();
        if (n == null) {
            return List.of();
        }
        return List.of("# " + StepId.NOTIFICATION_TOPIC.title(), var(StepId.NOTIFICATION_TOPIC)
                + "=$(aws sns create-topic --name " + quote(n.topicName()) + " --tags Key="
                + quote(DmsPlan.PROJECT_TAG) + ",Value=" + quote(plan.projectId()) + " --query TopicArn --output text)",
                "aws sns subscribe --topic-arn \"$" + var(StepId.NOTIFICATION_TOPIC) + "\" --protocol email"
                        + " --notification-endpoint " + quote(n.email()) + " >/dev/null", "",
                "# " + StepId.EVENT_SUBSCRIPTION.title(), "aws dms create-event-subscription" + options(n)
                        + " \\\n    --tags \"$TAGS\" >/dev/null", "");
    }

    /** The AWS CLI option for a DMS API member. */
    static String optionName(String apiName) {
        return OPTION_NAMES.getOrDefault(apiName, WORD_START.matcher(apiName).replaceAll("-")
                .toLowerCase(java.util.Locale.ROOT));
    }

    static String var(StepId step) {
        return step.name() + "_ARN";
    }

    private static String options(Resource r) {
        StringBuilder sb = new StringBuilder();
        r.properties().forEach((k, v) -> {
            sb.append(" \\\n    ");
            if (v instanceof Boolean b) {
                sb.append(b ? "--" : "--no-").append(optionName(k));
            } else if (v instanceof List<?> list) {
                sb.append("--").append(optionName(k)).append(list.stream().map(x -> " " + quote(x.toString()))
                        .collect(Collectors.joining()));
            } else {
                sb.append("--").append(optionName(k)).append(' ').append(arg(v));
            }
        });
        return sb.toString();
    }

    private static String arg(Object v) {
        if (v instanceof Ref ref) {
            return "\"$" + var(ref.step()) + "\"";
        }
        if (v instanceof DmsResources.CertificateRef c) {
            return "\"$" + certificateVar(c.role()) + "\"";
        }
        if (v instanceof PasswordRef pw) {
            return "\"$" + pw.role().passwordEnvVar() + "\"";
        }
        if (v instanceof Map<?, ?> m) {
            // JSON in single quotes; a reference to an earlier resource is spliced in as "$VAR"
            return "'{" + m.entrySet().stream().map(e -> quoteInside(jsonString(String.valueOf(e.getKey()))) + ":"
                    + jsonValue(e.getValue())).collect(Collectors.joining(",")) + "}'";
        }
        return v instanceof Number || v instanceof Boolean ? String.valueOf(v) : quote(String.valueOf(v));
    }

    /** A value inside single-quoted JSON: numbers and booleans bare, lists as arrays, references spliced in. */
    private static String jsonValue(Object v) {
        if (v instanceof Ref ref) {
            return "\"'\"$" + var(ref.step()) + "\"'\"";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        if (v instanceof List<?> list) {
            return "[" + list.stream().map(x -> quoteInside(jsonString(String.valueOf(x))))
                    .collect(Collectors.joining(",")) + "]";
        }
        return quoteInside(jsonString(String.valueOf(v)));
    }

    private static List<String> waiters(StepId step) {
        return switch (step) {
            case REPLICATION_INSTANCE -> List.of("aws dms wait replication-instance-available --filters "
                    + "Name=replication-instance-arn,Values=\"$" + var(step) + "\"");
            case SOURCE_ENDPOINT, TARGET_ENDPOINT, FALLBACK_SOURCE_ENDPOINT, FALLBACK_TARGET_ENDPOINT -> List.of(
                    "aws dms test-connection --replication-instance-arn \"$"
                    + var(StepId.REPLICATION_INSTANCE) + "\" --endpoint-arn \"$" + var(step) + "\" >/dev/null",
                    "aws dms wait test-connection-succeeds --filters Name=endpoint-arn,Values=\"$" + var(step)
                            + "\" Name=replication-instance-arn,Values=\"$" + var(StepId.REPLICATION_INSTANCE)
                            + "\"");
            case REPLICATION_TASK, FALLBACK_TASK -> List.of("aws dms wait replication-task-ready --filters "
                    + "Name=replication-task-arn,Values=\"$" + var(step) + "\"");
            default -> List.of();
        };
    }

    private static List<String> role(RoleSpec r, DmsPlan plan) {
        List<String> lines = new ArrayList<>(List.of("# " + r.step().title(),
                "if ! aws iam get-role --role-name " + quote(r.roleName()) + " >/dev/null 2>&1; then",
                "  aws iam create-role --role-name " + quote(r.roleName()) + " --assume-role-policy-document "
                        + quote(IamPolicies.trustPolicy(r.trustedService())) + " --tags \"$TAGS\" >/dev/null"));
        r.managedPolicyArns().forEach(p -> lines.add("  aws iam attach-role-policy --role-name " + quote(r.roleName())
                + " --policy-arn " + quote(p)));
        lines.add("fi");
        if (r.inlinePolicyJson() != null) {
            lines.add("aws iam put-role-policy --role-name " + quote(r.roleName()) + " --policy-name "
                    + quote(r.inlinePolicyName()) + " --policy-document " + quote(r.inlinePolicyJson()));
        }
        lines.add(var(r.step()) + "=$(aws iam get-role --role-name " + quote(r.roleName())
                + " --query Role.Arn --output text)");
        lines.add("");
        return lines;
    }

    private static List<String> secret(SecretSpec s) {
        String json = "jq -n --arg p \"$" + s.role().passwordEnvVar() + "\" " + quote("{username: "
                + jsonString(s.username()) + ", password: $p, host: " + jsonString(s.host()) + ", port: " + s.port()
                + (s.database() == null ? "" : ", dbname: " + jsonString(s.database())) + "}");
        return List.of("# " + s.step().title() + " (the password goes from the environment into the secret only)",
                var(s.step()) + "=$(aws secretsmanager create-secret --name " + quote(s.name())
                        + " --secret-string \"$(" + json + ")\" --tags \"$TAGS\" --query ARN --output text)", "");
    }

    /** Finds the project's CA certificate by identifier, or imports it (certificates are public: PEM inline). */
    private static List<String> certificate(DmsResources.CertificateSpec c) {
        String var = certificateVar(c.role());
        return List.of("# CA certificate for the " + c.role().name().toLowerCase(java.util.Locale.ROOT) + " endpoint",
                var + "=$(aws dms describe-certificates --filters Name=certificate-id,Values=" + quote(c.identifier())
                        + " --query 'Certificates[0].CertificateArn' --output text 2>/dev/null || true)",
                "if [ -z \"$" + var + "\" ] || [ \"$" + var + "\" = None ]; then",
                "  " + var + "=$(aws dms import-certificate --certificate-identifier " + quote(c.identifier())
                        + " --certificate-pem " + quote(c.pem()) + " --tags \"$TAGS\" \\\n    --query "
                        + "Certificate.CertificateArn --output text)", "fi", "");
    }

    static String certificateVar(org.dmspilot.model.ConnectionRole role) {
        return role.name() + "_CERTIFICATE_ARN";
    }

    /** The tags as the CLI's JSON form (the shorthand {@code Key=k,Value=v} breaks on commas and spaces). */
    private static String tags(DmsPlan plan) {
        return "[" + plan.tags().entrySet().stream().map(e -> "{\"Key\":" + jsonString(e.getKey()) + ",\"Value\":"
                + jsonString(e.getValue()) + "}").collect(Collectors.joining(",")) + "]";
    }

    /** Text for a comment line: control characters (a newline would end the comment) shown escaped. */
    static String commentText(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Bash cannot hold a NUL byte in an argument: a plan value with one is refused rather than cut short. */
    private static void checkScriptable(DmsPlan plan) {
        if (plan.projectId().indexOf('\0') >= 0 || plan.tags().toString().indexOf('\0') >= 0
                || plan.dmsResources().stream().anyMatch(r -> r.properties().toString().indexOf('\0') >= 0)) {
            throw new org.dmspilot.core.BadInputException("The plan holds a NUL character (in the project id or a"
                    + " resource setting); a shell script cannot pass it on. Remove it from the project.");
        }
    }

    private static String jsonString(String s) {
        return IamPolicies.json(s);
    }

    /** Single-quoted for bash: nothing inside is expanded or executed. */
    static String quote(String s) {
        return "'" + quoteInside(s) + "'";
    }

    /** Text to place between single quotes ({@code '} becomes {@code '\''}). */
    private static String quoteInside(String s) {
        return s.replace("'", "'\\''");
    }
}
