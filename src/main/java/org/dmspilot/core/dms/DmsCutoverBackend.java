package org.dmspilot.core.dms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverBackend;
import org.dmspilot.core.cutover.ValidationSummary;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The guided cutover over an AWS DMS task: metrics from CloudWatch and DescribeTableStatistics ({@link DmsMetrics}),
 * the task's status, validation from each table's {@code ValidationState} and {@code ValidationFailedRecords}, and a
 * stop ({@code StopReplicationTask}) waited for by the task's ARN.
 */
public final class DmsCutoverBackend implements CutoverBackend {
    private static final Set<String> VALIDATION_BAD = Set.of("Mismatched records", "Suspended records", "Table error",
            "Error");
    private static final Set<String> VALIDATION_PENDING = Set.of("Pending records", "Pending validation",
            "Pending revalidation", "Pending");

    private final AwsClients aws;
    private final DmsPlan plan;
    private final ReplicationCalls replication;
    private final Timing timing;
    private final DmsMetrics metrics;
    private final DmsState state;

    public DmsCutoverBackend(AwsClients aws, DmsPlan plan, DmsState state, Timing timing) {
        this.aws = aws;
        this.plan = plan;
        this.timing = timing;
        this.state = state;
        this.replication = new ReplicationCalls(aws.dms(), DmsReplications.target(plan, state));
        this.metrics = new DmsMetrics(aws, plan, state, ProgressListener.NONE);
    }

    @Override
    public String describe() {
        return (plan.serverless() ? "AWS DMS Serverless replication " + plan.replicationConfig().identifier()
                : "AWS DMS task " + plan.task().identifier()) + " (" + plan.region() + ")";
    }

    @Override
    public MigrationMetrics metrics() {
        return metrics;
    }

    @Override
    public ReplicationState state() {
        return state(new AwsCalls(timing, ProgressListener.NONE).call("reading the replication", replication::now));
    }

    /** The cutover's view of a task's or serverless replication's status (serverless start states: loading). */
    static ReplicationState state(ReplicationCalls.Now task) {
        String status = task.status();
        ReplicationState.Phase phase = switch (status) {
            case "starting", "initializing", "preparing_metadata_resources", "testing_connection",
                    "fetching_metadata", "calculating_capacity", "provisioning_capacity", "replication_starting" ->
                ReplicationState.Phase.LOADING;
            case "running" -> task.fullLoadPercent() != null && task.fullLoadPercent() < 100
                    ? ReplicationState.Phase.LOADING : ReplicationState.Phase.RUNNING;
            case "stopping" -> ReplicationState.Phase.STOPPING;
            case "stopped" -> ReplicationState.Phase.STOPPED;
            case "failed" -> ReplicationState.Phase.FAILED;
            default -> ReplicationState.Phase.NOT_STARTED;
        };
        String detail = status + (task.stopReason() == null ? "" : " (" + task.stopReason() + ")")
                + (task.failure() == null ? "" : ": " + task.failure());
        return new ReplicationState(phase, detail);
    }

    @Override
    public ValidationSummary validation() {
        List<TableStatistics> tables = new AwsCalls(timing, ProgressListener.NONE).call("reading table statistics",
                replication::tables);
        return validation(tables);
    }

    /** Sums the tables' validation: failed records and tables in a failed state are mismatches. */
    static ValidationSummary validation(List<TableStatistics> tables) {
        if (tables.isEmpty()) {
            return ValidationSummary.NOT_RUN;
        }
        long failed = 0;
        List<String> bad = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> unvalidated = new ArrayList<>();
        for (TableStatistics t : tables) {
            String name = t.schemaName() + "." + t.tableName();
            String state = t.validationState() == null ? "Not enabled" : t.validationState();
            long f = t.validationFailedRecords() == null ? 0 : t.validationFailedRecords();
            failed += f;
            if (VALIDATION_BAD.contains(state) || f > 0) {
                bad.add(name + " (" + state + (f > 0 ? ", " + f + " failed records" : "") + ")");
            } else if (VALIDATION_PENDING.contains(state) || t.validationPendingRecords() != null
                    && t.validationPendingRecords() > 0) {
                pending.add(name);
            } else if (!state.equals("Validated")) {
                unvalidated.add(name + " (" + state + ")");
            }
        }
        if (!bad.isEmpty()) {
            return new ValidationSummary(true, Math.max(failed, bad.size()), "DMS validation mismatch: "
                    + String.join(", ", bad));
        }
        if (!pending.isEmpty()) {
            return new ValidationSummary(false, 0, "DMS validation still pending on " + String.join(", ", pending));
        }
        if (!unvalidated.isEmpty()) {
            return new ValidationSummary(false, 0, "not validated by DMS: " + String.join(", ", unvalidated)
                    + "; validate them with dmspilot validate");
        }
        return new ValidationSummary(true, 0, tables.size() + " tables validated by DMS, no failed record");
    }

    /** Starts the fallback's reverse task when the plan has one (it runs from here until the rollback or cleanup). */
    @Override
    public List<String> atSwitch(ProgressListener progress) {
        if (!plan.hasFallback()) {
            return List.of();
        }
        String status = new DmsTasks(aws, timing, progress).startFallback(plan, state);
        return List.of("fallback task " + plan.fallback().task().identifier() + " " + status + ": PostgreSQL's"
                + " changes are replicated back to the source from now on");
    }

    @Override
    public void stop(ProgressListener progress) {
        new DmsTasks(aws, timing, progress).stop(plan, state);
    }
}
