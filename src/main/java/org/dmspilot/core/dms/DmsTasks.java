package org.dmspilot.core.dms;

import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;
import software.amazon.awssdk.services.databasemigration.model.TableToReload;
import java.util.List;

/**
 * Operates the provisioned replication task: start, stop, resume, restart, reload tables, modify a stopped task; and
 * reports its status, table statistics and CDC latency.
 */
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
            run(plan, arn, status.equals("ready") ? "start-replication" : "resume-processing");
        }
        return status(plan, state);
    }

    /** Resumes a stopped or failed task where it stopped ({@code resume-processing}). */
    public TaskStatus resume(DmsPlan plan, DmsState state) {
        return startAs(plan, state, "resume-processing");
    }

    /** Restarts a stopped or failed task from the beginning, reloading every table ({@code reload-target}). */
    public TaskStatus restart(DmsPlan plan, DmsState state) {
        return startAs(plan, state, "reload-target");
    }

    private TaskStatus startAs(DmsPlan plan, DmsState state, String type) {
        String arn = taskArn(state);
        String status = calls.call("reading the task", () -> taskByArn(aws.dms(), arn)).status();
        if (!Set.of("stopped", "failed", "ready").contains(status)) {
            throw new DmsPilotException("Task " + plan.task().identifier() + " is " + status + ": only a stopped or "
                    + "failed task can be " + (type.equals("reload-target") ? "restarted" : "resumed") + ".");
        }
        run(plan, arn, status.equals("ready") ? "start-replication" : type);
        return status(plan, state);
    }

    private void run(DmsPlan plan, String arn, String type) {
        calls.log("Starting task " + plan.task().identifier() + " (" + type + ")");
        calls.call("starting the task", () -> aws.dms().startReplicationTask(b -> b.replicationTaskArn(arn)
                .startReplicationTaskType(type)));
        calls.waitFor("replication task " + plan.task().identifier(), () -> taskByArn(aws.dms(), arn).status(),
                STARTED, Set.of("failed"), () -> taskByArn(aws.dms(), arn).lastFailureMessage());
    }

    /**
     * Stops the task and waits until it is stopped. Idempotent: a stopped task is left alone.
     *
     * @throws DmsPilotException when the task neither runs nor is stopped
     */
    public void stop(DmsState state) {
        String arn = taskArn(state);
        ReplicationTask task = calls.call("reading the task", () -> taskByArn(aws.dms(), arn));
        String id = task.replicationTaskIdentifier();
        switch (task.status()) {
            case "stopped" -> {
                calls.log("Task " + id + " is already stopped");
                return;
            }
            case "running" -> {
                calls.log("Stopping task " + id);
                calls.callUnless(Set.of("InvalidResourceStateFault"), "stopping the task", () -> aws.dms()
                        .stopReplicationTask(b -> b.replicationTaskArn(arn)));
            }
            case "stopping" -> calls.log("Task " + id + " is stopping");
            default -> throw new DmsPilotException("Task " + id + " is " + task.status()
                    + ": there is no running replication to stop.");
        }
        calls.waitFor("replication task " + id, () -> taskByArn(aws.dms(), arn).status(), Set.of("stopped"),
                Set.of("failed"), () -> taskByArn(aws.dms(), arn).lastFailureMessage());
    }

    /**
     * Reloads tables of the running task (ReloadTables): their data again, or only their validation.
     *
     * @param tables {@code schema.table} names
     * @throws DmsPilotException for a name without a schema, or when DMS refuses (task not running, unknown table)
     */
    public void reload(DmsState state, List<String> tables, boolean validateOnly) {
        String arn = taskArn(state);
        List<TableToReload> toReload = tables.stream().map(DmsTasks::tableToReload).toList();
        calls.log("Reloading " + String.join(", ", tables) + (validateOnly ? " (validation only)" : ""));
        calls.call("reloading " + String.join(", ", tables), () -> aws.dms().reloadTables(b -> b
                .replicationTaskArn(arn).tablesToReload(toReload).reloadOption(validateOnly ? "validate-only"
                        : "data-reload")));
    }

    /**
     * Changes the table mappings and/or the task settings of a stopped task (ModifyReplicationTask) and waits
     * until DMS has applied them. Null leaves a document as it is. Both are checked as DMS would first.
     */
    public void modify(DmsState state, String tableMappings, String taskSettings) {
        String arn = taskArn(state);
        if (tableMappings != null) {
            TaskDocuments.validateTableMappings(tableMappings);
        }
        if (taskSettings != null) {
            TaskDocuments.validateTaskSettings(taskSettings);
        }
        String status = calls.call("reading the task", () -> taskByArn(aws.dms(), arn)).status();
        if (!Set.of("stopped", "ready", "failed").contains(status)) {
            throw new DmsPilotException("The task is " + status + ": stop it before changing its mappings or "
                    + "settings.");
        }
        calls.call("modifying the task", () -> aws.dms().modifyReplicationTask(b -> b.replicationTaskArn(arn)
                .tableMappings(tableMappings).replicationTaskSettings(taskSettings)));
        calls.waitFor("replication task", () -> taskByArn(aws.dms(), arn).status(), Set.of("stopped", "ready",
                "failed"), Set.of(), () -> "");
    }

    private static TableToReload tableToReload(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) {
            throw new DmsPilotException("Name the table as schema.table: '" + qualified + "'.");
        }
        return TableToReload.builder().schemaName(qualified.substring(0, dot)).tableName(qualified.substring(dot
                + 1)).build();
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
