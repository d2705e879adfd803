package org.dmspilot.core.dms;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.ProvisionSteps.Outcome;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRun;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskIndividualAssessment;

/**
 * AWS DMS premigration assessment runs of the project's replication task: the results bucket and the role DMS
 * assumes to write there (created, or the bucket named by the user), the individual assessments DMS says apply
 * ({@code DescribeApplicableIndividualAssessments}), {@code StartReplicationTaskAssessmentRun}, the run polled by its
 * ARN until it ends (the SDK has no waiter for it), and each individual assessment's status with where its result
 * lies in S3. The bucket and role are recorded in the project's state (handed to {@code onChange}), so cleanup
 * deletes what DMS Pilot created. Cancelling stops the run ({@code CancelReplicationTaskAssessmentRun}).
 */
public final class DmsAssessmentRuns {
    /** Run statuses after which nothing changes any more (a run being cancelled or deleted included). */
    static final Set<String> RUN_ENDED = Set.of("passed", "warning", "failed", "error-provisioning",
            "error-executing", "invalid state", "cancelling", "deleting");
    /** Individual assessment statuses that mean the migration has a problem. */
    public static final Set<String> PROBLEMS = Set.of("failed", "error");
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final AwsClients aws;
    private final Timing timing;
    private final ProgressListener progress;

    public DmsAssessmentRuns(AwsClients aws, Timing timing, ProgressListener progress) {
        this.aws = aws;
        this.timing = timing;
        this.progress = progress;
    }

    /** What a run creates when no bucket is named: the bucket and the role, by name, and the region. */
    public static String creates(String projectId, String region) {
        return "S3 bucket " + AssessmentResources.bucketName(projectId, "<account>", region) + " (encrypted, public "
                + "access blocked) and IAM role " + AssessmentResources.roleSpec(projectId, "-").roleName() + " in "
                + region;
    }

    /**
     * One individual assessment of a run.
     *
     * @param status as DMS reports it: passed, warning, failed, error, cancelled, skipped (pending, running while
     *     the run goes on)
     * @param result where its result lies: the S3 object DMS wrote for it, else the run's folder
     */
    public record Individual(String name, String status, String result) {
        public boolean problem() {
            return PROBLEMS.contains(status);
        }
    }

    /**
     * A finished (or stopped) run.
     *
     * @param status the run's status: passed, warning, failed, error-provisioning, error-executing, ...
     * @param lastFailure DMS's last failure message, or null
     * @param location {@code s3://bucket/folder/} of the results
     */
    public record Run(String arn, String name, String status, String lastFailure, String location,
            List<Individual> assessments) {
        /** Whether the run, or one of its assessments, failed or ended in an error. */
        public boolean problems() {
            return status.startsWith("error") || status.equals("failed") || status.equals("invalid state")
                    || assessments.stream().anyMatch(Individual::problem);
        }
    }

    /**
     * Prepares the bucket and role and runs the assessments of the project's task.
     *
     * @param bucket an existing bucket of the user's for the results, or null to create the project's bucket
     * @return the run with every individual assessment
     * @throws DmsPilotException when DMS refuses the run (task in the wrong state, role or bucket not usable...)
     * @throws CancelledException when cancelled (the run is cancelled in DMS too)
     */
    public Run run(DmsPlan plan, DmsState state, String bucket, Consumer<DmsState> onChange) {
        if (plan.serverless()) {
            throw new DmsPilotException("Premigration assessment runs are started on a replication task; a DMS "
                    + "Serverless replication runs its assessment when it starts (PremigrationAssessmentSettings).");
        }
        String taskArn = state.arn(StepId.REPLICATION_TASK).orElseThrow(() -> new DmsPilotException("No "
                + "replication task is recorded for this project: provision it first."));
        AwsCalls calls = new AwsCalls(timing, progress);
        AtomicReference<DmsState> current = new AtomicReference<>(state);
        String account = aws.callerIdentity().account();
        AssessmentResources resources = new AssessmentResources(aws, calls, state.projectId(), plan.region());
        String name = bucket != null ? bucket : AssessmentResources.bucketName(state.projectId(), account,
                plan.region());
        progress.progress(0, -1, "Preparing the results bucket " + name);
        step(current, onChange, StepId.ASSESSMENT_BUCKET, () -> bucket != null ? resources.existingBucket(bucket)
                : resources.createBucket(name), calls);
        DmsPlan rolePlan = new DmsPlan(state.projectId(), plan.region(), List.of(), List.of(), null, null, null,
                null, null, true, List.of());
        IamSteps iam = new IamSteps(aws, rolePlan, calls, r -> {
            throw new DmsPilotException("The assessment role needs no password.");
        });
        Outcome role = step(current, onChange, StepId.ASSESSMENT_ROLE, () -> iam.role(AssessmentResources.roleSpec(
                state.projectId(), name)), calls);

        DatabaseMigrationClient dms = aws.dms();
        List<String> applicable = applicable(calls, taskArn);
        String runName = "dmspilot-" + RUN_NAME.format(java.time.Instant.now());
        calls.log("Starting assessment run " + runName + " (" + applicable.size() + " individual assessments)");
        String runArn;
        try {
            // a role just created answers AccessDeniedFault "not configured properly" until IAM propagates: the
            // clients' retry strategy retries it (AwsErrors.isIamPropagation)
            runArn = calls.call("starting the premigration assessment run", () -> dms.startReplicationTaskAssessmentRun(
                            b -> b.replicationTaskArn(taskArn).serviceAccessRoleArn(role.arn())
                                    .resultLocationBucket(name).resultLocationFolder(AssessmentResources.FOLDER)
                                    .assessmentRunName(runName).includeOnly(applicable)))
                    .replicationTaskAssessmentRun().replicationTaskAssessmentRunArn();
        } catch (DmsPilotException e) {
            throw explained(e, role.arn(), name);
        }
        AtomicReference<ReplicationTaskAssessmentRun> last = new AtomicReference<>();
        try {
            // no SDK waiter for assessment runs (DescribeReplicationTaskAssessmentRuns): polled
            calls.waitFor("assessment run " + runName, () -> {
                ReplicationTaskAssessmentRun r = ProvisionSteps.only(dms.describeReplicationTaskAssessmentRuns(b -> b
                        .filters(ProvisionSteps.filter("replication-task-assessment-run-arn", runArn)))
                        .replicationTaskAssessmentRuns());
                last.set(r);
                if (r.assessmentProgress() != null && r.assessmentProgress().individualAssessmentCount() != null) {
                    progress.progress(r.assessmentProgress().individualAssessmentCompletedCount(),
                            r.assessmentProgress().individualAssessmentCount(), "Assessment run " + runName + ": "
                                    + r.status() + " (" + r.assessmentProgress().individualAssessmentCompletedCount()
                                    + " of " + r.assessmentProgress().individualAssessmentCount() + " done)");
                }
                return r.status();
            }, RUN_ENDED, Set.of(), () -> "");
        } catch (CancelledException e) {
            cancel(runArn);
            throw e;
        }
        ReplicationTaskAssessmentRun finished = last.get();
        String folder = AssessmentResources.FOLDER + "/" + runName + "/";
        List<String> keys = resources.keys(name, folder);
        List<Individual> individuals = new ArrayList<>();
        for (ReplicationTaskIndividualAssessment a : individual(calls, runArn)) {
            String result = keys.stream().filter(k -> k.contains(a.individualAssessmentName())).findFirst()
                    .map(k -> "s3://" + name + "/" + k).orElse("s3://" + name + "/" + folder);
            individuals.add(new Individual(a.individualAssessmentName(), a.status(), result));
        }
        Run run = new Run(runArn, runName, finished.status(), finished.lastFailureMessage(), "s3://" + name + "/"
                + folder, individuals);
        calls.log("Assessment run " + runName + ": " + run.status() + (run.lastFailure() == null ? ""
                : " (" + run.lastFailure() + ")"));
        return run;
    }

    /** DMS's refusals of a run, said for what they mean here. */
    private static DmsPilotException explained(DmsPilotException e, String roleArn, String bucket) {
        if (!(e.getCause() instanceof software.amazon.awssdk.core.exception.SdkException sdk)) {
            return e;
        }
        String dmsSays = e.getMessage().substring(e.getMessage().indexOf(':') + 2);
        return switch (AwsErrors.code(sdk)) {
            case "InvalidResourceStateFault" -> new DmsPilotException("DMS refuses an assessment run of the task in "
                    + "its current state (stop it first, or wait until it is ready): " + dmsSays, e);
            case "AccessDeniedFault" -> new DmsPilotException("DMS cannot use the role " + roleArn + " for the "
                    + "assessment: it must trust dms.amazonaws.com and may need a minute after creation to "
                    + "propagate. " + dmsSays, e);
            case "S3AccessDeniedFault", "S3ResourceNotFoundFault" -> new DmsPilotException("DMS cannot write the "
                    + "results to the S3 bucket " + bucket + " with the role " + roleArn + ": " + dmsSays, e);
            default -> e;
        };
    }

    /** The names of the individual assessments DMS says apply to the task, every page. */
    private List<String> applicable(AwsCalls calls, String taskArn) {
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            var page = calls.call("listing the assessments that apply to the task", () -> aws.dms()
                    .describeApplicableIndividualAssessments(b -> b.replicationTaskArn(taskArn).marker(from)));
            names.addAll(page.individualAssessmentNames());
            marker = page.marker();
        } while (marker != null && !marker.isEmpty());
        if (names.isEmpty()) {
            throw new DmsPilotException("DMS lists no premigration assessment that applies to this task.");
        }
        return names;
    }

    private List<ReplicationTaskIndividualAssessment> individual(AwsCalls calls, String runArn) {
        List<ReplicationTaskIndividualAssessment> out = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            var page = calls.call("reading the individual assessments", () -> aws.dms()
                    .describeReplicationTaskIndividualAssessments(b -> b.filters(ProvisionSteps.filter(
                            "replication-task-assessment-run-arn", runArn)).marker(from)));
            out.addAll(page.replicationTaskIndividualAssessments());
            marker = page.marker();
        } while (marker != null && !marker.isEmpty());
        return out;
    }

    /** Best effort: the user stopped waiting, so DMS stops running the assessments. */
    private void cancel(String runArn) {
        try {
            new AwsCalls(timing, ProgressListener.NONE).callUnless(Set.of("InvalidResourceStateFault"),
                    "cancelling the assessment run", () -> aws.dms().cancelReplicationTaskAssessmentRun(b -> b
                            .replicationTaskAssessmentRunArn(runArn)));
        } catch (DmsPilotException e) {
            org.slf4j.LoggerFactory.getLogger(DmsAssessmentRuns.class).warn("Could not cancel the assessment run {}: "
                    + "{}", runArn, e.getMessage());
        }
    }

    private static Outcome step(AtomicReference<DmsState> current, Consumer<DmsState> onChange, StepId id,
            Supplier<Outcome> work, AwsCalls calls) {
        update(current, onChange, current.get().step(id).with(StepState.Status.RUNNING, id.title()));
        try {
            Outcome o = work.get();
            StepState before = current.get().step(id);
            boolean sameResource = o.arn().equals(before.arn());
            update(current, onChange, new StepState(id, StepState.Status.DONE, o.arn(), o.created()
                    || sameResource && before.created(), o.message(), java.time.Instant.now()));
            calls.log(o.message());
            return o;
        } catch (RuntimeException e) {
            update(current, onChange, current.get().step(id).with(StepState.Status.FAILED, e.getMessage()));
            throw e;
        }
    }

    private static void update(AtomicReference<DmsState> current, Consumer<DmsState> onChange, StepState step) {
        current.set(current.get().with(step));
        onChange.accept(current.get());
    }
}
