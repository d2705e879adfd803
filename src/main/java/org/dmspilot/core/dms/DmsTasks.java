package org.dmspilot.core.dms;

import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/** Starts the provisioned replication task and reports its status, table statistics and CDC latency. */
public final class DmsTasks {
    private static final Set<String> STARTED = Set.of("running", "stopped");

    private final AwsClients aws;
    private final AwsCalls calls;

    public DmsTasks(AwsClients aws, Timing timing, ProgressListener progress) {
        this.aws = aws;
        this.calls = new AwsCalls(timing, progress);
    }

    /**
     * Starts the task ({@code start-replication} the first time, {@code resume-processing} after a stop) and waits
     * until it runs (or, for a full load that already finished, stopped).
     */
    public TaskStatus start(DmsPlan plan, DmsState state) {
        String arn = taskArn(state);
        String status = calls.call("reading the task", () -> taskByArn(aws.dms(), arn)).status();
        if (!status.equals("running")) {
            String type = status.equals("ready") ? "start-replication" : "resume-processing";
            calls.log("Starting task " + plan.task().identifier() + " (" + type + ")");
            calls.call("starting the task", () -> aws.dms().startReplicationTask(b -> b.replicationTaskArn(arn)
                    .startReplicationTaskType(type)));
            calls.waitFor("replication task " + plan.task().identifier(), () -> taskByArn(aws.dms(), arn).status(),
                    STARTED, Set.of("failed"), () -> taskByArn(aws.dms(), arn).lastFailureMessage());
        }
        return status(plan, state);
    }

    /** The task's status, its table statistics and the latest CDC latency. */
    public TaskStatus status(DmsPlan plan, DmsState state) {
        String arn = taskArn(state);
        ReplicationTask task = calls.call("reading the task", () -> taskByArn(aws.dms(), arn));
        java.util.List<TaskStatus.TableStats> tables = calls.call("reading table statistics", () -> aws.dms()
                .describeTableStatisticsPaginator(b -> b.replicationTaskArn(arn)).stream()
                .flatMap(page -> page.tableStatistics().stream()).map(DmsTasks::stats).toList());
        TaskStatus.Latency latency = new TaskLatency(aws.cloudWatch(), calls).latest(plan.instance().identifier(),
                arn.substring(arn.lastIndexOf(':') + 1));
        return new TaskStatus(task.replicationTaskIdentifier(), arn, task.status(), task.lastFailureMessage(),
                task.replicationTaskStats() == null ? null : task.replicationTaskStats().fullLoadProgressPercent(),
                tables, latency);
    }

    static ReplicationTask taskByArn(DatabaseMigrationClient dms, String arn) {
        return ProvisionSteps.only(dms.describeReplicationTasks(b -> b.withoutSettings(true)
                .filters(ProvisionSteps.filter("replication-task-arn", arn))).replicationTasks());
    }

    private static String taskArn(DmsState state) {
        return state.arn(StepId.REPLICATION_TASK).orElseThrow(() -> new DmsPilotException(
                "The replication task is not provisioned yet: run provision first."));
    }

    private static TaskStatus.TableStats stats(TableStatistics t) {
        return new TaskStatus.TableStats(t.schemaName(), t.tableName(), n(t.fullLoadRows()), n(t.inserts()),
                n(t.updates()), n(t.deletes()), t.tableState(), t.validationState());
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
