package org.dmspilot.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.conversion.Conversions;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.convert.SqlScriptWriter;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionOptions;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConversionSettings;
import org.dmspilot.model.convert.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot convert}: MySQL schema → PostgreSQL scripts, optionally applied to the target. */
@Command(name = "convert", description = "Convert a MySQL schema to PostgreSQL.", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "URL|DUMP|PROJECT",
            description = "jdbc:mysql://host:port/db?user=..&password=.., a mysqldump file, or a project file.")
    String source;

    @Option(names = "--schema", description = "Only this schema (database).")
    String schema;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the SQL scripts go.")
    Path out;

    @Option(names = "--layout", defaultValue = "single",
            description = "single (one file), stages (one file per stage), statements (one file per statement).")
    String layout;

    @Option(names = "--enum", defaultValue = "type", description = "ENUM columns as an enum 'type' or 'check'ed"
            + " text.")
    String enumStrategy;

    @Option(names = "--project", paramLabel = "FILE",
            description = "Take the mapping rules and options stored in this project file.")
    Path project;

    @Option(names = "--table-mappings", paramLabel = "FILE", description = "DMS table-mappings JSON whose rules"
            + " the conversion applies (table and column renames, remove-column, change-data-type, exclusions),"
            + " after those of --project; migrate and validate follow the same file.")
    Path tableMappings;

    @Option(names = "--apply", description = "Apply the converted schema to --target: each object in its own"
            + " savepoint; an object PostgreSQL refuses becomes a critical action item and the rest is applied.")
    boolean apply;

    @Option(names = "--all-or-nothing", description = "With --apply: one transaction; the first refused statement"
            + " rolls everything back.")
    boolean allOrNothing;

    @Option(names = "--target", paramLabel = "URL", description = "jdbc:postgresql://host:port/db?user=..")
    String target;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var outWriter = spec.commandLine().getOut();
        if (apply && target == null) {
            err.println("--apply needs --target jdbc:postgresql://...");
            return ExitCodes.USAGE;
        }
        ConsoleProgress progress = new ConsoleProgress(err);
        SourceArgument.Loaded loaded = SourceArgument.load(source, schema, progress);
        ConversionSettings settings = project == null ? ConversionSettings.defaults()
                : ProjectFiles.load(project).conversion();
        if (tableMappings != null) {
            List<org.dmspilot.model.convert.MappingRule> all = new java.util.ArrayList<>(settings.rules());
            all.addAll(EngineConnections.selection(tableMappings).mapping().rules());
            settings = settings.withRules(all);
        }
        if (enumStrategy.equalsIgnoreCase("check")) {
            ConversionOptions options = settings.options();
            settings = settings.withOptions(new ConversionOptions(ConversionOptions.EnumStrategy.CHECK_CONSTRAINT,
                    options.tinyintOneAsBoolean(), options.caseInsensitive()));
        }
        ConversionResult result = convert(loaded, settings, progress);
        var files = SqlScriptWriter.write(result.statements(), out, layout(), "DMS Pilot conversion of "
                + JdbcUrls.redact(source));
        outWriter.println("Wrote " + files.size() + " file(s) to " + out + ": " + result.statements().size()
                + " statements.");
        printActionItems(result.actionItems(), outWriter);
        if (apply) {
            ParsedConnection t = JdbcUrls.parse(target, ConnectionRole.TARGET);
            try (ConnectionHandle handle = new DatabaseConnector().open(t.profile(), t.password())) {
                if (allOrNothing) {
                    int n = SchemaApplier.apply(handle.connection(), result.statements(), progress);
                    outWriter.println("Applied " + n + " statements to " + t.profile().describe()
                            + " in one transaction.");
                } else {
                    SchemaApplier.Outcome outcome = SchemaApplier.applyEach(handle.connection(),
                            result.statements(), progress);
                    outWriter.println("Applied " + outcome.applied() + " of " + outcome.total() + " statements to "
                            + t.profile().describe() + ".");
                    if (!outcome.complete()) {
                        outWriter.println("Not applied (" + outcome.failedObjects().size() + " objects):");
                        printActionItems(outcome.items(), outWriter);
                        outWriter.flush();
                        return ExitCodes.FAILED;
                    }
                }
            }
        }
        outWriter.flush();
        return ExitCodes.OK;
    }

    private static ConversionResult convert(SourceArgument.Loaded loaded, ConversionSettings settings,
            ConsoleProgress progress) {
        if (loaded.live().isEmpty()) {
            return Conversions.convert(loaded.catalog(), settings, new SqlPrograms(), null, progress);
        }
        ParsedConnection live = loaded.live().get();
        try (ConnectionHandle handle = new DatabaseConnector().open(live.profile(), live.password())) {
            return Conversions.convert(loaded.catalog(), settings, new SqlPrograms(), handle.connection(), progress);
        }
    }

    private SqlScriptWriter.Layout layout() {
        return switch (layout.toLowerCase()) {
            case "single" -> SqlScriptWriter.Layout.SINGLE;
            case "stages" -> SqlScriptWriter.Layout.STAGES;
            case "statements" -> SqlScriptWriter.Layout.STATEMENTS;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--layout must be single, stages or statements, not " + layout);
        };
    }

    private static void printActionItems(List<ActionItem> items, java.io.PrintWriter out) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        items.forEach(i -> bySeverity.merge(i.severity(), 1, Integer::sum));
        out.println("Action items: " + items.size() + (items.isEmpty() ? "" : " " + bySeverity));
        for (ActionItem i : items) {
            out.println("  " + i.severity().name().toLowerCase() + "  " + i.code() + "  " + i.object() + ": "
                    + i.message());
        }
    }
}
