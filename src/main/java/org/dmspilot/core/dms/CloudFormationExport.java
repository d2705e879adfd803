package org.dmspilot.core.dms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.dms.DmsResources.PasswordRef;
import org.dmspilot.core.dms.DmsResources.Ref;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;
import org.dmspilot.model.ConnectionRole;

/**
 * Renders a {@link DmsPlan} as a CloudFormation template (JSON) creating the same resources with the same settings
 * as the API path. Passwords are {@code NoEcho} parameters (or go only into the Secrets Manager secrets); the
 * account-wide DMS roles are created only when their parameter says so.
 */
public final class CloudFormationExport {
    private static final Map<String, String> TYPES = Map.of("SubnetGroup", "AWS::DMS::ReplicationSubnetGroup",
            "ReplicationInstance", "AWS::DMS::ReplicationInstance", "SourceEndpoint", "AWS::DMS::Endpoint",
            "TargetEndpoint", "AWS::DMS::Endpoint", "ReplicationTask", "AWS::DMS::ReplicationTask",
            "ReplicationConfig", "AWS::DMS::ReplicationConfig", "FallbackSourceEndpoint", "AWS::DMS::Endpoint",
            "FallbackTargetEndpoint", "AWS::DMS::Endpoint", "FallbackTask", "AWS::DMS::ReplicationTask");
    /** Properties CloudFormation types as Json (an object in the template) where the API takes a JSON string. */
    private static final java.util.Set<String> JSON_TYPED = java.util.Set.of("ReplicationConfig.TableMappings",
            "ReplicationConfig.ReplicationSettings");
    /** API member names that CloudFormation spells differently. */
    private static final Map<String, String> CFN_NAMES = Map.of("MySQLSettings", "MySqlSettings",
            "PostgreSQLSettings", "PostgreSqlSettings");

    /** JSON escapes CloudFormation applies to the password, in order (backslash first). */
    private static final List<String[]> JSON_ESCAPES = List.of(new String[] {"\\", "\\\\"},
            new String[] {"\"", "\\\""}, new String[] {"\n", "\\n"}, new String[] {"\r", "\\r"},
            new String[] {"\t", "\\t"});
    private static final com.fasterxml.jackson.dataformat.yaml.YAMLMapper YAML =
            com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder(
                    com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder().stringQuotingChecker(
                            new DatesQuoted()).build())
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build();

    /** Besides what YAML needs, quotes values a YAML 1.1 reader would take for a date ({@code 2010-09-09}). */
    private static final class DatesQuoted extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker
            .Default {
        private static final long serialVersionUID = 1L;
        private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || DATE.matcher(value).matches();
        }
    }

    private CloudFormationExport() {
    }

    /** The template as indented JSON. */
    public static String render(DmsPlan plan) {
        try {
            return org.dmspilot.core.project.ProjectFiles.mapper().writeValueAsString(template(plan));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same template as YAML (long-form intrinsic functions, so it parses back to the JSON template). */
    public static String renderYaml(DmsPlan plan) {
        try {
            return YAML.writeValueAsString(template(plan));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> template(DmsPlan plan) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "DMS Pilot: AWS DMS migration of project " + plan.projectId()
                + " (generated; same resources and settings as 'dmspilot dms provision').");
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Object> conditions = new LinkedHashMap<>();
        for (ConnectionRole role : ConnectionRole.values()) {
            parameters.put(passwordParameter(role), Map.of("Type", "String", "NoEcho", true,
                    "Description", "Password of the " + role.name().toLowerCase(java.util.Locale.ROOT)
                            + " database user"));
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        for (RoleSpec role : plan.roles()) {
            boolean shared = role.step() != StepId.SECRETS_ACCESS_ROLE;
            if (shared) {
                String condition = "Create" + role.step().key();
                parameters.put(condition, Map.of("Type", "String", "AllowedValues", List.of("true", "false"),
                        "Default", String.valueOf(plan.createIamRoles()), "Description", "Create " + role.roleName()
                                + " (false when the account already has it)"));
                conditions.put(condition, Map.of("Fn::Equals", List.of(Map.of("Ref", condition), "true")));
            }
            resources.put(role.step().key(), role(role, shared, plan));
        }
        plan.secrets().forEach(s -> resources.put(s.step().key(), secret(s, plan)));
        for (Resource r : plan.dmsResources()) {
            if (r instanceof DmsResources.EndpointSpec e && e.certificate() != null) {
                resources.put(e.certificate().key(), Map.of("Type", "AWS::DMS::Certificate", "Properties",
                        Map.of("CertificateIdentifier", e.certificate().identifier(), "CertificatePem",
                                e.certificate().pem())));
            }
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("Type", TYPES.get(r.step().key()));
            if (r.step() == StepId.SUBNET_GROUP) {
                res.put("Metadata", Map.of("DmsPilotRolesReady", plan.roles().stream()
                        .filter(role -> role.step() != StepId.SECRETS_ACCESS_ROLE)
                        .map(role -> Map.of("Fn::If", List.of("Create" + role.step().key(),
                                Map.of("Ref", role.step().key()), ""))).toList()));
            }
            res.put("Properties", properties(r, plan));
            resources.put(r.step().key(), res);
        }
        if (plan.notifications() != null) {
            resources.putAll(notifications(plan));
        }
        template.put("Parameters", parameters);
        template.put("Conditions", conditions);
        template.put("Resources", resources);
        template.put("Outputs", plan.serverless() ? Map.of("ReplicationConfigArn", Map.of("Value", Map.of(
                "Fn::GetAtt", List.of("ReplicationConfig", "ReplicationConfigArn"))))
                : plan.hasFallback() ? Map.of("ReplicationTaskArn", Map.of("Value", Map.of("Ref", "ReplicationTask")),
                        "ReplicationInstanceArn", Map.of("Value", Map.of("Ref", "ReplicationInstance")),
                        "FallbackTaskArn", Map.of("Value", Map.of("Ref", "FallbackTask")))
                : Map.of("ReplicationTaskArn", Map.of("Value", Map.of("Ref", "ReplicationTask")),
                        "ReplicationInstanceArn", Map.of("Value", Map.of("Ref", "ReplicationInstance"))));
        return template;
    }

    /**
     * The SNS topic with its e-mail subscription ({@code AWS::SNS::Topic}, whose Ref is the topic ARN) and the DMS
     * event subscription ({@code AWS::DMS::EventSubscription}), created after the task it names.
     */
    private static Map<String, Object> notifications(DmsPlan plan) {
        DmsNotifications.Spec n = plan.notifications();
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("TopicName", n.topicName());
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("Protocol", "email");
        email.put("Endpoint", n.email());
        topic.put("Subscription", List.of(email));
        topic.put("Tags", tags(plan));
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("Type", "AWS::DMS::EventSubscription");
        subscription.put("DependsOn", StepId.REPLICATION_TASK.key());
        subscription.put("Properties", properties(n, plan));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(StepId.NOTIFICATION_TOPIC.key(), Map.of("Type", "AWS::SNS::Topic", "Properties", topic));
        out.put(StepId.EVENT_SUBSCRIPTION.key(), subscription);
        return out;
    }

    /** The CloudFormation property name of a DMS API member. */
    static String cfnName(String apiName) {
        return CFN_NAMES.getOrDefault(apiName, apiName);
    }

    static String passwordParameter(ConnectionRole role) {
        return role == ConnectionRole.SOURCE ? "SourcePassword" : "TargetPassword";
    }

    private static Map<String, Object> properties(Resource r, DmsPlan plan) {
        Map<String, Object> p = new LinkedHashMap<>();
        r.properties().forEach((k, v) -> p.put(cfnName(k), JSON_TYPED.contains(r.step().key() + "." + k)
                ? readJson((String) v) : value(v)));
        p.put("Tags", tags(plan));
        return p;
    }

    private static Map<String, Object> role(RoleSpec role, boolean shared, DmsPlan plan) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("RoleName", role.roleName());
        p.put("AssumeRolePolicyDocument", IamPolicies.trustPolicyDocument(role.trustedService()));
        if (!role.managedPolicyArns().isEmpty()) {
            p.put("ManagedPolicyArns", role.managedPolicyArns());
        }
        if (role.inlinePolicyJson() != null) {
            p.put("Policies", List.of(Map.of("PolicyName", role.inlinePolicyName(), "PolicyDocument",
                    readJson(role.inlinePolicyJson()))));
        }
        p.put("Tags", tags(plan));
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("Type", "AWS::IAM::Role");
        if (shared) {
            res.put("Condition", "Create" + role.step().key());
        }
        res.put("Properties", p);
        return res;
    }

    private static Map<String, Object> secret(SecretSpec s, DmsPlan plan) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Name", s.name());
        p.put("SecretString", secretString(s));
        p.put("Tags", tags(plan));
        return Map.of("Type", "AWS::SecretsManager::Secret", "Properties", p);
    }

    /**
     * The secret's JSON in the layout DMS reads. Everything known now is written by Jackson; the password, known
     * only when the stack is deployed, is appended last, JSON-escaped by CloudFormation itself (each of backslash,
     * quote, newline, carriage return and tab replaced through {@code Fn::Split} + {@code Fn::Join}), so any
     * password yields valid JSON and none is written into the template.
     */
    private static Map<String, Object> secretString(SecretSpec s) {
        Map<String, Object> known = new LinkedHashMap<>();
        known.put("username", s.username());
        known.put("host", s.host());
        known.put("port", s.port());
        if (s.database() != null) {
            known.put("dbname", s.database());
        }
        String json = IamPolicies.json(known);
        Object password = Map.of("Ref", passwordParameter(s.role()));
        for (String[] escape : JSON_ESCAPES) {
            password = Map.of("Fn::Join", List.of(escape[1], Map.of("Fn::Split", List.of(escape[0], password))));
        }
        return Map.of("Fn::Join", List.of("", List.of(json.substring(0, json.length() - 1) + ",\"password\":\"",
                password, "\"}")));
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v) {
        if (v instanceof Ref ref) {
            return ref.step() == StepId.SECRETS_ACCESS_ROLE
                    ? Map.of("Fn::GetAtt", List.of(ref.step().key(), "Arn")) : Map.of("Ref", ref.step().key());
        }
        if (v instanceof DmsResources.CertificateRef c) {
            return Map.of("Ref", new DmsResources.CertificateSpec(c.role(), null, null).key());
        }
        if (v instanceof PasswordRef pw) {
            return Map.of("Ref", passwordParameter(pw.role()));
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(cfnName(k), value(x)));
            return out;
        }
        return v;
    }

    private static List<Map<String, String>> tags(DmsPlan plan) {
        return plan.tags().entrySet().stream().map(e -> Map.of("Key", e.getKey(), "Value", e.getValue())).toList();
    }

    private static Object readJson(String json) {
        try {
            return org.dmspilot.core.project.ProjectFiles.mapper().readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
