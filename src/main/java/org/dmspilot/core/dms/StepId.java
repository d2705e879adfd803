package org.dmspilot.core.dms;

/**
 * The provisioning steps, in execution order. Each step creates (or finds) one resource or runs one check; its
 * {@link #key()} is the resource's logical id in the CloudFormation export and its key in {@link DmsState}.
 * Cleanup walks them in reverse.
 */
public enum StepId {
    DMS_VPC_ROLE("DmsVpcRole", "IAM role dms-vpc-role"),
    DMS_LOGS_ROLE("DmsCloudWatchLogsRole", "IAM role dms-cloudwatch-logs-role"),
    SECRETS_ACCESS_ROLE("SecretsAccessRole", "IAM role for DMS to read the secrets"),
    SOURCE_SECRET("SourceSecret", "Secrets Manager secret for the source"),
    TARGET_SECRET("TargetSecret", "Secrets Manager secret for the target"),
    SUBNET_GROUP("SubnetGroup", "Replication subnet group"),
    REPLICATION_INSTANCE("ReplicationInstance", "Replication instance (wait until available)"),
    SOURCE_ENDPOINT("SourceEndpoint", "Source endpoint (mysql)"),
    TARGET_ENDPOINT("TargetEndpoint", "Target endpoint (PostgreSQL)"),
    SOURCE_CONNECTION_TEST("SourceConnectionTest", "Test the source connection from the instance"),
    TARGET_CONNECTION_TEST("TargetConnectionTest", "Test the target connection from the instance"),
    REPLICATION_TASK("ReplicationTask", "Replication task (wait until ready)"),
    FALLBACK_SOURCE_ENDPOINT("FallbackSourceEndpoint", "Fallback source endpoint (PostgreSQL, logical decoding)"),
    FALLBACK_TARGET_ENDPOINT("FallbackTargetEndpoint", "Fallback target endpoint (mysql)"),
    FALLBACK_TASK("FallbackTask", "Fallback task PostgreSQL → MySQL, CDC only (wait until ready; started at the"
            + " switch)"),
    REPLICATION_CONFIG("ReplicationConfig", "Serverless replication config"),
    NOTIFICATION_TOPIC("NotificationTopic", "SNS topic with the e-mail subscription for task events"),
    EVENT_SUBSCRIPTION("EventSubscription", "DMS event subscription (task failure, state change)"),
    ASSESSMENT_BUCKET("AssessmentBucket", "S3 bucket for DMS premigration assessment results (encrypted, not public)"),
    ASSESSMENT_ROLE("AssessmentRole", "IAM role DMS assumes to write assessment results to that bucket");

    private final String key;
    private final String title;

    StepId(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** Logical id: CloudFormation resource name and state key. */
    public String key() {
        return key;
    }

    /** What the step does, for the user. */
    public String title() {
        return title;
    }
}
