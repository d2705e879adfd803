package org.dmspilot.core.dms;

import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/** The DMS Serverless calls on one replication config, looked up by its ARN. */
final class ServerlessReplication {
    private ServerlessReplication() {
    }

    /** The replication of the config (DescribeReplications filtered by the config's ARN). */
    static Replication describe(DatabaseMigrationClient dms, String configArn) {
        return ProvisionSteps.only(dms.describeReplications(b -> b.filters(ProvisionSteps.filter(
                "replication-config-arn", configArn))).replications());
    }

    /** DescribeReplicationTableStatistics, every page. */
    static List<TableStatistics> tables(DatabaseMigrationClient dms, String configArn) {
        return dms.describeReplicationTableStatisticsPaginator(b -> b.replicationConfigArn(configArn)).stream()
                .flatMap(p -> p.replicationTableStatistics().stream()).toList();
    }

    /** {@code running, provisioned 4 DCU} or {@code provisioning_capacity, provisioning}. */
    static String capacity(Replication r) {
        if (r.provisionData() == null || r.provisionData().provisionState() == null) {
            return null;
        }
        return r.provisionData().provisionState() + (r.provisionData().provisionedCapacityUnits() == null
                ? "" : " " + r.provisionData().provisionedCapacityUnits() + " DCU");
    }

    /** The failure messages of a failed replication, joined. */
    static String failure(Replication r) {
        return r.failureMessages() == null || r.failureMessages().isEmpty() ? null
                : String.join("; ", r.failureMessages());
    }
}
