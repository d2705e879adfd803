package org.dmspilot.cli;

import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dms start}: start the provisioned replication task and wait until it runs. */
@Command(name = "start", description = "Start the replication task.", mixinStandardHelpOptions = true)
final class DmsStartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Override
    public Integer call() {
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        try (AwsClients aws = new AwsClients(options.aws(state))) {
            TaskStatus status = new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine()
                    .getErr())).start(options.plan(project, state), state);
            DmsStatusCommand.print(spec.commandLine().getOut(), status);
        }
        return ExitCodes.OK;
    }
}
