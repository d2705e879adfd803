package org.dmspilot.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.LoadResult;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.model.ConnectionRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot migrate}: the local engine's full load (CDC comes later). */
@Command(name = "migrate", description = "Full load (CDC: not built yet) into PostgreSQL with the local engine.",
        mixinStandardHelpOptions = true)
final class MigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "URL", description = "jdbc:mysql://host:port/db?user=..")
    String source;

    @Option(names = "--target", required = true, paramLabel = "URL",
            description = "jdbc:postgresql://host:port/db?user=..")
    String target;

    @Option(names = "--schema", description = "Source schema (default: the source URL's database).")
    String schema;

    @Option(names = "--mode", defaultValue = "full-load", description = "full-load | cdc | full-load-and-cdc")
    String mode;

    @Option(names = "--workers", defaultValue = "4", description = "Parallel workers (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--chunk-rows", defaultValue = "250000", description = "Rows per primary-key chunk.")
    long chunkRows;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (mode.equals("cdc") || mode.equals("full-load-and-cdc")) {
            err.println("--mode " + mode + ": CDC (binlog replication) is not built yet in this version;"
                    + " use --mode full-load.");
            return ExitCodes.NOT_AVAILABLE;
        }
        if (!mode.equals("full-load")) {
            err.println("--mode must be full-load, cdc or full-load-and-cdc, not " + mode);
            return ExitCodes.USAGE;
        }
        if (workers < 1) {
            err.println("--workers must be at least 1");
            return ExitCodes.USAGE;
        }
        ParsedConnection src = EngineConnections.parse(source, ConnectionRole.SOURCE);
        ParsedConnection tgt = EngineConnections.parse(target, ConnectionRole.TARGET);
        String sourceSchema = EngineConnections.schema(schema, src);
        ConnectionFactory sourceFactory = EngineConnections.factory(src);
        ConnectionFactory targetFactory = EngineConnections.factory(tgt);
        ConsoleProgress progress = new ConsoleProgress(err);
        try (Connection s = sourceFactory.open(); Connection t = targetFactory.open()) {
            if (!TargetSchema.exists(t, sourceSchema)) {
                int n = TargetSchema.convertAndApply(s, t, sourceSchema, src.profile().describe(), progress);
                out.println("Converted " + sourceSchema + " and applied " + n + " statements to "
                        + tgt.profile().describe() + ".");
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not prepare the target schema: " + e.getMessage(), e);
        }
        LoadOptions options = LoadOptions.defaults().withWorkers(workers).withChunkRows(chunkRows);
        LoadResult result = new FullLoad(sourceFactory, targetFactory, options).run(sourceSchema, progress);
        out.println("Loaded " + result.totalRows() + " rows in " + result.rowsByTable().size() + " tables in "
                + result.millis() + " ms; rebuilt " + result.deferredObjects() + " indexes and constraints.");
        out.println("CDC start position: " + result.start().map(Object::toString).orElse("none (no binlog)")
                + " (recorded in dmspilot.checkpoint).");
        out.flush();
        return ExitCodes.OK;
    }
}
