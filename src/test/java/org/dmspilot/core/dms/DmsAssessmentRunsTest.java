package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.emulator.AwsFault;
import org.dmspilot.core.dms.emulator.S3Emulator;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * DMS premigration assessment runs on the emulator: the results bucket (encrypted, public access blocked, in the
 * region) and the role DMS assumes (S3 access to that bucket only) created once and recorded, each individual
 * assessment with its status and S3 result, DMS's refusals (task running, bucket of another account, a bucket DMS
 * may not write to), throttling and IAM propagation retried, cancel, and cleanup of what was created.
 */
class DmsAssessmentRunsTest extends EmulatedAwsTest {
    private static final String BUCKET_PREFIX = "dmspilot-3f2a9c1e-assessments-123456789012-eu-west-1";

    private DmsPlan provisioned() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.provision(plan);
        return plan;
    }

    private DmsAssessmentRuns.Run run(DmsPlan plan, String bucket) {
        return run(plan, bucket, f.listener());
    }

    private DmsAssessmentRuns.Run run(DmsPlan plan, String bucket, ProgressListener progress) {
        return new DmsAssessmentRuns(f.clients, Timing.fast(), progress).run(plan, f.state, bucket, s -> f.state = s);
    }

    @Test
    void aRunCreatesTheBucketAndTheRoleOnceAndReportsEveryIndividualAssessment() throws Exception {
        DmsPlan plan = provisioned();
        f.aws.dms().assessmentOutcome("mysql-check-binlog-image", "failed")
                .assessmentOutcome("mysql-check-auto-increment", "warning");

        DmsAssessmentRuns.Run run = run(plan, null);

        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.problems()).isTrue();
        assertThat(run.assessments()).hasSize(7).extracting(DmsAssessmentRuns.Individual::name).contains(
                "mysql-check-binlog-image", "unsupported-data-types-in-source");
        assertThat(run.assessments()).filteredOn(a -> a.name().equals("mysql-check-binlog-image")).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo("failed");
                    assertThat(a.result()).isEqualTo("s3://" + BUCKET_PREFIX + "/dms-assessments/" + run.name()
                            + "/mysql-check-binlog-image.json");
                });
        assertThat(run.assessments()).filteredOn(a -> a.name().equals("mysql-check-auto-increment"))
                .extracting(DmsAssessmentRuns.Individual::status).containsExactly("warning");
        assertThat(run.assessments()).filteredOn(DmsAssessmentRuns.Individual::problem).hasSize(1);
        assertThat(run.lastFailure()).contains("mysql-check-binlog-image");

        S3Emulator.Bucket bucket = f.aws.s3().buckets().get(BUCKET_PREFIX);
        assertThat(bucket.encryption()).isEqualTo("AES256");
        assertThat(bucket.publicAccessBlocked()).isTrue();
        assertThat(bucket.tags()).containsEntry(DmsPlan.PROJECT_TAG, plan.projectId());
        assertThat(bucket.keys()).hasSize(7);
        JsonNode create = f.aws.bodies("CreateBucket").get(0);
        assertThat(create.path("body").asText()).contains("<LocationConstraint>eu-west-1</LocationConstraint>");

        var role = f.aws.iam().roles().get("dmspilot-3f2a9c1e-dms-assessment");
        assertThat(role.trust()).contains("dms.amazonaws.com");
        assertThat(role.inline().values()).singleElement().asString().contains("arn:aws:s3:::" + BUCKET_PREFIX + "/*")
                .contains("s3:PutObject").doesNotContain("\"Resource\":\"*\"");

        JsonNode start = f.aws.bodies("StartReplicationTaskAssessmentRun").get(0);
        assertThat(start.path("ReplicationTaskArn").asText()).isEqualTo(f.state.arn(StepId.REPLICATION_TASK)
                .orElseThrow());
        assertThat(start.path("ServiceAccessRoleArn").asText()).endsWith(":role/dmspilot-3f2a9c1e-dms-assessment");
        assertThat(start.path("ResultLocationBucket").asText()).isEqualTo(BUCKET_PREFIX);
        assertThat(start.path("AssessmentRunName").asText()).isEqualTo(run.name());
        assertThat(start.path("IncludeOnly")).hasSize(7);
        assertThat(f.aws.bodies("DescribeApplicableIndividualAssessments")).hasSize(1);
        assertThat(f.state.step(StepId.ASSESSMENT_BUCKET).created()).isTrue();
        assertThat(f.state.step(StepId.ASSESSMENT_ROLE).created()).isTrue();

        f.aws.dms().assessmentOutcome("mysql-check-binlog-image", "passed");
        f.aws.dms().assessmentOutcome("mysql-check-auto-increment", "passed");
        DmsAssessmentRuns.Run second = run(plan, null);
        assertThat(second.status()).isEqualTo("passed");
        assertThat(second.problems()).isFalse();
        assertThat(f.aws.requests()).filteredOn(r -> r.operation().equals("CreateRole")
                && r.body().contains("dms-assessment")).hasSize(1);
        assertThat(f.aws.s3().buckets()).hasSize(1);
        assertThat(f.state.step(StepId.ASSESSMENT_BUCKET).created()).as("reused, still ours").isTrue();
        assertThat(f.aws.s3().buckets().get(BUCKET_PREFIX).keys()).hasSize(14);
    }

    @Test
    void cleanupEmptiesAndDeletesTheBucketAndTheRoleAndRemainingListsTopicsAndBuckets() {
        DmsPlan plan = f.plan(DmsFixture.options().withNotifyEmail("dba@example.com"));
        f.provision(plan);
        run(plan, null);
        DmsCleanup cleanup = new DmsCleanup(f.clients, Timing.fast());
        List<String> before = cleanup.remaining(plan.projectId(), ProgressListener.NONE);
        assertThat(before).anyMatch(l -> l.startsWith("SNS topic arn:aws:sns:eu-west-1:123456789012:dmspilot-"))
                .contains("S3 bucket " + BUCKET_PREFIX).anyMatch(l -> l.endsWith(":role/dmspilot-3f2a9c1e-dms-assessment"));

        f.state = cleanup.cleanup(f.state, false, f.listener(), s -> { });

        assertThat(f.aws.s3().buckets()).isEmpty();
        assertThat(f.aws.iam().roles()).doesNotContainKey("dmspilot-3f2a9c1e-dms-assessment");
        assertThat(f.aws.requests()).filteredOn(r -> r.operation().equals("DeleteObject")).hasSize(7);
        assertThat(f.state.step(StepId.ASSESSMENT_BUCKET).status()).isEqualTo(StepState.Status.DELETED);
        assertThat(cleanup.remaining(plan.projectId(), ProgressListener.NONE)).noneMatch(l -> l.startsWith("SNS ")
                || l.startsWith("S3 ") || l.contains("dms-assessment"));
    }

    @Test
    void aRunningTaskIsRefusedWithDmsReason() {
        DmsPlan plan = provisioned();
        new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, f.state);
        assertThatThrownBy(() -> run(plan, null)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("refuses an assessment run of the task in its current state")
                .hasMessageContaining("is running");
        assertThat(f.aws.dms().assessmentRuns()).isZero();
    }

    @Test
    void aBucketNameOfAnotherAccountIsRefusedByName() {
        DmsPlan plan = provisioned();
        f.aws.s3().foreignBucket(BUCKET_PREFIX);
        assertThatThrownBy(() -> run(plan, null)).isInstanceOf(DmsPilotException.class).hasMessage(
                "The S3 bucket name " + BUCKET_PREFIX + " is taken by another AWS account (bucket names are global)."
                        + " Name a bucket of yours for the results (--bucket).");
        assertThat(f.state.step(StepId.ASSESSMENT_BUCKET).status()).isEqualTo(StepState.Status.FAILED);
        assertThatThrownBy(() -> run(plan, BUCKET_PREFIX)).hasMessageContaining("another account");
    }

    @Test
    void aChosenBucketIsUsedAsItIsAndNeverDeleted() {
        DmsPlan plan = provisioned();
        f.aws.s3().existingBucket("dba-results", "eu-west-1").existingBucket("far-away", "us-west-2");
        assertThatThrownBy(() -> run(plan, "no-such-bucket")).hasMessageStartingWith(
                "The S3 bucket no-such-bucket does not exist.");
        assertThatThrownBy(() -> run(plan, "far-away")).hasMessageContaining("is in us-west-2")
                .hasMessageContaining("eu-west-1");

        DmsAssessmentRuns.Run run = run(plan, "dba-results");

        assertThat(run.status()).isEqualTo("passed");
        assertThat(run.location()).startsWith("s3://dba-results/dms-assessments/");
        assertThat(f.aws.bodies("CreateBucket")).isEmpty();
        assertThat(f.aws.s3().buckets().get("dba-results").encryption()).as("left as it is").isNull();
        assertThat(f.state.step(StepId.ASSESSMENT_BUCKET).created()).isFalse();
        new DmsCleanup(f.clients, Timing.fast()).cleanup(f.state, false, f.listener(), s -> { });
        assertThat(f.aws.s3().buckets()).containsKey("dba-results");
    }

    @Test
    void aBucketDmsMayNotWriteToEndsTheRunInErrorProvisioning() {
        DmsPlan plan = provisioned();
        f.aws.s3().existingBucket("locked-down", "eu-west-1").refuseServiceWrites("locked-down");

        DmsAssessmentRuns.Run run = run(plan, "locked-down");

        assertThat(run.status()).isEqualTo("error-provisioning");
        assertThat(run.problems()).isTrue();
        assertThat(run.lastFailure()).contains("Access Denied");
        assertThat(run.assessments()).extracting(DmsAssessmentRuns.Individual::status).containsOnly("cancelled");
    }

    @Test
    void throttlingAndARoleNotYetPropagatedAreRetried() {
        DmsPlan plan = provisioned();
        f.aws.faults().inject("StartReplicationTaskAssessmentRun", new AwsFault(400, "AccessDeniedFault",
                "The IAM Role is not configured properly."), 1);
        f.aws.faults().inject("DescribeReplicationTaskAssessmentRuns", AwsFault.throttling(), 2);

        assertThat(run(plan, null).status()).isEqualTo("passed");
        assertThat(f.aws.bodies("StartReplicationTaskAssessmentRun")).hasSize(2);
        assertThat(f.aws.dms().assessmentRuns()).isEqualTo(1);
    }

    @Test
    void cancellingWhileItRunsCancelsTheRunInDms() {
        DmsPlan plan = provisioned();
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (message.contains(": provisioning")) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        assertThatThrownBy(() -> run(plan, null, progress)).isInstanceOf(CancelledException.class);
        assertThat(f.aws.bodies("CancelReplicationTaskAssessmentRun")).hasSize(1);
    }

    @Test
    void aServerlessReplicationIsRefusedWithTheReason() {
        DmsPlan plan = f.plan(DmsFixture.options().withServerless(new DmsOptions.ServerlessCapacity(1, 4)));
        assertThatThrownBy(() -> run(plan, null)).hasMessageContaining("DMS Serverless replication runs its "
                + "assessment when it starts");
    }
}
