package org.dmspilot.cli;

import org.dmspilot.core.dms.DmsTasks;
import picocli.CommandLine.Command;

/** {@code dms start}: start the provisioned replication task and wait until it runs. */
@Command(name = "start", description = "Start the replication task.", mixinStandardHelpOptions = true)
final class DmsStartCommand extends DmsTaskVerb {
    @Override
    public Integer call() {
        return onTask(DmsTasks::start);
    }
}
