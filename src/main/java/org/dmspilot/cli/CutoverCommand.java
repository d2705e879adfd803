package org.dmspilot.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.cutover.LocalCutoverBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmspilot cutover}: the cutover of a local-engine migration (running as {@code dmspilot migrate} here or in
 * another process): checklist from the metrics the engine writes to the target, the validator and real row counts,
 * then the guided steps; the engine is stopped through the target's checkpoint.
 */
@Command(name = "cutover", description = "Evaluate the cutover checklist of a local-engine migration and guide the"
        + " cutover step by step.", mixinStandardHelpOptions = true)
final class CutoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CutoverConsole console;

    @Mixin
    EngineOptions db;

    @Option(names = "--threshold", defaultValue = "5", description = "Target latency threshold in seconds "
            + "(default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--stable-seconds", defaultValue = "300", description = "How long the target latency must have"
            + " stayed below the threshold (default ${DEFAULT-VALUE} s).")
    long stableSeconds;

    @Option(names = "--log", paramLabel = "FILE", description = "Cutover log (default: <schema>.cutover-log.jsonl in"
            + " the current directory).")
    Path log;

    @Option(names = "--fallback", negatable = true, description = "At the switch step, prepare the fallback"
            + " (PostgreSQL's changes kept for the source from that moment; run `dmspilot fallback start`) without"
            + " asking; --no-fallback: do not offer it. Default: ask (with --yes: do not prepare).")
    Boolean fallback;

    @Override
    public Integer call() {
        ParsedConnection src = db.src();
        ParsedConnection tgt = db.tgt();
        String sourceSchema = db.schema();
        var sourceFactory = EngineConnections.factory(src);
        var targetFactory = EngineConnections.factory(tgt);
        Path logFile = log != null ? log : Path.of(sourceSchema + ".cutover-log.jsonl");
        try (CutoverRun run = new CutoverRun(new LocalCutoverBackend(sourceFactory, targetFactory, sourceSchema,
                Duration.ofSeconds(60), db.selection()), new CutoverConnections(sourceFactory, targetFactory, sourceSchema,
                tgt.profile()), CutoverLog.openFile(logFile), CutoverSettings.localEngine().with(threshold,
                Duration.ofSeconds(stableSeconds)), DrainSettings.defaults())) {
            return console.run(run, spec.commandLine().getOut(), spec.commandLine().getErr(), Prompts.stdin(),
                    (out, in, yes) -> offerFallback(out, in, yes, db.fallback()));
        }
    }

    /** Before the application writes to PostgreSQL: the slot must exist, or a rollback later loses its writes. */
    private void offerFallback(java.io.PrintWriter out, java.io.BufferedReader in, boolean yes,
            org.dmspilot.core.fallback.Fallback f) {
        if (Boolean.FALSE.equals(fallback)) {
            return;
        }
        out.println("  Fallback: prepare the way back now (a logical slot keeps PostgreSQL's changes for the source"
                + " from this moment)? Without it, a rollback after the switch loses every write made on PostgreSQL.");
        boolean prepare = Boolean.TRUE.equals(fallback) || !yes && Prompts.confirm(out, in, "  Prepare the fallback?");
        if (!prepare) {
            out.println("  Fallback not prepared.");
            return;
        }
        f.prepare().forEach(l -> out.println("    " + l));
        out.println("  Run `dmspilot fallback start --source ... --target ...` to apply them to the source;"
                + " `dmspilot fallback status` shows its state and lag.");
    }
}
