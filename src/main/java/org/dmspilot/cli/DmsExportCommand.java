package org.dmspilot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.project.AtomicFiles;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.dms.CliScriptExport;
import org.dmspilot.core.dms.CloudFormationExport;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.model.project.Project;
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

    private static boolean isSameFile(Path a, Path b) {
        try {
            return b != null && Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Integer call() {
        if (out != null && (ProjectFiles.isProjectFile(out) || isSameFile(out, options.project))) {
            throw new BadInputException("Not writing the export over " + out + ": it is a DMS Pilot project file."
                    + " Choose another --out file.");
        }
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
        AtomicFiles.write(out, text);
        if (format == Format.cli) {
            out.toFile().setExecutable(true);
        }
        spec.commandLine().getErr().println("Wrote " + out);
        return ExitCodes.OK;
    }
}
