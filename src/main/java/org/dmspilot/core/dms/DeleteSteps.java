package org.dmspilot.core.dms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Deletes one resource of a project. Each method first finds the resource by its ARN (gone already: nothing to do,
 * so a re-run never deletes twice), checks the project tag (never touches a foreign resource), deletes, and waits by
 * ARN until AWS no longer lists it.
 */
final class DeleteSteps {
    /** Runs one of the SDK's DMS waiters with the given override configuration. */
    private interface Waiter extends java.util.function.BiFunction<DatabaseMigrationWaiter, WaiterOverrideConfiguration,
            WaiterResponse<?>> {
    }

    private static final String GONE = "deleted";
    private static final Set<String> NOT_THERE = Set.of("ResourceNotFoundFault", "ResourceNotFoundException",
            "NoSuchEntity");

    private final AwsClients aws;
    private final DatabaseMigrationClient dms;
    private final IamClient iam;
    private final SecretsManagerClient secrets;
    private final AwsCalls calls;
    private final String projectId;
    private final String subnetGroupArnPrefix;
    private final String region;

    DeleteSteps(AwsClients aws, AwsCalls calls, String projectId, String region, String account) {
        this.aws = aws;
        this.dms = aws.dms();
        this.iam = aws.iam();
        this.secrets = aws.secrets();
        this.calls = calls;
        this.projectId = projectId;
        this.subnetGroupArnPrefix = "arn:aws:dms:" + region + ":" + account + ":subgrp:";
        this.region = region;
    }

    /** Deletes the resource of {@code step} recorded as {@code ref} (ARN, or the subnet group's identifier). */
    String delete(StepId step, String ref) {
        return switch (step) {
            case REPLICATION_TASK, FALLBACK_TASK -> task(ref);
            case REPLICATION_CONFIG -> replicationConfig(ref);
            case SOURCE_ENDPOINT, TARGET_ENDPOINT, FALLBACK_SOURCE_ENDPOINT, FALLBACK_TARGET_ENDPOINT -> endpoint(ref);
            case REPLICATION_INSTANCE -> instance(ref);
            case SUBNET_GROUP -> subnetGroup(ref);
            case SOURCE_SECRET, TARGET_SECRET -> secret(ref);
            case ASSESSMENT_BUCKET -> new AssessmentResources(aws, calls, projectId, region).deleteBucket(ref);
            case DMS_VPC_ROLE, DMS_LOGS_ROLE, SECRETS_ACCESS_ROLE, ASSESSMENT_ROLE -> role(ref.substring(ref.lastIndexOf('/') + 1));
            case SOURCE_CONNECTION_TEST, TARGET_CONNECTION_TEST -> "nothing to delete";
            case EVENT_SUBSCRIPTION -> DmsNotifications.deleteEventSubscription(aws, calls, ref);
            case NOTIFICATION_TOPIC -> DmsNotifications.deleteTopic(aws, calls, ref);
        };
    }

    private String endpoint(String arn) {
        DescribeEndpointsRequest byArn = DescribeEndpointsRequest.builder().filters(ProvisionSteps.filter(
                "endpoint-arn", arn)).build();
        return dmsResource("endpoint", arn, () -> ProvisionSteps.only(dms.describeEndpoints(byArn).endpoints())
                .status(), () -> dms.deleteEndpoint(b -> b.endpointArn(arn)), (w, every) -> w.waitUntilEndpointDeleted(
                        byArn, every));
    }

    private String instance(String arn) {
        DescribeReplicationInstancesRequest byArn = DescribeReplicationInstancesRequest.builder().filters(
                ProvisionSteps.filter("replication-instance-arn", arn)).build();
        return dmsResource("replication instance", arn, () -> ProvisionSteps.only(dms.describeReplicationInstances(
                byArn).replicationInstances()).replicationInstanceStatus(), () -> dms.deleteReplicationInstance(
                        b -> b.replicationInstanceArn(arn)), (w, every) -> w.waitUntilReplicationInstanceDeleted(byArn,
                                every));
    }

    private String task(String arn) {
        Supplier<String> status = () -> DmsTasks.taskByArn(dms, arn).status();
        String now = statusOrGone("reading the task", status);
        if (now.equals(GONE)) {
            return "replication task already deleted";
        }
        requireDmsTag(arn, "replication task");
        if (Set.of("running", "starting").contains(now)) {
            calls.log("Stopping the task before deleting it");
            calls.callUnless(Set.of("InvalidResourceStateFault"), "stopping the task",
                    () -> dms.stopReplicationTask(b -> b.replicationTaskArn(arn)));
        }
        if (!Set.of("stopped", "ready", "failed", "deleting").contains(now)) {
            // no SDK waiter ends on "stopped, ready or failed" (ReplicationTaskStopped fails on ready and failed)
            calls.waitFor("replication task", () -> orGone(status), Set.of("stopped", "ready", "failed", GONE),
                    Set.of(), () -> "");
        }
        return deleteAndWait("replication task", arn, status, () -> dms.deleteReplicationTask(b -> b
                .replicationTaskArn(arn)), (w, every) -> w.waitUntilReplicationTaskDeleted(DmsTasks.byArn(arn), every));
    }

    /** A serverless replication config: its replication stopped first, then deleted and waited for. */
    private String replicationConfig(String arn) {
        Supplier<String> status = () -> ServerlessReplication.describe(dms, arn).status();
        String now = statusOrGone("reading the replication", status);
        if (now.equals(GONE)) {
            return "replication config already deleted";
        }
        requireDmsTag(arn, "replication config");
        if (!Set.of("created", "stopped", "failed", "deleting").contains(now)) {
            if (now.equals("running")) {
                calls.log("Stopping the replication before deleting its config");
                calls.callUnless(Set.of("InvalidResourceStateFault"), "stopping the replication",
                        () -> dms.stopReplication(b -> b.replicationConfigArn(arn)));
            }
            // no SDK waiter for serverless replications (DescribeReplications)
            calls.waitFor("replication", () -> orGone(status), Set.of("stopped", "failed", "created", GONE),
                    Set.of(), () -> "");
        }
        return deleteAndWait("replication config", arn, status, () -> dms.deleteReplicationConfig(b -> b
                .replicationConfigArn(arn)), null);
    }

    private String dmsResource(String what, String arn, Supplier<String> status, Runnable delete, Waiter waiter) {
        if (statusOrGone("reading the " + what, status).equals(GONE)) {
            return what + " already deleted";
        }
        requireDmsTag(arn, what);
        return deleteAndWait(what, arn, status, delete, waiter);
    }

    private String subnetGroup(String id) {
        Supplier<String> status = () -> ProvisionSteps.only(dms.describeReplicationSubnetGroups(b -> b.filters(
                ProvisionSteps.filter("replication-subnet-group-id", id))).replicationSubnetGroups())
                .subnetGroupStatus();
        return dmsResource("subnet group", subnetGroupArnPrefix + id, status,
                () -> dms.deleteReplicationSubnetGroup(b -> b.replicationSubnetGroupIdentifier(id)), null);
    }

    /**
     * Deletes and waits until AWS no longer lists it: with the SDK's waiter for it, or polling where the SDK has none
     * ({@code waiter} null: subnet groups and serverless replication configs).
     */
    private String deleteAndWait(String what, String arn, Supplier<String> status, Runnable delete, Waiter waiter) {
        if (!statusOrGone("reading the " + what, status).equals("deleting")) {
            calls.log("Deleting " + what + " " + arn);
            Optional<Object> answered = calls.callUnless(Set.of("InvalidResourceStateFault",
                    "ResourceNotFoundFault"), "deleting " + what + " " + arn, () -> {
                        delete.run();
                        return Boolean.TRUE;
                    });
            String after = statusOrGone("reading the " + what, status);
            if (answered.isEmpty() && !Set.of("deleting", GONE).contains(after)) {
                throw new DmsPilotException("AWS refused to delete " + what + " " + arn + " (it is " + after
                        + "). Something else may still use it.");
            }
        }
        if (waiter == null) {
            calls.waitFor(what + " " + arn, () -> orGone(status), Set.of(GONE), Set.of(), () -> "");
        } else {
            calls.await(what + " " + arn, dms, waiter, GONE, () -> orGone(status), Set.of(GONE),
                    () -> "AWS still lists it");
        }
        return what + " " + arn + " deleted";
    }

    private String secret(String arn) {
        Optional<Map<String, String>> tags = calls.callUnless(NOT_THERE, "reading secret " + arn, () -> secrets
                .describeSecret(b -> b.secretId(arn))).map(s -> s.tags().stream().collect(Collectors.toMap(
                        t -> t.key(), t -> t.value(), (a, b) -> a)));
        if (tags.isEmpty()) {
            return "secret already deleted";
        }
        requireTag(tags.get(), "secret " + arn);
        calls.callUnless(NOT_THERE, "deleting secret " + arn, () -> secrets.deleteSecret(b -> b.secretId(arn)
                .forceDeleteWithoutRecovery(true)));
        if (calls.callUnless(NOT_THERE, "reading secret " + arn, () -> secrets.describeSecret(b -> b.secretId(arn)))
                .filter(s -> s.deletedDate() == null).isPresent()) {
            throw new DmsPilotException("Secret " + arn + " still exists after deleting it.");
        }
        return "secret " + arn + " deleted";
    }

    private String role(String name) {
        Optional<Map<String, String>> tags = calls.callUnless(NOT_THERE, "reading IAM role " + name, () -> iam
                .getRole(b -> b.roleName(name))).map(r -> r.role().tags().stream().collect(Collectors.toMap(
                        Tag::key, Tag::value, (a, b) -> a)));
        if (tags.isEmpty()) {
            return "IAM role " + name + " already deleted";
        }
        requireTag(tags.get(), "IAM role " + name);
        for (String policy : calls.call("listing the policies of " + name, () -> iam.listAttachedRolePolicies(b -> b
                .roleName(name))).attachedPolicies().stream().map(AttachedPolicy::policyArn).toList()) {
            calls.callUnless(NOT_THERE, "detaching " + policy + " from " + name, () -> iam.detachRolePolicy(b -> b
                    .roleName(name).policyArn(policy)));
        }
        for (String inline : calls.call("listing the inline policies of " + name, () -> iam.listRolePolicies(b -> b
                .roleName(name))).policyNames()) {
            calls.callUnless(NOT_THERE, "deleting the policy " + inline + " of " + name, () -> iam.deleteRolePolicy(
                    b -> b.roleName(name).policyName(inline)));
        }
        calls.callUnless(NOT_THERE, "deleting IAM role " + name, () -> iam.deleteRole(b -> b.roleName(name)));
        if (calls.callUnless(NOT_THERE, "reading IAM role " + name, () -> iam.getRole(b -> b.roleName(name)))
                .isPresent()) {
            throw new DmsPilotException("IAM role " + name + " still exists after deleting it.");
        }
        return "IAM role " + name + " deleted";
    }

    private void requireDmsTag(String arn, String what) {
        requireTag(calls.call("reading the tags of " + what, () -> dms.listTagsForResource(b -> b.resourceArn(arn)))
                .tagList().stream().collect(Collectors.toMap(t -> t.key(), t -> t.value(), (a, b) -> a)), what + " "
                + arn);
    }

    private void requireTag(Map<String, String> tags, String what) {
        if (!projectId.equals(tags.get(DmsPlan.PROJECT_TAG))) {
            throw new DmsPilotException("Refusing to delete " + what + ": it is not tagged " + DmsPlan.PROJECT_TAG
                    + "=" + projectId + " (tag: " + tags.get(DmsPlan.PROJECT_TAG) + ").");
        }
    }

    private String statusOrGone(String doing, Supplier<String> status) {
        return calls.call(doing, () -> orGone(status));
    }

    private static String orGone(Supplier<String> status) {
        try {
            return status.get();
        } catch (ResourceNotFoundException | NoSuchEntityException e) {
            return GONE;
        }
    }
}
