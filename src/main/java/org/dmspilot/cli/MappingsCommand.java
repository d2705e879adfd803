package org.dmspilot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.mapping.MappingDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmspilot mappings check FILE}: the table-mappings document the GUI's rules editor writes, checked as DMS and
 * the local engine read it (grammar with line and column, an include rule, transformations the engine applies),
 * its rules listed one per line.
 */
@Command(name = "mappings", description = "Work with DMS table-mappings JSON (selection, transformation and filter"
        + " rules).", mixinStandardHelpOptions = true, subcommands = MappingsCommand.Check.class)
final class MappingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    @Command(name = "check", description = "Check a table-mappings file as DMS and the local engine read it and"
            + " list its rules; exit 0 when valid, 2 with the line and column of the first error.",
            mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The table-mappings JSON file.")
        Path file;

        @Override
        public Integer call() {
            String json;
            try {
                json = Files.readString(file);
            } catch (java.io.IOException e) {
                throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            List<MappingDocument.Rule> rules = MappingDocument.parse(json, file.toString());
            TableSelection selection = TableSelection.fromTableMappings(json, file.toString());
            var out = spec.commandLine().getOut();
            for (MappingDocument.Rule r : rules) {
                out.println(r.id() + "  " + r.describe());
            }
            out.println(file + ": valid, " + rules.size() + " rule(s)" + (selection.hasRowFilters()
                    ? "; row filters apply to a full load (the local engine refuses them with CDC)" : "") + ".");
            return ExitCodes.OK;
        }
    }
}
