package org.dmspilot.core.dms;

import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;
import software.amazon.awssdk.services.databasemigration.model.TableToReload;

/**
 * The same operations on either kind of replication: a task ({@code StartReplicationTask}, {@code ReloadTables}...)
 * or a DMS Serverless replication config ({@code StartReplication}, {@code ReloadReplicationTables}...). Calls are
 * raw SDK calls; callers wrap them in {@link AwsCalls}.
 */
final class ReplicationCalls {
    /**
     * What DMS says of the replication now.
     *
     * @param capacity DMS Serverless provisioning and capacity ({@code provisioned 4 DCU}), null for a task
     */
    record Now(String identifier, String status, String failure, String stopReason, Integer fullLoadPercent,
            String capacity) {
    }

    private final DatabaseMigrationClient dms;
    private final DmsReplications.Target target;

    ReplicationCalls(DatabaseMigrationClient dms, DmsReplications.Target target) {
        this.dms = dms;
        this.target = target;
    }

    DmsReplications.Target target() {
        return target;
    }

    Now now() {
        if (target.serverless()) {
            Replication r = ServerlessReplication.describe(dms, target.arn());
            return new Now(r.replicationConfigIdentifier(), r.status(), ServerlessReplication.failure(r),
                    r.stopReason(), r.replicationStats() == null ? null : r.replicationStats()
                            .fullLoadProgressPercent(), ServerlessReplication.capacity(r));
        }
        ReplicationTask t = DmsTasks.taskByArn(dms, target.arn());
        return new Now(t.replicationTaskIdentifier(), t.status(), t.lastFailureMessage(), t.stopReason(),
                t.replicationTaskStats() == null ? null : t.replicationTaskStats().fullLoadProgressPercent(), null);
    }

    String status() {
        return now().status();
    }

    /** {@code start-replication}, {@code resume-processing} or {@code reload-target}. */
    void start(String type) {
        if (target.serverless()) {
            dms.startReplication(b -> b.replicationConfigArn(target.arn()).startReplicationType(type));
        } else {
            dms.startReplicationTask(b -> b.replicationTaskArn(target.arn()).startReplicationTaskType(type));
        }
    }

    void stop() {
        if (target.serverless()) {
            dms.stopReplication(b -> b.replicationConfigArn(target.arn()));
        } else {
            dms.stopReplicationTask(b -> b.replicationTaskArn(target.arn()));
        }
    }

    List<TableStatistics> tables() {
        if (target.serverless()) {
            return ServerlessReplication.tables(dms, target.arn());
        }
        return dms.describeTableStatisticsPaginator(b -> b.replicationTaskArn(target.arn())).stream()
                .flatMap(p -> p.tableStatistics().stream()).toList();
    }

    void reload(List<TableToReload> tables, String option) {
        if (target.serverless()) {
            dms.reloadReplicationTables(b -> b.replicationConfigArn(target.arn()).tablesToReload(tables)
                    .reloadOption(option));
        } else {
            dms.reloadTables(b -> b.replicationTaskArn(target.arn()).tablesToReload(tables).reloadOption(option));
        }
    }
}
