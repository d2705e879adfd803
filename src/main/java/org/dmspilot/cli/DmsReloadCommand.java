package org.dmspilot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.model.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dms reload}: reload chosen tables of the running task (their data, or only their validation). */
@Command(name = "reload", description = "Reload tables of the running task (ReloadTables).",
        mixinStandardHelpOptions = true)
final class DmsReloadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DmsCliOptions options;

    @Option(names = "--validate-only", description = "Validate the tables again without reloading their data.")
    boolean validateOnly;

    @Override
    public Integer call() {
        List<String> tables = options.tables;
        if (tables.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Name the tables to reload with --table schema.table.");
        }
        Project project = options.loadProject();
        DmsState state = options.loadState(project);
        try (AwsClients aws = new AwsClients(options.aws(state))) {
            new DmsTasks(aws, options.timing(), DmsCliOptions.stderr(spec.commandLine().getErr()))
                    .reload(options.plan(project, state), state, tables, validateOnly);
            spec.commandLine().getOut().println((validateOnly ? "Validating again: " : "Reloading: ")
                    + String.join(", ", tables));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
