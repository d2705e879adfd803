package org.dmspilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dms status}: task status, table statistics and CDC latency. */
@Command(name = "status", description = "Task status and table statistics.", mixinStandardHelpOptions = true)
final class DmsStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            TaskStatus status = new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine()
                    .getErr())).status(options.plan(project, state), state);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ProjectFiles.mapper().writeValueAsString(status));
                out.flush();
            } else {
                print(out, status);
            }
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, TaskStatus s) {
        out.println("Task " + s.identifier() + ": " + s.status()
                + (s.fullLoadPercent() == null ? "" : ", full load " + s.fullLoadPercent() + "%")
                + (s.lastFailureMessage() == null ? "" : " (" + s.lastFailureMessage() + ")"));
        if (s.capacity() != null) {
            out.println("Serverless capacity: " + s.capacity());
        }
        if (s.latency() != null) {
            out.println("CDC latency: source " + s.latency().sourceSeconds() + " s, target "
                    + s.latency().targetSeconds() + " s");
        }
        out.printf("%-40s %12s %9s %9s %9s  %-18s %s%n", "TABLE", "LOADED", "INSERTS", "UPDATES", "DELETES",
                "STATE", "VALIDATION");
        for (TaskStatus.TableStats t : s.tables()) {
            out.printf("%-40s %12d %9d %9d %9d  %-18s %s%n", t.schema() + "." + t.table(), t.fullLoadRows(),
                    t.inserts(), t.updates(), t.deletes(), t.tableState(), t.validationState());
        }
        out.flush();
    }
}
