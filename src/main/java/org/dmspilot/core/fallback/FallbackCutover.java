package org.dmspilot.core.fallback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;

/**
 * The fallback as the guided cutover of a local-engine task offers it: started once the forward replication is
 * stopped (step 3), its state and lag, "Roll back to MySQL" through it (nothing lost, logged in the cutover log), and
 * what a rollback loses when it is not running. Called from a background thread; every call reads the databases.
 */
public final class FallbackCutover {
    private final CutoverRun run;
    private final Fallback fallback;
    private final ConnectionFactory replication;
    private final ConnectionProfile sourceProfile;
    private final Duration drainTimeout;
    private volatile FallbackStream stream;

    /**
     * @param replication PostgreSQL connections in logical replication mode (the stream's)
     * @param sourceProfile the source as the application reaches it: the connection string to switch back to
     * @param drainTimeout how long the rollback waits for the stream to apply PostgreSQL's last writes
     */
    public FallbackCutover(CutoverRun run, Fallback fallback, ConnectionFactory replication,
            ConnectionProfile sourceProfile, Duration drainTimeout) {
        this.run = run;
        this.fallback = fallback;
        this.replication = replication;
        this.sourceProfile = sourceProfile;
        this.drainTimeout = drainTimeout;
    }

    /** The stream's state and lag now. */
    public FallbackStatus status() {
        return fallback.status();
    }

    /** Whether the stream may start now: the forward replication was stopped (step 3 done since the last rollback). */
    public boolean startable() {
        return run.statuses().get(CutoverStep.STOP) == Outcome.DONE;
    }

    /**
     * Prepares the fallback (publication, slot, MySQL triggers set aside; logged) and runs the stream in this thread
     * until it is stopped — by {@link #stop()}, by the rollback, or by {@code dmspilot fallback stop}.
     *
     * @throws DmsPilotException when the forward replication was not stopped, or a change cannot be applied
     */
    public void runStream(int batchRows) {
        if (!startable()) {
            throw new DmsPilotException("Stop the replication first (cutover step 3): the fallback must not send the"
                    + " forward engine's writes back.");
        }
        List<String> prepared = fallback.prepare();
        run.log().append(CutoverLog.FALLBACK, Outcome.DONE, "Fallback prepared: PostgreSQL's changes are kept for"
                + " the source from now on", prepared);
        FallbackStream s = new FallbackStream(fallback.source(), fallback.target(), replication, fallback.schema(),
                fallback.selection(), batchRows);
        stream = s;
        try {
            s.run();
        } finally {
            stream = null;
        }
    }

    /** Asks the stream (in this process or another) to finish its batch and stop. */
    public void stop() {
        FallbackStream s = stream;
        if (s != null) {
            s.stop();
        }
        fallback.requestStop();
    }

    /**
     * What lifting read-only now would cost, for the user to confirm: empty before the switch. After the switch it
     * names the writes PostgreSQL has that the source lacks, per table, read from the fallback's slot when one exists
     * (every write since the switch when none does), and points to "Roll back to MySQL" when the stream runs.
     */
    public Optional<String> rollbackWarning() {
        Optional<String> base = run.rollbackWarning();
        if (base.isEmpty()) {
            return base;
        }
        FallbackStatus s = status();
        List<String> lines = new ArrayList<>();
        switch (s.state()) {
            case RUNNING -> lines.add("The fallback stream runs (lag " + s.lagMillis() + " ms): use \"Roll back to"
                    + " MySQL\", which stops writes on PostgreSQL and drains them to the source first, so nothing is"
                    + " lost. Lifting read-only instead loses the writes the stream has not applied yet and every"
                    + " write the application makes on PostgreSQL after it.");
            case NOT_STARTED, ROLLED_BACK -> lines.add(base.get());
            default -> {
                lines.add("The application was switched to PostgreSQL; the fallback stream is "
                        + s.state().name().toLowerCase(java.util.Locale.ROOT) + (s.message() == null ? ""
                        : " (" + s.message() + ")") + ". These writes on PostgreSQL are NOT on the source and would"
                        + " be lost:");
                UnappliedWrites.describe(fallback).forEach(l -> lines.add("\u2022 " + l));
                lines.add("Start the fallback again and use \"Roll back to MySQL\" to keep them.");
            }
        }
        return Optional.of(String.join("\n", lines));
    }

    /**
     * "Roll back to MySQL", first half ({@link Rollback#stopWritesAndDrain}): writes stopped on PostgreSQL and drained
     * to the source through the running stream. Then {@link #finishRollback} (the user confirmed) or
     * {@link #reopenTarget} (declined). Logged.
     *
     * @throws DmsPilotException when the stream is not running (nothing changed) or did not drain
     */
    public Rollback.Drained stopWritesAndDrain(ProgressListener progress) {
        try {
            Rollback.Drained drained = Rollback.stopWritesAndDrain(fallback, drainTimeout, progress);
            run.log().append(CutoverLog.FALLBACK, Outcome.DONE, "Writes stopped on PostgreSQL and drained to the"
                    + " source", drained.steps());
            return drained;
        } catch (DmsPilotException e) {
            run.log().append(CutoverLog.ROLLBACK, Outcome.FAILED, e.getMessage(), List.of());
            throw e;
        }
    }

    /**
     * "Roll back to MySQL", second half ({@link Rollback#finish}): stream stopped, forward checkpoint moved, slot
     * dropped, read-only lifted on the source (the tool's lock released too); logged as a rollback that lost nothing.
     */
    public Rollback.Result finishRollback(Rollback.Drained drained, ProgressListener progress) {
        Rollback.Result result;
        try {
            result = Rollback.finish(fallback, drained, sourceProfile, progress);
        } catch (DmsPilotException e) {
            run.log().append(CutoverLog.ROLLBACK, Outcome.FAILED, e.getMessage(), List.of());
            throw e;
        }
        List<String> evidence = new ArrayList<>(result.steps());
        evidence.addAll(result.connectionStrings());
        run.rolledBackThroughFallback(evidence);
        return result;
    }

    /** The user declined after the drain: PostgreSQL takes writes again, the stream keeps running. Logged. */
    public void reopenTarget() {
        Rollback.reopenTarget(fallback.target());
        run.log().append(CutoverLog.FALLBACK, Outcome.INFO, "Rollback declined after the drain: PostgreSQL takes"
                + " writes again, the source stays read-only, the fallback stream keeps running", List.of());
    }
}
