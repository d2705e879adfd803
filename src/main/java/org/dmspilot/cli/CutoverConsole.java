package org.dmspilot.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CheckState;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.cutover.CutoverChecklist;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.ReadOnlyMethod;
import org.dmspilot.core.progress.ProgressListener;
import picocli.CommandLine.Option;

/**
 * The guided cutover on a terminal, for any backend: prints the checklist with its evidence, then each remaining
 * step with its explanation, asks for confirmation (unless {@code --yes}), runs it and prints its evidence. Results
 * go to stdout, progress to stderr.
 */
final class CutoverConsole {
    @Option(names = "--yes", description = "Confirm every step without asking (non-interactive).")
    boolean yes;

    @Option(names = "--force", description = "Cut over although the checklist does not pass (logged).")
    boolean force;

    @Option(names = "--read-only-method", defaultValue = "READ_ONLY", description = "How to stop writes on the "
            + "source: READ_ONLY, SUPER_READ_ONLY (MySQL) or TOOL_LOCK (held while this command runs); default "
            + "${DEFAULT-VALUE}.")
    ReadOnlyMethod readOnlyMethod;

    @Option(names = "--checklist-only", description = "Print the checklist and exit: 0 when it passes, 1 when not.")
    boolean checklistOnly;

    @Option(names = "--lift-read-only", description = "Rollback: lift read-only on the source and start over.")
    boolean liftReadOnly;

    /** Offered before the step that switches the application (the local engine's fallback). */
    interface BeforeSwitch {
        void offer(PrintWriter out, BufferedReader in, boolean yes);
    }

    /** Runs the cutover; the exit code. */
    int run(CutoverRun run, PrintWriter out, PrintWriter err, BufferedReader in) {
        return run(run, out, err, in, null);
    }

    /** Runs the cutover, offering {@code beforeSwitch} (if any) just before the switch step; the exit code. */
    int run(CutoverRun run, PrintWriter out, PrintWriter err, BufferedReader in, BeforeSwitch beforeSwitch) {
        ProgressListener progress = new ConsoleProgress(err);
        out.println("Cutover of " + run.describe() + " (log: " + run.log().file() + ")");
        if (liftReadOnly) {
            Optional<String> warning = run.rollbackWarning();
            if (warning.isPresent()) {
                out.println(warning.get());
                if (!confirm(out, in, "  Lift read-only anyway?")) {
                    run.log().append(CutoverLog.ROLLBACK, CutoverLog.Outcome.REFUSED, "Rollback after the switch"
                            + " declined by the user", List.of());
                    out.println("Read-only stays on: nothing was changed.");
                    out.flush();
                    return ExitCodes.FAILED;
                }
            }
            run.liftReadOnly(warning.isPresent(), progress);
            out.println("Read-only lifted on the source: the application may write to it again.");
            out.println(run.rollbackGuidance());
            out.flush();
            return ExitCodes.OK;
        }
        List<ChecklistItem> items = run.checklist(progress);
        out.println("Checklist:");
        for (ChecklistItem i : items) {
            out.printf("  [%-7s] %s: %s%n", i.state(), i.title(), i.evidence());
        }
        boolean ready = CutoverChecklist.ready(items);
        if (checklistOnly || !ready && !force && !run.log().isDone(CutoverStep.READ_ONLY)) {
            out.println(ready ? "The checklist passes." : "The checklist does not pass: the cutover is refused"
                    + (items.stream().anyMatch(i -> i.state() == CheckState.FAIL) ? "." : " until it does.")
                    + " (--force overrides it; that is logged.)");
            out.flush();
            return ready ? ExitCodes.OK : ExitCodes.FAILED;
        }
        CutoverRun.StepOptions options = new CutoverRun.StepOptions(readOnlyMethod, force);
        for (Optional<CutoverStep> next = run.next(); next.isPresent(); next = run.next()) {
            CutoverStep step = next.get();
            out.println();
            out.println("Step " + step.number() + "/" + CutoverStep.values().length + ": " + step.title());
            out.println("  " + step.explanation());
            if (step == CutoverStep.READ_ONLY) {
                out.println("  Method " + readOnlyMethod.label() + ": " + readOnlyMethod.tradeOffs());
            }
            if (step == CutoverStep.CONNECTION && beforeSwitch != null) {
                beforeSwitch.offer(out, in, yes);
            }
            if (!confirm(out, in, "  Run this step?")) {
                out.println("Stopped before step " + step.number() + ". Run the command again to resume.");
                out.println("Rollback: " + run.rollbackGuidance());
                out.flush();
                return ExitCodes.FAILED;
            }
            CutoverLog.Entry result;
            try {
                result = run.run(step, options, progress);
            } catch (DmsPilotException e) {
                out.println("  FAILED: " + e.getMessage());
                out.println("Rollback: " + run.rollbackGuidance());
                out.flush();
                throw e;
            }
            out.println("  " + result.outcome() + ": " + result.message());
            result.evidence().forEach(e -> out.println("    " + e));
            if (result.outcome() != CutoverLog.Outcome.DONE) {
                out.println("Rollback: " + run.rollbackGuidance());
                out.flush();
                return ExitCodes.FAILED;
            }
            out.flush();
        }
        out.println();
        out.println("Cutover complete. The application should now use:");
        out.println(run.applicationConnection().lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b)
                .orElse(""));
        if (readOnlyMethod == ReadOnlyMethod.TOOL_LOCK) {
            out.println("The lock on the source ends with this command.");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private boolean confirm(PrintWriter out, BufferedReader in, String question) {
        if (yes) {
            out.println("  (confirmed by --yes)");
            return true;
        }
        return Prompts.confirm(out, in, question);
    }
}
