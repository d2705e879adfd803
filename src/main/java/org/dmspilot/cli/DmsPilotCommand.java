package org.dmspilot.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dmspilot.core.project.OpenRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The root command. Without a subcommand it opens the desktop application (through the launcher {@code Main} hands
 * in, so the CLI never depends on the GUI).
 */
@Command(name = "dmspilot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DMS Pilot: migrate MySQL/MariaDB to PostgreSQL / Aurora PostgreSQL.%n"
                + "Without a command, opens the desktop application.",
        subcommands = {SandboxCommand.class, CatalogCommand.class, ReadinessCommand.class, ConvertCommand.class,
                AssessCommand.class, MigrateCommand.class, ValidateCommand.class, DmsCommand.class,
                CutoverCommand.class, FallbackCommand.class, MappingsCommand.class, CleanupCommand.class,
                CommandLine.HelpCommand.class})
public final class DmsPilotCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DmsPilotCommand.class);
    private final Consumer<OpenRequest> guiLauncher;

    @Option(names = "--sandbox", description = "Open the application on the sandbox project (starts the sandbox).")
    boolean sandbox;

    @Option(names = "--project", paramLabel = "FILE", description = "Open the application on this project file.")
    java.nio.file.Path project;

    /** What a desktop entry or file manager passes: {@code dmspilot shop.dmspilot.json}. */
    @Parameters(arity = "0..1", paramLabel = "PROJECT_FILE", description = "Open the application on this project file"
            + " (the same as --project).")
    java.nio.file.Path projectFile;

    /** For picocli's build-time tools (man pages, shell completion), which only read the commands. */
    DmsPilotCommand() {
        this(request -> {
            throw new IllegalStateException("No desktop application in this process");
        });
    }

    public DmsPilotCommand(Consumer<OpenRequest> guiLauncher) {
        this.guiLauncher = guiLauncher;
    }

    @Override
    public Integer call() {
        guiLauncher.accept(new OpenRequest(sandbox, project != null ? project : projectFile));
        return ExitCodes.OK;
    }

    /** Builds the command line with the shared exception handling: user-facing messages, no stack traces. */
    public static CommandLine commandLine(Consumer<OpenRequest> guiLauncher) {
        CommandLine cl = new CommandLine(new DmsPilotCommand(guiLauncher));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(errorLine(ex));
            commandLine.getErr().flush();
            if (!(ex instanceof org.dmspilot.core.DmsPilotException)) {
                LOG.error("Unexpected failure of {}", commandLine.getCommandName(), ex);
            }
            return ex instanceof org.dmspilot.core.BadInputException ? ExitCodes.USAGE : ExitCodes.ERROR;
        });
        return cl;
    }

    /**
     * The one line printed for a failure: the user message of a project exception, otherwise what failed without a
     * stack trace (the trace goes to the log). Secrets in either are masked.
     */
    static String errorLine(Exception ex) {
        String message = ex instanceof org.dmspilot.core.DmsPilotException ? ex.getMessage()
                : "unexpected internal error (" + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                        + "); details are in the log. Please report it.";
        return "Error: " + org.dmspilot.core.connect.UrlRedaction.redact(message);
    }
}
