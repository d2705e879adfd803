package org.dmspilot.cli;

import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dms resume} and {@code dms restart}: start a stopped or failed task again, where it stopped or anew. */
final class DmsResumeCommand {
    private DmsResumeCommand() {
    }

    /** {@code dms resume}: resume-processing. */
    @Command(name = "resume", description = "Resume a stopped or failed task where it stopped.",
            mixinStandardHelpOptions = true)
    static final class Resume implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DmsCliOptions options;

        @Override
        public Integer call() {
            return run(spec, options, false);
        }
    }

    /** {@code dms restart}: reload-target, every table loaded again. */
    @Command(name = "restart", description = "Restart a stopped or failed task from the beginning: every table is "
            + "loaded again.", mixinStandardHelpOptions = true)
    static final class Restart implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DmsCliOptions options;

        @Override
        public Integer call() {
            return run(spec, options, true);
        }
    }

    /** {@code dms stop}: stop the task and wait until it is stopped. */
    @Command(name = "stop", description = "Stop the replication task.", mixinStandardHelpOptions = true)
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DmsCliOptions options;

        @Override
        public Integer call() {
            Project project = options.loadProject();
            DmsState state = options.loadState(project);
            try (AwsClients aws = new AwsClients(options.aws(state))) {
                DmsTasks tasks = new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine()
                        .getErr()));
                tasks.stop(options.plan(project, state), state);
                DmsStatusCommand.print(spec.commandLine().getOut(), tasks.status(options.plan(project, state),
                        state));
            }
            return ExitCodes.OK;
        }
    }

    private static int run(CommandSpec spec, DmsCliOptions options, boolean restart) {
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        try (AwsClients aws = new AwsClients(options.aws(state))) {
            DmsTasks tasks = new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine().getErr()));
            var plan = options.plan(project, state);
            DmsStatusCommand.print(spec.commandLine().getOut(), restart ? tasks.restart(plan, state)
                    : tasks.resume(plan, state));
        }
        return ExitCodes.OK;
    }
}
