package org.dmspilot.core.dms;

import java.util.List;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;

/**
 * Where a provisioned replication's status, metrics and log live: a replication task on a replication instance, or
 * a DMS Serverless replication config, named as DMS names them.
 */
public final class DmsReplications {
    private DmsReplications() {
    }

    /**
     * A provisioned replication.
     *
     * @param arn the task's or the replication config's ARN
     * @param resourceId the ARN's last part (fixed at creation by {@code ResourceIdentifier})
     * @param instanceIdentifier the replication instance's identifier; null on DMS Serverless
     */
    public record Target(String arn, String resourceId, String instanceIdentifier) {
        public boolean serverless() {
            return instanceIdentifier == null;
        }

        /**
         * The CloudWatch Logs group DMS writes the log to: {@code dms-tasks-<instance identifier>} for a task,
         * {@code dms-serverless-replication-<config resource id>} for a serverless replication.
         */
        public String logGroup() {
            return serverless() ? "dms-serverless-replication-" + resourceId : "dms-tasks-" + instanceIdentifier;
        }

        /**
         * The stream in {@link #logGroup()}: {@code dms-task-<task resource id>}; on DMS Serverless null: the
         * group's newest stream is read.
         */
        public String logStream() {
            return serverless() ? null : "dms-task-" + resourceId;
        }

        /**
         * The {@code AWS/DMS} dimensions of the replication's metrics: instance identifier and task resource id
         * (both needed) for a task, {@code ReplicationConfigIdentifier} for a serverless replication.
         */
        public List<Dimension> dimensions() {
            if (serverless()) {
                return List.of(Dimension.builder().name("ReplicationConfigIdentifier").value(resourceId).build());
            }
            return List.of(Dimension.builder().name("ReplicationInstanceIdentifier").value(instanceIdentifier).build(),
                    Dimension.builder().name("ReplicationTaskIdentifier").value(resourceId).build());
        }
    }

    /** The replication provisioned for {@code plan}, as recorded in {@code state}. */
    public static Target target(DmsPlan plan, DmsState state) {
        StepId step = plan.serverless() ? StepId.REPLICATION_CONFIG : StepId.REPLICATION_TASK;
        String arn = state.arn(step).orElseThrow(() -> new DmsPilotException("The "
                + (plan.serverless() ? "replication config" : "replication task")
                + " is not provisioned yet: run provision first."));
        return new Target(arn, arn.substring(arn.lastIndexOf(':') + 1), plan.serverless() ? null
                : plan.instance().identifier());
    }

    /** The fallback's reverse task provisioned for {@code plan}, as recorded in {@code state}. */
    public static Target fallback(DmsPlan plan, DmsState state) {
        String arn = state.arn(StepId.FALLBACK_TASK).filter(a -> plan.hasFallback()).orElseThrow(
                () -> new DmsPilotException("The fallback task is not provisioned: plan and provision with"
                        + " --fallback first."));
        return new Target(arn, arn.substring(arn.lastIndexOf(':') + 1), plan.instance().identifier());
    }
}
