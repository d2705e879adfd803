package org.dmspilot.core.dms;

import java.util.List;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;
import software.amazon.awssdk.services.databasemigration.model.TableToReload;

/**
 * Operates the provisioned replication task: start, stop, resume, restart, reload tables, modify a stopped task; and
 * reports its status, table statistics and CDC latency.
 */
public final class DmsTasks {
    private static final Set<String> STARTED = Set.of("running", "stopped");
    private static final Set<String> RUNNING = Set.of("running");
    /** A task that never ran is {@code ready}, a serverless replication {@code created}. */
    private static final Set<String> NEW = Set.of("ready", "created");

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
        ReplicationCalls r = replication(plan, state);
        String status = calls.call("reading the replication", r::status);
        if (!RUNNING.contains(status)) {
            run(r, NEW.contains(status) ? "start-replication" : "resume-processing");
        }
        return status(plan, state);
    }

    /**
     * Starts the fallback's reverse task PostgreSQL → MySQL ({@code start-replication} the first time,
     * {@code resume-processing} after a stop) and waits until it runs: at the switch, once the forward task stopped
     * and before the application writes to PostgreSQL.
     *
     * @return the task's status afterwards
     */
    public String startFallback(DmsPlan plan, DmsState state) {
        ReplicationCalls r = new ReplicationCalls(aws.dms(), DmsReplications.fallback(plan, state));
        String status = calls.call("reading the fallback task", r::status);
        if (!RUNNING.contains(status)) {
            run(r, NEW.contains(status) ? "start-replication" : "resume-processing");
        }
        return calls.call("reading the fallback task", r::status);
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
        ReplicationCalls r = replication(plan, state);
        String status = calls.call("reading the replication", r::status);
        if (!Set.of("stopped", "failed", "ready", "created").contains(status)) {
            throw new DmsPilotException(what(r) + " is " + status + ": only a stopped or failed one can be "
                    + (type.equals("reload-target") ? "restarted" : "resumed") + ".");
        }
        run(r, NEW.contains(status) ? "start-replication" : type);
        return status(plan, state);
    }

    /** Starts and waits until it runs; DMS Serverless first provisions its capacity (several states). */
    private void run(ReplicationCalls r, String type) {
        calls.log("Starting " + what(r) + " (" + type + ")");
        calls.call("starting " + what(r), () -> {
            r.start(type);
            return Boolean.TRUE;
        });
        if (r.target().serverless()) { // no SDK waiter for a serverless replication (DescribeReplications)
            calls.waitFor(what(r), r::status, STARTED, Set.of("failed"), () -> r.now().failure());
        } else { // a full load that already finished is stopped, which ReplicationTaskRunning counts as a failure
            calls.await(what(r), aws.dms(), (w, every) -> w.waitUntilReplicationTaskRunning(byArn(r.target().arn()),
                    every), "running", r::status, STARTED, () -> r.now().failure());
        }
    }

    private String what(ReplicationCalls r) {
        return (r.target().serverless() ? "serverless replication " : "task ") + r.target().resourceId();
    }

    private ReplicationCalls replication(DmsPlan plan, DmsState state) {
        return new ReplicationCalls(aws.dms(), DmsReplications.target(plan, state));
    }

    /**
     * Stops the task and waits until it is stopped. Idempotent: a stopped task is left alone.
     *
     * @throws DmsPilotException when the task neither runs nor is stopped
     */
    public void stop(DmsPlan plan, DmsState state) {
        ReplicationCalls r = replication(plan, state);
        String status = calls.call("reading the replication", r::status);
        switch (status) {
            case "stopped" -> {
                calls.log(what(r) + " is already stopped");
                return;
            }
            case "running" -> {
                calls.log("Stopping " + what(r));
                calls.callUnless(Set.of("InvalidResourceStateFault"), "stopping " + what(r), () -> {
                    r.stop();
                    return Boolean.TRUE;
                });
            }
            case "stopping" -> calls.log(what(r) + " is stopping");
            default -> throw new DmsPilotException(what(r) + " is " + status
                    + ": there is no running replication to stop.");
        }
        if (r.target().serverless()) { // no SDK waiter for a serverless replication (DescribeReplications)
            calls.waitFor(what(r), r::status, Set.of("stopped"), Set.of("failed"), () -> r.now().failure());
        } else {
            calls.await(what(r), aws.dms(), (w, every) -> w.waitUntilReplicationTaskStopped(byArn(r.target().arn()),
                    every), "stopped", r::status, Set.of("stopped"), () -> r.now().failure());
        }
    }

    /**
     * Reloads tables of the running task (ReloadTables): their data again, or only their validation.
     *
     * @param tables {@code schema.table} names
     * @throws DmsPilotException for a name without a schema, or when DMS refuses (task not running, unknown table)
     */
    public void reload(DmsPlan plan, DmsState state, List<String> tables, boolean validateOnly) {
        ReplicationCalls r = replication(plan, state);
        List<TableToReload> toReload = tables.stream().map(DmsTasks::tableToReload).toList();
        calls.log("Reloading " + String.join(", ", tables) + (validateOnly ? " (validation only)" : ""));
        calls.call("reloading " + String.join(", ", tables), () -> {
            r.reload(toReload, validateOnly ? "validate-only" : "data-reload");
            return Boolean.TRUE;
        });
    }

    /**
     * Changes the table mappings and/or the task settings of a stopped task (ModifyReplicationTask) and waits
     * until DMS has applied them. Null leaves a document as it is. Both are checked as DMS would first.
     */
    public void modify(DmsPlan plan, DmsState state, String tableMappings, String taskSettings) {
        if (plan.serverless()) {
            throw new DmsPilotException("Changing a serverless replication config is not offered yet: delete it with "
                    + "cleanup and provision again.");
        }
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
        // no SDK waiter ends on "back where it was" after modifying: ReplicationTaskReady fails on stopped,
        // ReplicationTaskStopped on ready
        calls.waitFor("replication task", () -> taskByArn(aws.dms(), arn).status(), Set.of("stopped", "ready",
                "failed"), Set.of(), () -> "");
    }

    /** A task's table mappings and settings as DMS holds them. */
    public record Documents(String tableMappings, String taskSettings) {
    }

    /**
     * The task's table mappings and settings as DMS holds them now (DescribeReplicationTasks with its settings), to
     * edit before {@link #modify}.
     */
    public Documents documents(DmsPlan plan, DmsState state) {
        if (plan.serverless()) {
            throw new DmsPilotException("Changing a serverless replication config is not offered yet: delete it with "
                    + "cleanup and provision again.");
        }
        String arn = taskArn(state);
        ReplicationTask task = calls.call("reading the task", () -> ProvisionSteps.only(aws.dms()
                .describeReplicationTasks(b -> b.withoutSettings(false).filters(ProvisionSteps.filter(
                        "replication-task-arn", arn))).replicationTasks()));
        return new Documents(task.tableMappings(), task.replicationTaskSettings());
    }

    private static TableToReload tableToReload(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) {
            throw new DmsPilotException("Name the table as schema.table: '" + qualified + "'.");
        }
        return TableToReload.builder().schemaName(qualified.substring(0, dot)).tableName(qualified.substring(dot
                + 1)).build();
    }

    /** The replication's status, its table statistics and the latest CDC latency. */
    public TaskStatus status(DmsPlan plan, DmsState state) {
        ReplicationCalls r = replication(plan, state);
        ReplicationCalls.Now now = calls.call("reading the replication", r::now);
        List<TaskStatus.TableStats> tables = calls.call("reading table statistics", r::tables).stream()
                .map(DmsTasks::stats).toList();
        TaskStatus.Latency latency = new TaskLatency(aws.cloudWatch(), calls).latest(r.target().dimensions());
        return new TaskStatus(now.identifier(), r.target().arn(), now.status(), now.failure(), now.fullLoadPercent(),
                tables, latency, now.capacity());
    }

    static ReplicationTask taskByArn(DatabaseMigrationClient dms, String arn) {
        return ProvisionSteps.only(dms.describeReplicationTasks(byArn(arn)).replicationTasks());
    }

    /** Describes the one task with that ARN, without its (large) mappings and settings: for reads and waiters. */
    static DescribeReplicationTasksRequest byArn(String arn) {
        return DescribeReplicationTasksRequest.builder().withoutSettings(true)
                .filters(ProvisionSteps.filter("replication-task-arn", arn)).build();
    }

    private static String taskArn(DmsState state) {
        return state.arn(StepId.REPLICATION_TASK).orElseThrow(() -> new DmsPilotException(
                "The replication task is not provisioned yet: run provision first."));
    }

    private static TaskStatus.TableStats stats(TableStatistics t) {
        return new TaskStatus.TableStats(t.schemaName(), t.tableName(), n(t.fullLoadRows()), n(t.inserts()),
                n(t.updates()), n(t.deletes()), t.tableState(), t.validationState(),
                DmsMetrics.problem(t.tableState(), t.validationStateDetails()));
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
