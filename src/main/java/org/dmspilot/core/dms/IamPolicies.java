package org.dmspilot.core.dms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.project.ProjectFiles;

/** IAM documents: the roles DMS needs, and the least-privilege policy a user needs to run the wizard. */
public final class IamPolicies {
    /** The role DMS uses to manage network interfaces in the VPC. */
    public static final String VPC_ROLE = "dms-vpc-role";
    /** The role DMS uses to write task logs to CloudWatch Logs. */
    public static final String LOGS_ROLE = "dms-cloudwatch-logs-role";
    static final String VPC_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole";
    static final String LOGS_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole";
    static final String DMS_SERVICE = "dms.amazonaws.com";

    private IamPolicies() {
    }

    /** Trust policy letting {@code service} assume a role. */
    public static String trustPolicy(String service) {
        return json(trustPolicyDocument(service));
    }

    static Map<String, Object> trustPolicyDocument(String service) {
        return document(List.of(Map.of("Effect", "Allow", "Principal", Map.of("Service", service),
                "Action", "sts:AssumeRole")));
    }

    /** Inline policy of the secrets access role: read the project's secrets only. */
    static Map<String, Object> readSecretsDocument(String secretArnPattern) {
        return document(List.of(Map.of("Effect", "Allow",
                "Action", List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                "Resource", secretArnPattern)));
    }

    /**
     * Inline policy of the premigration assessment role: DMS writes, reads and lists the results in one bucket and
     * nothing else.
     */
    static Map<String, Object> assessmentResultsDocument(String bucket) {
        return document(List.of(
                statement("AssessmentResultObjects", List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject",
                        "s3:PutObjectTagging"), "arn:aws:s3:::" + bucket + "/*"),
                statement("AssessmentResultBucket", List.of("s3:ListBucket", "s3:GetBucketLocation"),
                        "arn:aws:s3:::" + bucket)));
    }

    /**
     * The least-privilege policy for the identity running the wizard: plan checks, provisioning, start, monitoring
     * and cleanup of DMS resources, creating the DMS service roles, and the project's secrets.
     */
    public static String wizardPolicy() {
        return json(document(List.of(
                statement("DmsManageMigration", List.of("dms:CreateReplicationSubnetGroup",
                        "dms:CreateReplicationInstance", "dms:CreateEndpoint", "dms:CreateReplicationTask",
                        "dms:Describe*", "dms:ListTagsForResource", "dms:AddTagsToResource", "dms:TestConnection",
                        "dms:StartReplicationTask", "dms:StopReplicationTask", "dms:DeleteReplicationTask",
                        "dms:DeleteEndpoint", "dms:DeleteReplicationInstance", "dms:DeleteReplicationSubnetGroup",
                        "dms:StartReplicationTaskAssessmentRun", "dms:CancelReplicationTaskAssessmentRun"),
                        "*"),
                statement("AssessmentResultsBucket", List.of("s3:CreateBucket", "s3:ListBucket",
                        "s3:PutEncryptionConfiguration", "s3:PutBucketPublicAccessBlock", "s3:PutBucketTagging",
                        "s3:GetBucketTagging", "s3:DeleteObject", "s3:DeleteBucket"),
                        List.of("arn:aws:s3:::dmspilot-*", "arn:aws:s3:::dmspilot-*/*")),
                statement("DmsServiceRoles", List.of("iam:GetRole", "iam:CreateRole", "iam:AttachRolePolicy",
                        "iam:PutRolePolicy", "iam:TagRole", "iam:ListAttachedRolePolicies", "iam:PassRole"),
                        List.of("arn:aws:iam::*:role/" + VPC_ROLE, "arn:aws:iam::*:role/" + LOGS_ROLE,
                                "arn:aws:iam::*:role/dmspilot-*")),
                statement("ProjectSecrets", List.of("secretsmanager:CreateSecret", "secretsmanager:DescribeSecret",
                        "secretsmanager:TagResource", "secretsmanager:DeleteSecret"),
                        "arn:aws:secretsmanager:*:*:secret:dmspilot/*"),
                statement("NetworkAndMonitoring", List.of("ec2:DescribeSubnets", "ec2:DescribeVpcs",
                        "ec2:DescribeSecurityGroups", "cloudwatch:GetMetricData", "sts:GetCallerIdentity"), "*"))));
    }

    private static Map<String, Object> statement(String sid, List<String> actions, Object resource) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Sid", sid);
        s.put("Effect", "Allow");
        s.put("Action", actions);
        s.put("Resource", resource);
        return s;
    }

    private static Map<String, Object> document(List<Map<String, Object>> statements) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Version", "2012-10-17");
        d.put("Statement", statements);
        return d;
    }

    static String json(Object value) {
        try {
            return ProjectFiles.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
