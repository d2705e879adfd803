package org.dmspilot.core.cutover;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/**
 * A guided cutover over any {@link CutoverBackend}: the checklist from real measurements, then the
 * {@link CutoverStep}s in order, each run when the user confirms it. Every checklist evaluation and every step (start,
 * evidence, outcome) is appended to the {@link CutoverLog}; the log also tells which steps are done, so a new run on
 * the same log resumes. Making the source read-only is refused while the checklist does not pass, unless the user
 * forces it (which is logged with the failing items). Later steps need the earlier ones done.
 */
public final class CutoverRun implements AutoCloseable {
    private final CutoverBackend backend;
    private final CutoverConnections db;
    private final CutoverLog log;
    /** What the checklist demands; the DBA may change it between evaluations (the cutover panel). */
    private volatile CutoverSettings settings;
    private final DrainSettings drain;
    private final Clock clock;
    private final SourceGuard guard;

    /** What the user chose for a step. */
    public record StepOptions(ReadOnlyMethod readOnlyMethod, boolean force) {
        public static StepOptions defaults() {
            return new StepOptions(ReadOnlyMethod.READ_ONLY, false);
        }
    }

    public CutoverRun(CutoverBackend backend, CutoverConnections db, CutoverLog log, CutoverSettings settings,
            DrainSettings drain) {
        this(backend, db, log, settings, drain, Clock.systemUTC());
    }

    CutoverRun(CutoverBackend backend, CutoverConnections db, CutoverLog log, CutoverSettings settings,
            DrainSettings drain, Clock clock) {
        this.backend = backend;
        this.db = db;
        this.log = log;
        this.settings = settings;
        this.drain = drain;
        this.clock = clock;
        this.guard = new SourceGuard(db.source());
    }

    public String describe() {
        return backend.describe();
    }

    /** What the checklist demands now. */
    public CutoverSettings settings() {
        return settings;
    }

    /** Changes what the next checklist evaluation demands (latency threshold and how long it must hold). */
    public void settings(CutoverSettings newSettings) {
        this.settings = java.util.Objects.requireNonNull(newSettings);
    }

    public CutoverLog log() {
        return log;
    }

    /**
     * Evaluates the checklist now: table statistics from the backend with row counts from both servers, the target
     * latency series of the last minutes, the backend's validation. Logged.
     */
    public List<ChecklistItem> checklist(ProgressListener progress) {
        Instant now = clock.instant();
        progress.progress(-1, -1, "reading table statistics");
        List<TableStatistics> stats = backend.metrics().tableStatistics();
        List<RowCounts.TableCount> counts = RowCounts.count(db, stats.stream().map(TableStatistics::table)
                .collect(Collectors.toSet()), progress);
        progress.progress(-1, -1, "reading target latency");
        CutoverSettings demanded = settings;
        var latency = backend.metrics().targetLatency(now.minus(demanded.stableFor()).minus(demanded.maxSampleGap()),
                now);
        progress.progress(-1, -1, "reading validation");
        List<ChecklistItem> items = CutoverChecklist.evaluate(withCounts(stats, counts), latency,
                backend.validation(), demanded, now);
        boolean ready = CutoverChecklist.ready(items);
        log.append(CutoverLog.CHECKLIST, ready ? Outcome.PASSED : Outcome.REFUSED, (ready ? "Checklist passes for "
                : "Checklist does not pass for ") + backend.describe(), items.stream().map(CutoverRun::line).toList());
        return items;
    }

    /** Each step's status from the log (absent: pending). */
    public Map<CutoverStep, Outcome> statuses() {
        return log.statuses();
    }

    /** The first step not done yet, empty when the cutover is complete. */
    public Optional<CutoverStep> next() {
        Map<CutoverStep, Outcome> s = log.statuses();
        for (CutoverStep step : CutoverStep.values()) {
            if (s.get(step) != Outcome.DONE) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs one step (the user confirmed it). Safe to repeat.
     *
     * @return the log entry of its outcome (DONE, or FAILED for a final row-count difference)
     * @throws CutoverRefusedException when an earlier step is not done, or the checklist does not pass for
     *     {@link CutoverStep#READ_ONLY} without {@code force}; nothing was changed
     * @throws DmsPilotException when the step failed (logged as FAILED)
     */
    public CutoverLog.Entry run(CutoverStep step, StepOptions options, ProgressListener progress) {
        for (CutoverStep earlier : CutoverStep.values()) {
            if (earlier.ordinal() < step.ordinal() && !log.isDone(earlier)) {
                throw refuse(step, "Step " + earlier.number() + " (" + earlier.title() + ") is not done yet.",
                        List.of());
            }
        }
        if (step == CutoverStep.READ_ONLY) {
            List<ChecklistItem> items = checklist(progress);
            if (!CutoverChecklist.ready(items)) {
                List<String> failing = items.stream().filter(i -> i.state() != CheckState.PASS).map(CutoverRun::line)
                        .toList();
                if (!options.force()) {
                    throw refuse(step, "The checklist does not pass: " + String.join("; ", failing)
                            + ". Wait until it does, or force the cutover.", failing);
                }
                log.append(step.name(), Outcome.FORCED, "The user forced the cutover although the checklist does"
                        + " not pass", failing);
            }
        }
        log.append(step.name(), Outcome.STARTED, step.title(), List.of());
        try {
            StepResult result = execute(step, options, progress);
            return log.append(step.name(), result.ok() ? Outcome.DONE : Outcome.FAILED, result.message(),
                    result.evidence());
        } catch (CancelledException e) {
            log.append(step.name(), Outcome.FAILED, "Cancelled by the user", List.of());
            throw e;
        } catch (DmsPilotException e) {
            log.append(step.name(), Outcome.FAILED, e.getMessage(), List.of());
            throw e;
        } catch (RuntimeException e) {
            log.append(step.name(), Outcome.FAILED, String.valueOf(e.getMessage()), List.of());
            throw new DmsPilotException(step.title() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rollback: releases the tool's lock and turns read_only off on the source, so the application may write again.
     * After the application was switched to the target this loses the target's writes for the source, so it is
     * refused (and logged) unless the user confirmed {@link #rollbackWarning()}.
     *
     * @param targetWritesAcknowledged the user confirmed the rollback warning (ignored when there is none)
     * @throws CutoverRefusedException after the switch without the confirmation; nothing was changed
     */
    public void liftReadOnly(boolean targetWritesAcknowledged, ProgressListener progress) {
        java.util.Optional<String> warning = rollbackWarning();
        if (warning.isPresent() && !targetWritesAcknowledged) {
            log.append(CutoverLog.ROLLBACK, Outcome.REFUSED, "Rollback after the switch refused until confirmed",
                    List.of(warning.get()));
            throw new CutoverRefusedException("Rollback refused: " + warning.get());
        }
        progress.progress(-1, -1, "lifting read-only on the source");
        try {
            guard.lift();
        } catch (DmsPilotException e) {
            log.append(CutoverLog.ROLLBACK, Outcome.FAILED, e.getMessage(), List.of());
            throw e;
        }
        List<String> evidence = new ArrayList<>();
        warning.ifPresent(w -> evidence.add("confirmed by the user: " + w));
        log.append(CutoverLog.ROLLBACK, Outcome.DONE, "Read-only lifted on the source; the cutover starts over",
                evidence);
        log.append(CutoverLog.ROLLBACK, Outcome.INFO, rollbackGuidance(), List.of());
    }

    /**
     * Records a rollback done through the fallback stream (which drained PostgreSQL's writes to the source and lifted
     * read_only): releases the tool's lock if one is held, and logs the rollback with its evidence.
     */
    public void rolledBackThroughFallback(List<String> evidence) {
        guard.lift();
        log.append(CutoverLog.ROLLBACK, Outcome.DONE, CutoverLog.ROLLBACK_THROUGH_FALLBACK, evidence);
        log.append(CutoverLog.ROLLBACK, Outcome.INFO, rollbackGuidance(), List.of());
    }

    /** What a rollback now would cost, for the user to confirm; empty when it loses nothing. */
    public java.util.Optional<String> rollbackWarning() {
        return CutoverGuidance.rollbackWarning(log);
    }

    /** How to go back to the source from where the cutover stands, true also after a rollback. */
    public String rollbackGuidance() {
        return CutoverGuidance.rollback(log);
    }

    /** The connection string the application should use now (no password). */
    public String applicationConnection() {
        return String.join("\n", CutoverGuidance.connectionStrings(db.targetProfile()));
    }

    /** Releases the tool's lock, if one is held (lifting that read-only method). */
    @Override
    public void close() {
        guard.close();
    }

    record StepResult(boolean ok, String message, List<String> evidence) {
    }

    private StepResult execute(CutoverStep step, StepOptions options, ProgressListener progress) {
        return switch (step) {
            case READ_ONLY -> {
                guard.apply(options.readOnlyMethod());
                if (!guard.inEffect(options.readOnlyMethod())) {
                    throw new DmsPilotException("The source still accepts writes after setting "
                            + options.readOnlyMethod().label() + ".");
                }
                List<String> evidence = new ArrayList<>(List.of("method: " + options.readOnlyMethod().name(),
                        "verified on the source at " + clock.instant().truncatedTo(ChronoUnit.SECONDS)));
                writers(options.readOnlyMethod()).forEach(w -> evidence.add("can still write: " + w.describe()));
                yield new StepResult(true, "The source is read-only (" + options.readOnlyMethod().label() + ")",
                        evidence);
            }
            case DRAIN -> {
                requireReadOnly();
                yield Drain.await(backend.metrics(), readOnlySince(), drain, clock, progress);
            }
            case STOP -> {
                requireReadOnly();
                backend.stop(progress);
                CutoverBackend.ReplicationState state = backend.state();
                if (!state.stopped()) {
                    throw new DmsPilotException("The replication is " + state.phase() + " (" + state.detail()
                            + "), not stopped.");
                }
                yield new StepResult(true, "The replication is stopped", List.of("state: " + state.detail()));
            }
            case SEQUENCES -> {
                String schema = org.dmspilot.core.engine.TablePairs.targetSchema(db.sourceSchema());
                try (var c = db.target().open(); var s = db.source().open()) {
                    var floors = SequenceReset.sourceAutoIncrements(s, org.dmspilot.core.engine.TablePairs.read(s,
                            c, db.sourceSchema()), db.sourceSchema());
                    List<String> evidence = SequenceReset.resetAll(c, schema, floors).stream().map(r -> r.table()
                            + "." + r.column() + " continues at " + r.nextValue()).toList();
                    yield new StepResult(true, evidence.size() + " sequence(s) reset in schema " + schema, evidence);
                } catch (java.sql.SQLException e) {
                    throw new DmsPilotException("Could not read the source's AUTO_INCREMENT values or reset the "
                            + "target's sequences: " + e.getMessage(), e);
                }
            }
            case ROW_COUNTS -> {
                Set<String> tables = backend.metrics().tableStatistics().stream().map(TableStatistics::table)
                        .collect(Collectors.toSet());
                List<RowCounts.TableCount> counts = RowCounts.count(db, tables, progress);
                List<String> evidence = counts.stream().map(c -> (c.equal() ? "equal " : "DIFFERENT ") + c.table()
                        + ": " + c.sourceRows() + " / " + c.targetRows()).toList();
                long differ = counts.stream().filter(c -> !c.equal()).count();
                yield new StepResult(differ == 0 && !counts.isEmpty(), differ == 0 ? counts.size()
                        + " tables, row counts equal" : differ + " of " + counts.size() + " tables differ", evidence);
            }
            case CONNECTION -> {
                List<String> evidence = new ArrayList<>(backend.atSwitch(progress));
                evidence.addAll(CutoverGuidance.connectionStrings(db.targetProfile()));
                yield new StepResult(true, "The application should now use the target", evidence);
            }
        };
    }

    /**
     * The connected sessions that can still write to the source under the read-only method of step 1 (accounts
     * whose privilege bypasses read_only, DMS Pilot's own included); empty under the tool's lock.
     */
    public List<SourceWriters.Writer> writers() {
        return writers(readOnlyMethod());
    }

    private List<SourceWriters.Writer> writers(ReadOnlyMethod method) {
        if (method == ReadOnlyMethod.TOOL_LOCK) {
            return List.of();
        }
        try (var c = db.source().open()) {
            return SourceWriters.list(c);
        } catch (java.sql.SQLException e) {
            throw new DmsPilotException("Could not connect to the source to list its sessions: " + e.getMessage(), e);
        }
    }

    /** Ends sessions that could still write to the read-only source (the user chose to); logged. */
    public void endSessions(List<SourceWriters.Writer> sessions) {
        try (var c = db.source().open()) {
            SourceWriters.end(c, sessions.stream().map(SourceWriters.Writer::session).toList());
        } catch (java.sql.SQLException e) {
            throw new DmsPilotException("Could not connect to the source to end sessions: " + e.getMessage(), e);
        }
        log.append(CutoverLog.SESSIONS, Outcome.DONE, "Ended " + sessions.size() + " session(s) that could still"
                + " write to the read-only source", sessions.stream().map(SourceWriters.Writer::describe).toList());
    }

    private ReadOnlyMethod readOnlyMethod() {
        return log.last(CutoverStep.READ_ONLY).flatMap(e -> e.evidence().stream()
                .filter(x -> x.startsWith("method: ")).findFirst()).map(x -> ReadOnlyMethod.valueOf(x.substring(8)))
                .orElse(ReadOnlyMethod.READ_ONLY);
    }

    private void requireReadOnly() {
        ReadOnlyMethod method = readOnlyMethod();
        if (!guard.inEffect(method)) {
            throw new CutoverRefusedException("The source is no longer read-only (" + method.label() + "): writes"
                    + " after this point would be lost. Run step 1 again.");
        }
    }

    private Instant readOnlySince() {
        return log.last(CutoverStep.READ_ONLY).map(CutoverLog.Entry::at).orElseThrow();
    }

    private CutoverRefusedException refuse(CutoverStep step, String why, List<String> evidence) {
        log.append(step.name(), Outcome.REFUSED, why, evidence);
        return new CutoverRefusedException(step.title() + " refused: " + why);
    }

    static String line(ChecklistItem i) {
        return i.state() + " " + i.title() + ": " + i.evidence();
    }

    /** Backend statistics with the row counts measured on both servers (matched by table name). */
    static List<TableStatistics> withCounts(List<TableStatistics> stats, List<RowCounts.TableCount> counts) {
        List<TableStatistics> out = new ArrayList<>();
        for (TableStatistics t : stats) {
            RowCounts.TableCount c = counts.stream().filter(x -> x.table().equalsIgnoreCase(t.table())).findFirst()
                    .orElse(null);
            out.add(c == null ? t : new TableStatistics(t.schema(), t.table(), t.fullLoadDone(), t.fullLoadRows(),
                    t.inserts(), t.updates(), t.deletes(), c.sourceRows(), c.targetRows(), t.validation()));
        }
        return out;
    }
}
