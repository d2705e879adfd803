package org.dmspilot.core.dms;

import java.util.List;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;

/**
 * Where a provisioned replication's status, metrics and log live: the replication task on a replication instance,
 * named as DMS names them.
 */
public final class DmsReplications {
    private DmsReplications() {
    }

    /**
     * A provisioned replication.
     *
     * @param arn the task's ARN
     * @param resourceId the ARN's last part (fixed at creation by {@code ResourceIdentifier})
     * @param instanceIdentifier the replication instance's identifier
     */
    public record Target(String arn, String resourceId, String instanceIdentifier) {
        /** The CloudWatch Logs group DMS writes the task log to: {@code dms-tasks-<instance identifier>}. */
        public String logGroup() {
            return "dms-tasks-" + instanceIdentifier;
        }

        /** The task's stream in {@link #logGroup()}: {@code dms-task-<task resource id>}. */
        public String logStream() {
            return "dms-task-" + resourceId;
        }

        /** The {@code AWS/DMS} dimensions of the task's metrics (both are needed). */
        public List<Dimension> dimensions() {
            return List.of(Dimension.builder().name("ReplicationInstanceIdentifier").value(instanceIdentifier).build(),
                    Dimension.builder().name("ReplicationTaskIdentifier").value(resourceId).build());
        }
    }

    /** The replication provisioned for {@code plan}, as recorded in {@code state}. */
    public static Target target(DmsPlan plan, DmsState state) {
        String arn = state.arn(StepId.REPLICATION_TASK).orElseThrow(() -> new DmsPilotException(
                "The replication task is not provisioned yet: run provision first."));
        return new Target(arn, arn.substring(arn.lastIndexOf(':') + 1), plan.instance().identifier());
    }
}
