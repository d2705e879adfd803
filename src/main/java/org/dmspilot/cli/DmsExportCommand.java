package org.dmspilot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.CliScriptExport;
import org.dmspilot.core.dms.CloudFormationExport;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dms export}: the plan as a CloudFormation template or an AWS CLI script (no password in either). */
@Command(name = "export", description = "Export the plan as CloudFormation or an AWS CLI script.",
        mixinStandardHelpOptions = true)
final class DmsExportCommand implements Callable<Integer> {
    /** Export formats: CloudFormation as JSON or YAML, or a bash script of AWS CLI calls. */
    enum Format { cloudformation, yaml, cli }

    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--format", required = true, description = "cloudformation (JSON), yaml (CloudFormation as YAML) or cli.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        Project project = options.loadProject();
        DmsPlan plan = options.plan(project, options.loadState(project));
        String text = switch (format) {
            case cloudformation -> CloudFormationExport.render(plan) + "\n";
            case yaml -> CloudFormationExport.renderYaml(plan);
            case cli -> CliScriptExport.render(plan);
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(out, text);
            if (format == Format.cli) {
                out.toFile().setExecutable(true);
            }
        } catch (IOException e) {
            throw new DmsPilotException("Could not write " + out + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("Wrote " + out);
        return ExitCodes.OK;
    }
}
