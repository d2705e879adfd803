package org.dmspilot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsCleanup;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dms cleanup}: deletes what provisioning created (task, endpoints, instance, subnet group; secrets and roles
 * when asked), saving the state after each deletion so a re-run resumes, then lists what is still tagged with the
 * project. Exit 1 when a DMS resource (or, with the option, a secret or role) of the project remains.
 */
@Command(name = "cleanup", description = "Delete every AWS resource the project created, in order, and list what "
        + "remains tagged with the project.", mixinStandardHelpOptions = true)
final class DmsCleanupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--include-secrets-and-roles", description = "Also delete the Secrets Manager secrets and IAM "
            + "roles DMS Pilot created (roles that existed before are never deleted).")
    boolean secretsAndRoles;

    @Option(names = "--yes", description = "Delete without asking.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        List<StepState> todo = DmsCleanup.toDelete(state, secretsAndRoles);
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            DmsCleanup cleanup = new DmsCleanup(aws, options.timing());
            if (todo.isEmpty()) {
                out.println("Nothing recorded to delete in " + DmsStateFiles.stateFile(options.project) + ".");
            } else {
                out.println("To delete, in this order:");
                todo.forEach(s -> out.println("  " + s.step().title() + ": " + s.arn()));
                if (!yes && !Prompts.confirm(out, Prompts.stdin(), "Delete these resources?")) {
                    out.println("Nothing deleted.");
                    out.flush();
                    return ExitCodes.FAILED;
                }
                cleanup.cleanup(state, secretsAndRoles, DmsCliOptions.stderr(spec.commandLine().getErr()),
                        s -> DmsStateFiles.save(options.project, s));
                out.println("Deleted " + todo.size() + " resource(s).");
            }
            List<String> remaining = cleanup.remaining(project.id(), ProgressListener.NONE);
            if (remaining.isEmpty()) {
                out.println("Nothing tagged dmspilot:project=" + project.id() + " remains.");
            } else {
                out.println("Still tagged dmspilot:project=" + project.id() + ":");
                remaining.forEach(r -> out.println("  " + r));
            }
            out.flush();
            boolean unexpected = remaining.stream().anyMatch(r -> secretsAndRoles
                    || !(r.startsWith("secret ") || r.startsWith("IAM role ")));
            return unexpected ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
