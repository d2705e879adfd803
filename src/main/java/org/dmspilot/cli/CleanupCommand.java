package org.dmspilot.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.dmspilot.core.engine.LocalCleanup;
import org.dmspilot.model.ConnectionRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmspilot cleanup --local --target URL}: after a local migration, drops the engine's bookkeeping schema
 * {@code dmspilot} on the target, after listing it and asking (AWS resources: {@code dmspilot dms cleanup}).
 */
@Command(name = "cleanup", mixinStandardHelpOptions = true, description = {"After a local migration: list, then"
        + " drop the local engine's bookkeeping schema 'dmspilot' on the target (checkpoints, deferred DDL, CDC"
        + " metrics). Refused while the engine works on the target or while deferred indexes wait to be rebuilt.",
        "AWS resources are cleaned up by 'dmspilot dms cleanup'."})
final class CleanupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--local", required = true, description = "Clean up after the local engine (the only kind here).")
    boolean local;

    @Option(names = "--target", required = true, paramLabel = "URL",
            description = "jdbc:postgresql://host:port/db?user=..")
    String target;

    @Option(names = "--yes", description = "Drop without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Only list what would be dropped.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Connection c = EngineConnections.factory(EngineConnections.parse(target, ConnectionRole.TARGET))
                .open()) {
            LocalCleanup.Plan plan = LocalCleanup.plan(c);
            if (!plan.exists()) {
                out.println("Nothing to clean up: the target has no dmspilot schema.");
                return ExitCodes.OK;
            }
            out.println("The local engine's bookkeeping on the target (schema dmspilot):");
            plan.objects().forEach(o -> out.println("  " + o));
            plan.tasks().forEach(t -> out.println("  task " + t));
            out.println("The migrated schemas and their data are not touched.");
            if (!plan.refusals().isEmpty()) {
                plan.refusals().forEach(r -> out.println("Refused: " + r));
                return ExitCodes.FAILED;
            }
            if (dryRun) {
                return ExitCodes.OK;
            }
            if (!yes && !Prompts.confirm(out, Prompts.stdin(), "Drop schema dmspilot?")) {
                out.println("Nothing dropped.");
                return ExitCodes.FAILED;
            }
            LocalCleanup.drop(c);
            out.println("Dropped schema dmspilot.");
            return ExitCodes.OK;
        }
    }
}
