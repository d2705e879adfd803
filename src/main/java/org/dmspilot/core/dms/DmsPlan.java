package org.dmspilot.core.dms;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmspilot.core.dms.DmsResources.EndpointSpec;
import org.dmspilot.core.dms.DmsResources.InstanceSpec;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;
import org.dmspilot.core.dms.DmsResources.SubnetGroupSpec;
import org.dmspilot.core.dms.DmsResources.TaskSpec;

/**
 * The exact plan of an AWS DMS migration: every resource with its settings, in creation order. Built by
 * {@link DmsPlanner}, executed by {@link DmsProvisioner}, exported by {@link CloudFormationExport} and
 * {@link CliScriptExport}.
 *
 * @param roles the two DMS service roles, then the secrets access role when secrets are used
 * @param secrets the source and target secrets, empty when credentials go into the endpoints
 * @param instance the replication instance; null on DMS Serverless
 * @param task the task's identifier, mappings and settings (on DMS Serverless they go into the replication config,
 *     and no task is created)
 * @param notes things the user should know about this plan (TLS, LOBs...)
 * @param replicationConfig the DMS Serverless replication config; null on a replication instance
 * @param fallback the reverse task PostgreSQL → MySQL and its endpoints, started at the switch; null without
 * @param notifications the SNS topic and DMS event subscription for e-mail about the task; null without
 */
public record DmsPlan(String projectId, String region, List<RoleSpec> roles, List<SecretSpec> secrets,
        SubnetGroupSpec subnetGroup, InstanceSpec instance, EndpointSpec source, EndpointSpec target, TaskSpec task,
        boolean createIamRoles, List<String> notes, DmsResources.ReplicationConfigSpec replicationConfig,
        DmsResources.FallbackSpec fallback, DmsNotifications.Spec notifications) {

    /** The steps only a plan with a fallback runs. */
    private static final java.util.Set<StepId> FALLBACK_ONLY = java.util.EnumSet.of(StepId.FALLBACK_SOURCE_ENDPOINT,
            StepId.FALLBACK_TARGET_ENDPOINT, StepId.FALLBACK_TASK);

    /** A plan without notifications. */
    public DmsPlan(String projectId, String region, List<RoleSpec> roles, List<SecretSpec> secrets,
            SubnetGroupSpec subnetGroup, InstanceSpec instance, EndpointSpec source, EndpointSpec target,
            TaskSpec task, boolean createIamRoles, List<String> notes,
            DmsResources.ReplicationConfigSpec replicationConfig, DmsResources.FallbackSpec fallback) {
        this(projectId, region, roles, secrets, subnetGroup, instance, source, target, task, createIamRoles, notes,
                replicationConfig, fallback, null);
    }

    /** A plan without a fallback. */
    public DmsPlan(String projectId, String region, List<RoleSpec> roles, List<SecretSpec> secrets,
            SubnetGroupSpec subnetGroup, InstanceSpec instance, EndpointSpec source, EndpointSpec target,
            TaskSpec task, boolean createIamRoles, List<String> notes,
            DmsResources.ReplicationConfigSpec replicationConfig) {
        this(projectId, region, roles, secrets, subnetGroup, instance, source, target, task, createIamRoles, notes,
                replicationConfig, null);
    }

    /** The same plan with the reverse task of the fallback (and its notes). */
    public DmsPlan withFallback(DmsResources.FallbackSpec spec, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(notes);
        moreNotes.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new DmsPlan(projectId, region, roles, secrets, subnetGroup, instance, source, target, task,
                createIamRoles, all, replicationConfig, spec, notifications);
    }

    /** Whether the plan has the reverse task of the fallback. */
    public boolean hasFallback() {
        return fallback != null;
    }

    /** The same plan with e-mail notifications of the task's events (null: none). */
    public DmsPlan withNotifications(DmsNotifications.Spec spec) {
        return new DmsPlan(projectId, region, roles, secrets, subnetGroup, instance, source, target, task,
                createIamRoles, notes, replicationConfig, fallback, spec);
    }

    /** The steps only a plan with notifications runs. */
    private static final java.util.Set<StepId> NOTIFICATION_ONLY = java.util.EnumSet.of(StepId.NOTIFICATION_TOPIC,
            StepId.EVENT_SUBSCRIPTION);

    /** The steps a serverless plan leaves out: DMS Serverless has no instance to test from and no task. */
    private static final java.util.Set<StepId> INSTANCE_ONLY = java.util.EnumSet.of(StepId.REPLICATION_INSTANCE,
            StepId.SOURCE_CONNECTION_TEST, StepId.TARGET_CONNECTION_TEST, StepId.REPLICATION_TASK);

    /** A plan on a replication instance. */
    public DmsPlan(String projectId, String region, List<RoleSpec> roles, List<SecretSpec> secrets,
            SubnetGroupSpec subnetGroup, InstanceSpec instance, EndpointSpec source, EndpointSpec target,
            TaskSpec task, boolean createIamRoles, List<String> notes) {
        this(projectId, region, roles, secrets, subnetGroup, instance, source, target, task, createIamRoles, notes,
                null, null);
    }

    /** Whether the replication runs on DMS Serverless (a replication config) rather than an instance. */
    public boolean serverless() {
        return replicationConfig != null;
    }

    /** The tag every created resource carries, with the project id as value. */
    public static final String PROJECT_TAG = "dmspilot:project";

    public DmsPlan {
        roles = List.copyOf(roles);
        secrets = List.copyOf(secrets);
        notes = List.copyOf(notes);
    }

    /** The steps this plan runs, in order. */
    public List<StepId> steps() {
        return Arrays.stream(StepId.values()).filter(this::hasStep).toList();
    }

    private boolean hasStep(StepId step) {
        if (serverless() ? INSTANCE_ONLY.contains(step) : step == StepId.REPLICATION_CONFIG) {
            return false;
        }
        if (FALLBACK_ONLY.contains(step)) {
            return fallback != null;
        }
        if (NOTIFICATION_ONLY.contains(step)) {
            return notifications != null;
        }
        if (step == StepId.ASSESSMENT_BUCKET || step == StepId.ASSESSMENT_ROLE) {
            return false;
        }
        return role(step).isPresent() || secret(step).isPresent() || !isOptional(step);
    }

    private static boolean isOptional(StepId step) {
        return step == StepId.SECRETS_ACCESS_ROLE || step == StepId.SOURCE_SECRET || step == StepId.TARGET_SECRET;
    }

    public boolean usesSecretsManager() {
        return !secrets.isEmpty();
    }

    /** The tags put on every resource. */
    public Map<String, String> tags() {
        return Map.of(PROJECT_TAG, projectId);
    }

    public Optional<RoleSpec> role(StepId step) {
        return roles.stream().filter(r -> r.step() == step).findFirst();
    }

    public Optional<SecretSpec> secret(StepId step) {
        return secrets.stream().filter(s -> s.step() == step).findFirst();
    }

    /**
     * The DMS resources in creation order: subnet group, instance, endpoints, task (then the fallback's endpoints
     * and reverse task); or on DMS Serverless subnet group, endpoints, replication config.
     */
    public List<Resource> dmsResources() {
        if (serverless()) {
            return List.of(subnetGroup, source, target, replicationConfig);
        }
        return fallback == null ? List.of(subnetGroup, instance, source, target, task)
                : List.of(subnetGroup, instance, source, target, task, fallback.source(), fallback.target(),
                        fallback.task());
    }

    /** The DMS resource created by a step, if the step creates one. */
    public Optional<Resource> dmsResource(StepId step) {
        return dmsResources().stream().filter(r -> r.step() == step).findFirst();
    }
}
