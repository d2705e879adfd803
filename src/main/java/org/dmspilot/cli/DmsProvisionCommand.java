package org.dmspilot.cli;

import java.io.PrintWriter;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsProvisioner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.StepId;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;

/** {@code dms provision}: create (or find) every resource of the plan; safe to run again after a failure. */
@Command(name = "provision", description = "Create the DMS resources (idempotent, resumable).",
        mixinStandardHelpOptions = true)
final class DmsProvisionCommand extends DmsTaskVerb {
    @Override
    public Integer call() {
        Project project = options.loadProject();
        DmsState loaded = options.loadState(project);
        DmsPlan plan = options.plan(project, loaded);
        DmsState state = loaded.withOptions(options.options(project, loaded));
        state = state.withAccess(options.aws(state));
        DmsStateFiles.save(options.project, state);
        PrintWriter err = spec.commandLine().getErr();
        try (AwsClients aws = new AwsClients(options.aws(state), options.timing())) {
            DmsState done = new DmsProvisioner(aws, options.passwords(project), options.timing()).provision(plan, state,
                    DmsCliOptions.stderr(err), s -> DmsStateFiles.save(options.project, s));
            PrintWriter out = spec.commandLine().getOut();
            for (StepId step : plan.steps()) {
                out.println(step.key() + "\t" + done.step(step).status() + "\t"
                        + done.arn(step).orElse(""));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
