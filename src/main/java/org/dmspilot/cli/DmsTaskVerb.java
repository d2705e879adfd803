package org.dmspilot.cli;

import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dms} verbs that act on the project's DMS resources ({@code provision}, {@code start}, {@code resume},
 * {@code restart}, {@code stop}, {@code reload}): one way to load the project and its DMS state, open the AWS
 * clients, call {@link DmsTasks} and print the task's status.
 */
abstract class DmsTaskVerb implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    /** One call on the task; returns the status to print, or {@code null} when the verb prints its own lines. */
    @FunctionalInterface
    interface TaskAction {
        TaskStatus apply(DmsTasks tasks, DmsPlan plan, DmsState state);
    }

    /** Runs {@code action} on the project's task and prints the status it returns. */
    final int onTask(TaskAction action) {
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            DmsTasks tasks = new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine().getErr()));
            TaskStatus status = action.apply(tasks, options.plan(project, state), state);
            if (status != null) {
                DmsStatusCommand.print(spec.commandLine().getOut(), status);
            }
        }
        return ExitCodes.OK;
    }
}
