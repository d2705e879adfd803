package org.dmspilot.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code dms reload}: reload chosen tables of the running task (their data, or only their validation). */
@Command(name = "reload", description = "Reload tables of the running task (ReloadTables).",
        mixinStandardHelpOptions = true)
final class DmsReloadCommand extends DmsTaskVerb {
    @Option(names = "--validate-only", description = "Validate the tables again without reloading their data.")
    boolean validateOnly;

    @Override
    public Integer call() {
        List<String> tables = options.tables;
        if (tables.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Name the tables to reload with --table schema.table.");
        }
        return onTask((tasks, plan, state) -> {
            tasks.reload(plan, state, tables, validateOnly);
            spec.commandLine().getOut().println((validateOnly ? "Validating again: " : "Reloading: ")
                    + String.join(", ", tables));
            spec.commandLine().getOut().flush();
            return null;
        });
    }
}
