package org.dmspilot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmspilot.core.fallback.Fallback;
import org.dmspilot.core.fallback.FallbackReadiness;
import org.dmspilot.core.fallback.FallbackStatus;
import org.dmspilot.core.fallback.FallbackStream;
import org.dmspilot.core.fallback.Rollback;
import org.dmspilot.core.fallback.UnappliedWrites;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmspilot fallback check|start|status|stop|rollback}: the way back after the switch, PostgreSQL's changes
 * replicated into the MySQL/MariaDB source (see docs/fallback.md).
 */
@Command(name = "fallback", description = "Replicate PostgreSQL's changes back into the source after the switch, and"
        + " roll back to it without losing a write.", mixinStandardHelpOptions = true,
        subcommands = {FallbackCommand.Check.class, FallbackCommand.Start.class, FallbackCommand.Status.class,
            FallbackCommand.Stop.class, FallbackCommand.RollBack.class})
final class FallbackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** A fallback verb: the source and target options, and the command's output (flushed when the verb ends). */
    abstract static class Verb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        EngineOptions db;

        @Override
        public final Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                return run(out);
            } finally {
                out.flush();
            }
        }

        abstract int run(PrintWriter out);
    }

    static boolean print(PrintWriter out, List<CheckResult> results) {
        for (CheckResult r : results) {
            out.printf("  [%-4s] %s: %s%n", r.status(), r.title(), r.found());
            if (r.status() != CheckStatus.PASS && !r.fix().isBlank()) {
                r.fix().lines().forEach(l -> out.println("         " + l));
            }
        }
        return results.stream().noneMatch(r -> r.status() == CheckStatus.FAIL);
    }

    @Command(name = "check", description = "Readiness for the way back, with the SQL that fixes each finding; exit 0"
            + " when nothing fails.", mixinStandardHelpOptions = true)
    static final class Check extends Verb {
        @Override
        int run(PrintWriter out) {
            out.println("Fallback readiness of " + db.schema() + ":");
            boolean ok = print(out, FallbackReadiness.check(EngineConnections.factory(db.src()),
                    EngineConnections.factory(db.tgt()), db.schema(), EngineConnections.selection(db.tableMappings)));
            return ok ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    @Command(name = "start", description = "Prepare the fallback (publication, slot, MySQL triggers set aside) and run"
            + " the stream until stopped (Ctrl-C / SIGTERM / fallback stop); a second run resumes exactly once.",
            mixinStandardHelpOptions = true)
    static final class Start extends Verb {
        @Option(names = "--apply-fixes", description = "Apply the readiness fixes DMS Pilot may make on the target"
                + " (REPLICA IDENTITY FULL, fractional-second triggers) before starting.")
        boolean applyFixes;

        @Option(names = "--force", description = "Start although a readiness check fails.")
        boolean force;

        @Option(names = "--batch-rows", defaultValue = "5000", description = "Row changes per MySQL transaction at"
                + " most (whole PostgreSQL transactions; default ${DEFAULT-VALUE}).")
        int batchRows;

        @Override
        int run(PrintWriter out) {
            PrintWriter err = spec.commandLine().getErr();
            var source = EngineConnections.factory(db.src());
            var target = EngineConnections.factory(db.tgt());
            var selection = EngineConnections.selection(db.tableMappings);
            Fallback fallback = db.fallback();
            if (fallback.status().state() == FallbackStatus.State.NOT_STARTED) {
                List<CheckResult> checks = FallbackReadiness.check(source, target, db.schema(), selection);
                if (applyFixes) {
                    FallbackReadiness.applyTargetFixes(target, checks).forEach(t -> out.println("Fixed: " + t));
                    checks = FallbackReadiness.check(source, target, db.schema(), selection);
                }
                out.println("Fallback readiness of " + db.schema() + ":");
                if (!print(out, checks) && !force) {
                    out.println("A check fails: fix it (--apply-fixes applies the target-side fixes) or --force.");
                    return ExitCodes.FAILED;
                }
            }
            fallback.prepare().forEach(l -> out.println("Prepared: " + l));
            out.flush();
            FallbackStream stream = new FallbackStream(source, target, db.replication(), db.schema(), selection,
                    batchRows);
            out.println("Fallback stream running: PostgreSQL → " + db.src().profile().describe() + ".");
            out.flush();
            UntilSignal.run(stream::run, stream::stop, err,
                    "Stopping the fallback stream (signal received): finishing the current batch...");
            out.println("Fallback stream stopped; the checkpoint in dmspilot.fallback_checkpoint says where it"
                    + " resumes.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", description = "State, lag and WAL held by the slot; when not running, the writes a"
            + " rollback would lose. Exit 0 when running.", mixinStandardHelpOptions = true)
    static final class Status extends Verb {
        @Override
        int run(PrintWriter out) {
            Fallback fallback = db.fallback();
            FallbackStatus s = fallback.status();
            out.println("Fallback of " + db.schema() + ": " + s.state().name().toLowerCase().replace('_', ' ')
                    + (s.message() == null ? "" : " (" + s.message() + ")"));
            out.println("  applied up to " + s.appliedLsn() + ", " + s.appliedChanges() + " changes; lag "
                    + s.lagMillis() + " ms; slot holds " + (s.pendingBytes() < 0 ? "-" : s.pendingBytes() + " bytes"));
            if (!s.inSync() && s.state() != FallbackStatus.State.ROLLED_BACK) {
                out.println("A rollback now would lose these PostgreSQL writes:");
                UnappliedWrites.describe(fallback).forEach(l -> out.println("  " + l));
            }
            return s.inSync() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    @Command(name = "stop", description = "Ask the running stream to stop (the slot keeps the changes); --remove also"
            + " drops slot and publication and restores the MySQL triggers.", mixinStandardHelpOptions = true)
    static final class Stop extends Verb {
        @Option(names = "--remove", description = "Remove the fallback (the application stays on PostgreSQL).")
        boolean remove;

        @Override
        int run(PrintWriter out) {
            Fallback fallback = db.fallback();
            fallback.requestStop();
            FallbackStatus s = fallback.awaitStopped(Duration.ofSeconds(30));
            out.println("Fallback stream: " + s.state().name().toLowerCase());
            if (remove) {
                fallback.remove();
                out.println("Slot and publication dropped, MySQL triggers restored.");
            }
            return s.state() == FallbackStatus.State.RUNNING ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    @Command(name = "rollback", description = "Roll back to the source: stop writes on PostgreSQL, drain, stop the"
            + " stream, restore triggers, move the forward checkpoint, lift read_only; refuses unless the stream"
            + " runs.", mixinStandardHelpOptions = true)
    static final class RollBack extends Verb {
        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Option(names = "--drain-seconds", defaultValue = "300", description = "How long to wait for the drain.")
        long drainSeconds;

        @Override
        int run(PrintWriter out) {
            Fallback fallback = db.fallback();
            FallbackStatus s = fallback.status();
            if (!s.inSync()) {
                out.println("The fallback stream is " + s.state().name().toLowerCase() + ": a rollback now loses"
                        + " these PostgreSQL writes:");
                UnappliedWrites.describe(fallback).forEach(l -> out.println("  " + l));
                out.println("Start the stream (dmspilot fallback start) and roll back when it runs.");
                return ExitCodes.FAILED;
            }
            out.println("Rollback: PostgreSQL becomes read-only and its client sessions are ended; the source gets"
                    + " every write and becomes writable.");
            if (!yes && !Prompts.confirm(out, Prompts.stdin(), "Roll back to the source now?")) {
                return ExitCodes.FAILED;
            }
            Rollback.Result r = Rollback.run(fallback, db.src().profile(), Duration.ofSeconds(drainSeconds),
                    new ConsoleProgress(spec.commandLine().getErr()));
            r.steps().forEach(l -> out.println("  " + l));
            out.println("Point the application at the source again:");
            r.connectionStrings().forEach(l -> out.println("  " + l));
            out.println("PostgreSQL stays read-only (ALTER DATABASE ... RESET default_transaction_read_only lifts it);"
                    + " `dmspilot migrate --mode cdc` resumes the forward replication at " + r.forwardPosition() + ".");
            return ExitCodes.OK;
        }
    }
}
