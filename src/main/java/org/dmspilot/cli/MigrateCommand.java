package org.dmspilot.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.LoadResult;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.migrate.LocalMigrationSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code dmspilot migrate}: the local engine's full load, CDC, or both. */
@Command(name = "migrate", description = "Full load and/or binlog CDC into PostgreSQL with the local engine; CDC runs until stopped"
        + " (Ctrl-C / SIGTERM stop it cleanly) and a second run resumes from the checkpoint.",
        mixinStandardHelpOptions = true)
final class MigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions db;

    @Option(names = "--mode", defaultValue = "full-load", description = "full-load | cdc | full-load-and-cdc")
    String mode;

    @Option(names = "--workers", defaultValue = "4", description = "Parallel workers (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--chunk-rows", defaultValue = "250000", description = "Rows per primary-key chunk.")
    long chunkRows;

    @Option(names = "--restart", description = "Reload from scratch even when the checkpoint says the full load"
            + " finished (full-load-and-cdc), or restart CDC at the source's current position (cdc).")
    boolean restart;

    @Option(names = "--batch-rows", defaultValue = "10000",
            description = "CDC: row changes per target transaction at most (default ${DEFAULT-VALUE}).")
    int batchRows;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Optional<LocalMigration.Mode> parsedMode = LocalMigration.Mode.of(mode);
        if (parsedMode.isEmpty()) {
            err.println("--mode must be full-load, cdc or full-load-and-cdc, not " + mode);
            return ExitCodes.USAGE;
        }
        if (workers < 1 || batchRows < 1) {
            err.println("--workers and --batch-rows must be at least 1");
            return ExitCodes.USAGE;
        }
        ParsedConnection src = db.src();
        ParsedConnection tgt = db.tgt();
        // the mappings are checked before any connection, conversion or load
        org.dmspilot.core.engine.TableSelection selection = db.selection();
        Optional<String> unsupported = LocalMigrationSetup.unsupported(src.profile(), parsedMode.get());
        if (unsupported.isPresent()) {
            err.println(unsupported.get());
            return ExitCodes.NOT_AVAILABLE;
        }
        LoadOptions options = LoadOptions.defaults().withWorkers(workers).withChunkRows(chunkRows);
        CdcOptions cdc = new CdcOptions(batchRows, Math.max(batchRows, CdcOptions.defaults().maxPendingRows()),
                CdcOptions.defaults().heartbeatMillis(), CdcOptions.defaults().maxBackoffMillis());
        String sourceSchema = db.schema();
        LocalMigrationSetup setup = LocalMigrationSetup.of(new LocalMigrationSetup.Request(src.profile(),
                src.password(), tgt.profile(), tgt.password(), sourceSchema, parsedMode.get(), options, cdc, restart,
                selection));
        ConsoleProgress progress = new ConsoleProgress(err);
        var applied = setup.prepareTarget(progress);
        applied.ifPresent(o -> {
            out.println("Converted " + sourceSchema + " and applied " + o.applied() + " of " + o.total()
                    + " statements to " + tgt.profile().describe() + ".");
            if (!o.complete()) {
                err.println("Not applied (" + o.failedObjects().size() + " objects PostgreSQL refused; the"
                        + " migration goes on with the rest):");
                o.items().forEach(i -> err.println("  " + i.object() + ": " + i.message()));
                err.flush();
            }
        });
        LocalMigration migration = setup.migration();
        UntilSignal.run(() -> migration.run(progress), migration::stop, err,
                "Stopping (signal received): finishing the current batch...");
        migration.loadResult().ifPresent(result -> {
            out.println("Loaded " + result.totalRows() + " rows in " + result.rowsByTable().size() + " tables in "
                    + result.millis() + " ms; rebuilt " + result.deferredObjects() + " indexes and constraints"
                    + (result.complete() ? "." : "; " + result.notLoaded().size() + " tables not loaded (below)."));
            out.println("CDC start position: " + result.start().map(Object::toString).orElse("none (no binlog)")
                    + " (recorded in dmspilot.checkpoint).");
        });
        migration.metrics().ifPresent(m -> out.println("CDC stopped after " + m.appliedChanges()
                + " changes applied; the checkpoint in dmspilot.checkpoint says where the next run resumes."));
        out.flush();
        LoadResult partial = migration.loadResult().filter(r -> !r.complete()).orElse(null);
        if (partial != null) {
            err.println("Not loaded (" + partial.notLoaded().size() + " tables, left empty and paused for CDC):");
            partial.notLoaded().values().forEach(why -> err.println("  " + why));
            partial.keptAside().forEach(fk -> err.println("  Foreign key kept aside until its table"
                    + " loads: " + fk));
            err.flush();
            return ExitCodes.FAILED;
        }
        return applied.map(SchemaApplier.Outcome::complete).orElse(true) ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
