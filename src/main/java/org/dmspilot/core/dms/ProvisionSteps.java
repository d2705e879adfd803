package org.dmspilot.core.dms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsResources.EndpointSpec;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.DmsResources.SecretSpec;
import org.dmspilot.model.ConnectionRole;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Connection;
import software.amazon.awssdk.services.databasemigration.model.DescribeConnectionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * One method per kind of step. Each finds its resource first (by its deterministic name, then checks the project
 * tag), creates it only when absent, and waits for it by ARN; so running a step twice never makes a second copy.
 */
final class ProvisionSteps {
    /** What a step produced: the resource's ARN (or identifier), and whether this run created it. */
    record Outcome(String arn, boolean created, String message) {
    }

    private static final Set<String> TASK_PAST_READY = Set.of("ready", "starting", "running", "stopping", "stopped");

    private final AwsClients aws;
    private final DatabaseMigrationClient dms;
    private final DmsPlan plan;
    private final AwsCalls calls;
    private final String account;
    private final DmsRequests requests;
    private final IamSteps iam;

    ProvisionSteps(AwsClients aws, DmsPlan plan, AwsCalls calls, String account, Function<StepId, String> refs,
            PasswordSource passwords) {
        this.aws = aws;
        this.dms = aws.dms();
        this.plan = plan;
        this.calls = calls;
        this.account = account;
        Function<ConnectionRole, String> password = role -> passwords.password(role).orElseThrow(() ->
                new DmsPilotException("No password for the " + role.name().toLowerCase(java.util.Locale.ROOT)
                        + " connection: save it in the project or set " + role.passwordEnvVar() + "."));
        this.requests = new DmsRequests(refs, password, plan.tags());
        this.iam = new IamSteps(aws, plan, calls, password);
    }

    Outcome run(StepId step) {
        return switch (step) {
            case DMS_VPC_ROLE, DMS_LOGS_ROLE, SECRETS_ACCESS_ROLE -> iam.role(plan.role(step).orElseThrow());
            case SOURCE_SECRET, TARGET_SECRET -> iam.secret(plan.secret(step).orElseThrow());
            case SUBNET_GROUP -> subnetGroup();
            case REPLICATION_INSTANCE -> instance();
            case SOURCE_ENDPOINT -> endpoint(plan.source());
            case TARGET_ENDPOINT -> endpoint(plan.target());
            case SOURCE_CONNECTION_TEST -> connectionTest(plan.source(), StepId.SOURCE_ENDPOINT);
            case TARGET_CONNECTION_TEST -> connectionTest(plan.target(), StepId.TARGET_ENDPOINT);
            case REPLICATION_TASK -> task(plan.task());
            case FALLBACK_SOURCE_ENDPOINT -> endpoint(plan.fallback().source());
            case FALLBACK_TARGET_ENDPOINT -> endpoint(plan.fallback().target());
            case FALLBACK_TASK -> task(plan.fallback().task());
            case REPLICATION_CONFIG -> replicationConfig();
            case NOTIFICATION_TOPIC -> DmsNotifications.topic(aws, plan, calls);
            case EVENT_SUBSCRIPTION -> DmsNotifications.eventSubscription(aws, plan, calls, requests::ref);
            case ASSESSMENT_BUCKET, ASSESSMENT_ROLE -> throw new IllegalStateException(step + " is prepared by "
                    + "DmsAssessmentRuns, not by provisioning");
        };
    }

    private Outcome subnetGroup() {
        new NetworkCheck(aws, calls).requireTwoZones(plan.subnetGroup().subnetIds());
        String id = plan.subnetGroup().identifier();
        Supplier<Boolean> exists = () -> find("finding subnet group " + id, () -> dms
                .describeReplicationSubnetGroups(b -> b.filters(filter("replication-subnet-group-id", id)))
                .replicationSubnetGroups()).isPresent();
        boolean created = !exists.get() && calls.callUnless(AwsCalls.ALREADY_EXISTS, "creating subnet group " + id,
                () -> dms.createReplicationSubnetGroup(requests.subnetGroup(plan.subnetGroup()))).isPresent();
        requireOwned("arn:aws:dms:" + plan.region() + ":" + account + ":subgrp:" + id, "subnet group " + id);
        return new Outcome(id, created, "Subnet group " + id);
    }

    /**
     * Replication instance states that will not become available by waiting; the SDK's ReplicationInstanceAvailable
     * waiter stops only on the first four, so it would wait out the maximum wait on an instance that failed.
     */
    static final Set<String> INSTANCE_FAILED = Set.of("deleting", "incompatible-credentials", "incompatible-network",
            "inaccessible-encryption-credentials", "failed", "storage-full");

    private Outcome instance() {
        String id = plan.instance().identifier();
        Supplier<Optional<ReplicationInstance>> find = () -> find("finding replication instance " + id, () -> dms
                .describeReplicationInstances(b -> b.filters(filter("replication-instance-id", id)))
                .replicationInstances());
        boolean created = find.get().isEmpty() && calls.callUnless(AwsCalls.ALREADY_EXISTS,
                "creating replication instance " + id,
                () -> dms.createReplicationInstance(requests.instance(plan.instance()))).isPresent();
        String arn = find.get().orElseThrow(() -> notFound(id)).replicationInstanceArn();
        requireOwned(arn, "replication instance " + id);
        DescribeReplicationInstancesRequest byArn = DescribeReplicationInstancesRequest.builder()
                .filters(filter("replication-instance-arn", arn)).build();
        calls.await("replication instance " + id, AwsCalls.describeUntil(DescribeReplicationInstancesResponse.class,
                () -> dms.describeReplicationInstances(byArn), r -> r.replicationInstances().stream()
                        .map(ReplicationInstance::replicationInstanceStatus).toList(), "available", INSTANCE_FAILED),
                "available", () -> only(dms.describeReplicationInstances(byArn).replicationInstances())
                        .replicationInstanceStatus(), Set.of("available"), () -> "see the DMS console (an instance"
                                + " that is storage-full needs more AllocatedStorage; one that failed, its events)");
        return new Outcome(arn, created, "Replication instance " + id + " is available");
    }

    private Outcome endpoint(EndpointSpec spec) {
        if (spec.certificate() != null) {
            requests.certificate(spec.role(), certificate(spec.certificate()));
        }
        String id = spec.identifier();
        Supplier<Optional<String>> find = () -> find("finding endpoint " + id, () -> dms
                .describeEndpoints(b -> b.filters(filter("endpoint-id", id))).endpoints())
                .map(e -> e.endpointArn());
        boolean created = find.get().isEmpty() && calls.callUnless(AwsCalls.ALREADY_EXISTS,
                "creating endpoint " + id, () -> dms.createEndpoint(requests.endpoint(spec))).isPresent();
        String arn = find.get().orElseThrow(() -> notFound(id));
        requireOwned(arn, "endpoint " + id);
        return new Outcome(arn, created, "Endpoint " + id + " (" + spec.engineName() + ")");
    }

    /** The CA certificate's ARN: found by identifier (this project's), else imported. */
    private String certificate(DmsResources.CertificateSpec spec) {
        String id = spec.identifier();
        Supplier<Optional<String>> find = () -> find("finding certificate " + id, () -> dms
                .describeCertificates(b -> b.filters(filter("certificate-id", id))).certificates())
                .map(c -> c.certificateArn());
        if (find.get().isEmpty()) {
            calls.callUnless(AwsCalls.ALREADY_EXISTS, "importing the CA certificate " + id, () -> dms
                    .importCertificate(b -> b.certificateIdentifier(id).certificatePem(spec.pem()).tags(
                            t -> t.key(DmsPlan.PROJECT_TAG).value(plan.projectId()))));
        }
        String arn = find.get().orElseThrow(() -> notFound(id));
        requireOwned(arn, "certificate " + id);
        return arn;
    }

    private Outcome connectionTest(EndpointSpec spec, StepId endpointStep) {
        String endpointArn = requests.ref(endpointStep);
        String instanceArn = requests.ref(StepId.REPLICATION_INSTANCE);
        DescribeConnectionsRequest byArns = DescribeConnectionsRequest.builder().filters(filter("endpoint-arn",
                endpointArn), filter("replication-instance-arn", instanceArn)).build();
        Supplier<Optional<Connection>> find = () -> find("checking the connection of " + spec.identifier(),
                () -> dms.describeConnections(byArns).connections());
        Optional<String> status = find.get().map(Connection::status);
        if (status.filter(s -> s.equals("successful") || s.equals("testing")).isEmpty()) {
            calls.callUnless(Set.of("InvalidResourceStateFault"), "testing the connection of " + spec.identifier(),
                    () -> dms.testConnection(b -> b.endpointArn(endpointArn).replicationInstanceArn(instanceArn)));
        }
        calls.await("connection test of " + spec.identifier(), dms, (w, every) -> w.waitUntilTestConnectionSucceeds(
                byArns, every), "successful", () -> find.get().map(Connection::status).orElse("testing"),
                Set.of("successful"), () -> "the replication instance could not connect to the "
                        + spec.endpointType() + " database: "
                        + find.get().map(Connection::lastFailureMessage).orElse("no detail"));
        return new Outcome(null, false, "The instance reaches " + spec.server() + ":" + spec.port());
    }

    private Outcome task(DmsResources.TaskSpec spec) {
        String id = spec.identifier();
        Supplier<Optional<ReplicationTask>> find = () -> find("finding replication task " + id, () -> dms
                .describeReplicationTasks(b -> b.withoutSettings(true).filters(filter("replication-task-id", id)))
                .replicationTasks());
        boolean created = find.get().isEmpty() && calls.callUnless(AwsCalls.ALREADY_EXISTS,
                "creating replication task " + id, () -> dms.createReplicationTask(requests.task(spec)))
                .isPresent();
        String arn = find.get().orElseThrow(() -> notFound(id)).replicationTaskArn();
        requireOwned(arn, "replication task " + id);
        // ReplicationTaskReady counts a task past ready (a re-run after it was started) as a failure: read again
        calls.await("replication task " + id, dms, (w, every) -> w.waitUntilReplicationTaskReady(DmsTasks.byArn(
                arn), every), "ready", () -> DmsTasks.taskByArn(dms, arn).status(), TASK_PAST_READY,
                () -> DmsTasks.taskByArn(dms, arn).lastFailureMessage());
        return new Outcome(arn, created, "Replication task " + id + " is ready");
    }

    /** The serverless replication config: found by identifier, else created. It has no status to wait for. */
    private Outcome replicationConfig() {
        DmsResources.ReplicationConfigSpec spec = plan.replicationConfig();
        String id = spec.identifier();
        Supplier<Optional<String>> find = () -> find("finding replication config " + id, () -> dms
                .describeReplicationConfigs(b -> b.filters(filter("replication-config-id", id)))
                .replicationConfigs()).map(c -> c.replicationConfigArn());
        boolean created = find.get().isEmpty() && calls.callUnless(AwsCalls.ALREADY_EXISTS,
                "creating replication config " + id, () -> dms.createReplicationConfig(requests.replicationConfig(
                        spec))).isPresent();
        String arn = find.get().orElseThrow(() -> notFound(id));
        requireOwned(arn, "replication config " + id);
        return new Outcome(arn, created, "Serverless replication config " + id + " (" + spec.minCapacityUnits()
                + "-" + spec.maxCapacityUnits() + " DCU)");
    }

    private void requireOwned(String arn, String what) {
        Map<String, String> tags = calls.call("reading the tags of " + what,
                () -> dms.listTagsForResource(b -> b.resourceArn(arn))).tagList().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.key(), t -> t.value(), (a, b) -> a));
        if (!plan.projectId().equals(tags.get(DmsPlan.PROJECT_TAG))) {
            throw new DmsPilotException("A " + what + " already exists but was not created by this project (tag "
                    + DmsPlan.PROJECT_TAG + "=" + tags.get(DmsPlan.PROJECT_TAG) + "). Delete or rename it first.");
        }
    }

    private <T> Optional<T> find(String doing, Supplier<List<T>> describe) {
        try {
            return calls.call(doing, describe).stream().findFirst();
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    static <T> T only(List<T> found) {
        if (found.isEmpty()) {
            throw ResourceNotFoundException.builder().message("not found").build();
        }
        return found.get(0);
    }

    private static DmsPilotException notFound(String id) {
        return new DmsPilotException("AWS accepted the creation of " + id + " but does not list it. Run provision "
                + "again.");
    }
}
