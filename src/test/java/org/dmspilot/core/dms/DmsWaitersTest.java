package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The waits of provisioning and of the task's operations run on the SDK's DMS waiters: by ARN, at the project's poll
 * interval and maximum wait, cancellable between two polls, and a failure state still says what DMS said.
 */
class DmsWaitersTest extends EmulatedAwsTest {

    private static List<String> filterNames(List<JsonNode> bodies) {
        return bodies.stream().map(b -> b.path("Filters").findValuesAsText("Name").toString()).toList();
    }

    @Test
    void everyWaiterDescribesItsOneResourceByArn() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.provision(plan);
        new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, f.state);
        new DmsTasks(f.clients, Timing.fast(), f.listener()).stop(plan, f.state);

        assertThat(filterNames(f.aws.bodies("DescribeConnections"))).isNotEmpty()
                .containsOnly("[endpoint-arn, replication-instance-arn]");
        assertThat(filterNames(f.aws.bodies("DescribeReplicationInstances")))
                .contains("[replication-instance-arn]").containsOnly("[replication-instance-id]",
                        "[replication-instance-arn]");
        assertThat(f.aws.bodies("DescribeReplicationTasks")).allSatisfy(b -> assertThat(b.path(
                "WithoutSettings").asBoolean()).as("waiters need no mappings").isTrue());
        assertThat(f.log).contains("Waiting for task " + f.state.arn(StepId.REPLICATION_TASK).orElseThrow()
                .replaceAll(".*:", "") + " to be running", "Waiting for task " + f.state.arn(
                        StepId.REPLICATION_TASK).orElseThrow().replaceAll(".*:", "") + " to be stopped");
    }

    @Test
    void aTaskThatFailsWhileStartingSaysWhatDmsSaid() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.provision(plan);
        f.aws.dms().failNextStart(plan.task().identifier(), "Failed to connect to database. ERROR: password "
                + "authentication failed for user \"dms_writer\"");

        assertThatThrownBy(() -> new DmsTasks(f.clients, Timing.fast(), f.listener()).start(plan, f.state))
                .isInstanceOf(DmsPilotException.class).hasMessageMatching("task \\S+ is failed: Failed to connect "
                        + "to database\\. ERROR: password authentication failed for user \"dms_writer\"");
    }

    @Test
    void anInstanceThatFailsStopsTheWaitAtOnceInsteadOfWaitingOutTheMaximum() {
        DmsPlan plan = f.plan(DmsFixture.options());
        f.aws.dms().failNextInstance(plan.instance().identifier(), "storage-full");
        Timing patient = new Timing(Duration.ofMillis(5), Duration.ofMinutes(10), 5, Duration.ofMillis(1));
        long started = System.nanoTime();

        assertThatThrownBy(() -> new DmsProvisioner(f.clients, DmsFixture.PASSWORDS, patient).provision(plan,
                f.state, f.listener(), s -> f.state = s)).isInstanceOf(DmsPilotException.class)
                .hasMessageStartingWith("replication instance " + plan.instance().identifier() + " is storage-full")
                .hasMessageContaining("AllocatedStorage");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the 10-minute maximum wait")
                .isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void theWaitGivesUpAfterTheProjectsMaximumWaitNotTheWaitersDefault() {
        f.aws.dms().describesPerTransition(1_000_000); // the instance never becomes available
        Timing brief = new Timing(Duration.ofMillis(5), Duration.ofMillis(300), 5, Duration.ofMillis(1));
        DmsPlan plan = f.plan(DmsFixture.options());

        assertThatThrownBy(() -> new DmsProvisioner(f.clients, DmsFixture.PASSWORDS, brief).provision(plan,
                f.state, f.listener(), s -> f.state = s)).isInstanceOf(DmsPilotException.class)
                .hasMessageStartingWith("Gave up waiting for replication instance " + plan.instance().identifier())
                .hasMessageContaining("still creating");
        assertThat(f.aws.bodies("DescribeReplicationInstances")).as("polled every 5 ms, not every 60 s")
                .hasSizeGreaterThan(5);
    }

    @Test
    void cancellingStopsTheWaitBetweenTwoPolls() {
        f.aws.dms().describesPerTransition(1_000_000);
        DmsPlan plan = f.plan(DmsFixture.options());
        ProgressListener cancelAfterThreePolls = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return f.aws.bodies("DescribeReplicationInstances").size() >= 3 + 2; // 2 lookups by id first
            }
        };

        assertThatThrownBy(() -> new DmsProvisioner(f.clients, DmsFixture.PASSWORDS, Timing.fast()).provision(plan,
                f.state, cancelAfterThreePolls, s -> f.state = s)).isInstanceOf(CancelledException.class);
        assertThat(f.aws.bodies("DescribeReplicationInstances")).hasSizeLessThan(10);
    }
}
