package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * Deletes what provisioning created for a project, newest first: the task (stopped first), both endpoints, the
 * replication instance, the subnet group, and, when asked, the secrets and the IAM roles. Only resources recorded in
 * the state as created by DMS Pilot and tagged with the project are touched; each is waited for by ARN until AWS no
 * longer lists it, and marked {@link StepState.Status#DELETED} in the state (handed to {@code onChange} so the caller
 * saves it). A re-run after a failure skips what is deleted and resumes. {@link #remaining} lists what is still
 * tagged with the project in the account.
 */
public final class DmsCleanup {
    private static final List<StepId> DMS_ORDER = List.of(StepId.EVENT_SUBSCRIPTION, StepId.NOTIFICATION_TOPIC,
            StepId.ASSESSMENT_BUCKET, StepId.ASSESSMENT_ROLE,
            StepId.REPLICATION_CONFIG, StepId.REPLICATION_TASK,
            StepId.TARGET_ENDPOINT,
            StepId.SOURCE_ENDPOINT, StepId.REPLICATION_INSTANCE, StepId.SUBNET_GROUP);
    private static final List<StepId> SECRETS_AND_ROLES = List.of(StepId.TARGET_SECRET, StepId.SOURCE_SECRET,
            StepId.SECRETS_ACCESS_ROLE, StepId.DMS_LOGS_ROLE, StepId.DMS_VPC_ROLE);

    private final AwsClients aws;
    private final Timing timing;

    public DmsCleanup(AwsClients aws, Timing timing) {
        this.aws = aws;
        this.timing = timing;
    }

    /** The steps whose resource cleanup would delete, in deletion order. */
    public static List<StepState> toDelete(DmsState state, boolean includeSecretsAndRoles) {
        List<StepId> order = new ArrayList<>(DMS_ORDER);
        if (includeSecretsAndRoles) {
            order.addAll(SECRETS_AND_ROLES);
        }
        return order.stream().map(state::step).filter(s -> s.created() && s.arn() != null
                && s.status() != StepState.Status.DELETED).toList();
    }

    /**
     * Deletes, in order, every resource of {@link #toDelete}.
     *
     * @return the final state (every deleted step {@link StepState.Status#DELETED})
     * @throws DmsPilotException when a deletion fails; the state handed to {@code onChange} names the step, and a
     *     re-run resumes there
     */
    public DmsState cleanup(DmsState state, boolean includeSecretsAndRoles, ProgressListener progress,
            Consumer<DmsState> onChange) {
        AwsCalls calls = new AwsCalls(timing, progress);
        AtomicReference<DmsState> current = new AtomicReference<>(state);
        String region = aws.settings().region();
        DeleteSteps steps = new DeleteSteps(aws, calls, state.projectId(), region, aws.callerIdentity().account());
        List<StepState> todo = toDelete(state, includeSecretsAndRoles);
        for (int i = 0; i < todo.size(); i++) {
            StepState step = todo.get(i);
            progress.checkCancelled();
            progress.progress(i, todo.size(), "Deleting: " + step.step().title());
            update(current, onChange, step.with(StepState.Status.RUNNING, "Deleting"));
            try {
                String message = steps.delete(step.step(), step.arn());
                update(current, onChange, current.get().step(step.step()).with(StepState.Status.DELETED, message));
                calls.log("Done: " + message);
            } catch (DmsPilotException e) {
                update(current, onChange, current.get().step(step.step()).with(StepState.Status.FAILED,
                        "Deleting failed: " + e.getMessage()));
                throw e;
            }
        }
        progress.progress(todo.size(), todo.size(), "Cleanup done.");
        return current.get();
    }

    /**
     * Everything in the account still tagged {@code dmspilot:project=<projectId>}: DMS tasks, endpoints, instances
     * and subnet groups, Secrets Manager secrets, and the SNS topics, S3 buckets and IAM roles of the names DMS
     * Pilot uses ({@code dmspilot-...}, the two DMS service roles). Each line names the
     * kind and the ARN.
     */
    public List<String> remaining(String projectId, ProgressListener progress) {
        AwsCalls calls = new AwsCalls(timing, progress);
        String account = aws.callerIdentity().account();
        String subgrp = "arn:aws:dms:" + aws.settings().region() + ":" + account + ":subgrp:";
        List<String> arns = new ArrayList<>();
        arns.addAll(list(calls, "tasks", () -> aws.dms().describeReplicationTasksPaginator(b -> b.withoutSettings(
                true)).stream().flatMap(p -> p.replicationTasks().stream()).map(t -> t.replicationTaskArn())
                .toList()));
        arns.addAll(list(calls, "replication configs", () -> aws.dms().describeReplicationConfigsPaginator(
                b -> { }).stream().flatMap(p -> p.replicationConfigs().stream()).map(c -> c.replicationConfigArn())
                .toList()));
        arns.addAll(list(calls, "endpoints", () -> aws.dms().describeEndpointsPaginator(b -> { }).stream()
                .flatMap(p -> p.endpoints().stream()).map(e -> e.endpointArn()).toList()));
        arns.addAll(list(calls, "replication instances", () -> aws.dms().describeReplicationInstancesPaginator(
                b -> { }).stream().flatMap(p -> p.replicationInstances().stream())
                .map(r -> r.replicationInstanceArn()).toList()));
        arns.addAll(list(calls, "subnet groups", () -> aws.dms().describeReplicationSubnetGroupsPaginator(b -> { })
                .stream().flatMap(p -> p.replicationSubnetGroups().stream())
                .map(g -> subgrp + g.replicationSubnetGroupIdentifier()).toList()));
        List<String> out = new ArrayList<>();
        for (String arn : arns) {
            Map<String, String> tags = calls.call("reading the tags of " + arn, () -> aws.dms().listTagsForResource(
                    b -> b.resourceArn(arn))).tagList().stream().collect(Collectors.toMap(t -> t.key(),
                            t -> t.value(), (a, b) -> a));
            if (projectId.equals(tags.get(DmsPlan.PROJECT_TAG))) {
                out.add(kind(arn) + " " + arn);
            }
        }
        calls.call("listing secrets", () -> aws.secrets().listSecretsPaginator(b -> b.filters(
                f -> f.key("tag-key").values(DmsPlan.PROJECT_TAG), f -> f.key("tag-value").values(projectId)))
                .stream().flatMap(p -> p.secretList().stream()).filter(s -> s.tags().stream().anyMatch(t -> t.key()
                        .equals(DmsPlan.PROJECT_TAG) && t.value().equals(projectId))).map(s -> "secret " + s.arn())
                .toList()).forEach(out::add);
        List<String> topics = calls.call("listing SNS topics", () -> aws.sns().listTopicsPaginator().stream()
                .flatMap(p -> p.topics().stream()).map(t -> t.topicArn()).filter(a -> a.substring(a.lastIndexOf(':')
                        + 1).startsWith("dmspilot-")).toList());
        for (String arn : topics) {
            if (calls.call("reading the tags of " + arn, () -> aws.sns().listTagsForResource(b -> b.resourceArn(arn)))
                    .tags().stream().anyMatch(t -> t.key().equals(DmsPlan.PROJECT_TAG) && t.value().equals(projectId))) {
                out.add("SNS topic " + arn);
            }
        }
        AssessmentResources buckets = new AssessmentResources(aws, calls, projectId, aws.settings().region());
        calls.call("listing S3 buckets", () -> aws.s3().listBuckets().buckets()).stream().map(b -> b.name())
                .filter(n -> n.startsWith("dmspilot-")).filter(n -> projectId.equals(buckets.tags(n).get(
                        DmsPlan.PROJECT_TAG))).forEach(n -> out.add("S3 bucket " + n));
        List<String> roleNames = calls.call("listing IAM roles", () -> aws.iam().listRolesPaginator().stream()
                .flatMap(p -> p.roles().stream()).map(Role::roleName).filter(n -> n.startsWith("dmspilot-")
                        || n.equals(IamPolicies.VPC_ROLE) || n.equals(IamPolicies.LOGS_ROLE)).toList());
        for (String name : roleNames) {
            Role role = calls.call("reading IAM role " + name, () -> aws.iam().getRole(b -> b.roleName(name))).role();
            if (role.tags().stream().anyMatch(t -> t.key().equals(DmsPlan.PROJECT_TAG) && t.value()
                    .equals(projectId))) {
                out.add("IAM role " + role.arn());
            }
        }
        return out;
    }

    private static List<String> list(AwsCalls calls, String what, Supplier<List<String>> describe) {
        try {
            return calls.call("listing DMS " + what, describe);
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return List.of();
            }
            throw e;
        }
    }

    private static String kind(String arn) {
        Function<String, String> part = a -> a.split(":")[5];
        return switch (part.apply(arn)) {
            case "task" -> "replication task";
            case "replication-config" -> "replication config";
            case "endpoint" -> "endpoint";
            case "rep" -> "replication instance";
            case "subgrp" -> "subnet group";
            default -> "DMS resource";
        };
    }

    private static void update(AtomicReference<DmsState> current, Consumer<DmsState> onChange, StepState step) {
        current.set(current.get().with(step));
        onChange.accept(current.get());
    }
}
