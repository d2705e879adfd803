package org.dmspilot.cli;

import java.util.concurrent.Callable;
import org.dmspilot.core.dms.IamPolicies;
import org.dmspilot.core.dms.PlanDescription;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dms plan}: every resource and API call, with the exact settings. */
@Command(name = "plan", description = "Show every resource and API call a migration needs.",
        mixinStandardHelpOptions = true)
final class DmsPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--iam-policy", description = "Print the least-privilege IAM policy the wizard needs.")
    boolean iamPolicy;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (iamPolicy) {
            out.println(IamPolicies.wizardPolicy());
            return ExitCodes.OK;
        }
        Project project = options.loadProject();
        PlanDescription.lines(options.plan(project, options.loadState(project))).forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
