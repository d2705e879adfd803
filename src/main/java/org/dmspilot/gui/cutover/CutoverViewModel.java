package org.dmspilot.gui.cutover;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.cutover.CutoverChecklist;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.ReadOnlyMethod;
import org.dmspilot.core.cutover.SourceWriters;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * The guided cutover on screen, over a {@link CutoverRun} (any backend): the checklist with its evidence, the steps
 * with their status and evidence (each run when the user confirms it, in the background), the cutover log as it is
 * written, and the rollback. Never touches a Node.
 */
public final class CutoverViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** One step as shown: its last outcome (null: not run), message and evidence. */
    public record StepRow(CutoverStep step, Outcome outcome, String message, List<String> evidence) {
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CutoverRun run;
    private final ObservableList<SourceWriters.Writer> writers = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObjectProperty<ReadOnlyMethod> readOnlyMethod = new SimpleObjectProperty<>(ReadOnlyMethod.READ_ONLY);
    private final BooleanProperty force = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObjectProperty<CutoverStep> next = new SimpleObjectProperty<>();
    private final StringProperty activity = new SimpleStringProperty("");
    private final StringProperty rollbackGuidance = new SimpleStringProperty("");
    private final StringProperty connection = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty latencyThreshold =
            new javafx.beans.property.SimpleDoubleProperty();
    private final javafx.beans.property.IntegerProperty stableSeconds =
            new javafx.beans.property.SimpleIntegerProperty();
    private FallbackViewModel fallback;

    /**
     * @param ui runs a callback on the UI thread (Platform::runLater; Runnable::run in tests): log entries arrive
     *     from the background thread that writes them
     */
    public CutoverViewModel(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui, CutoverRun run) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.run = run;
        run.log().entries().forEach(e -> log.add(line(e)));
        run.log().addListener(e -> ui.accept(() -> {
            log.add(line(e));
            refreshSteps();
        }));
        refreshSteps();
        latencyThreshold.set(run.settings().latencyThresholdSeconds());
        stableSeconds.set((int) run.settings().stableFor().toSeconds());
        latencyThreshold.addListener((o, a, b) -> criteriaChanged());
        stableSeconds.addListener((o, a, b) -> criteriaChanged());
    }

    /** What the checklist demands changed: the next evaluation uses it, and the old verdict no longer holds. */
    private void criteriaChanged() {
        run.settings(run.settings().with(latencyThreshold.get(),
                java.time.Duration.ofSeconds(Math.max(1, stableSeconds.get()))));
        checklist.clear();
        ready.set(false);
    }

    /** The target latency (seconds) the checklist allows; as {@code cutover --threshold}. */
    public javafx.beans.property.DoubleProperty latencyThresholdProperty() {
        return latencyThreshold;
    }

    /** How long (seconds) the latency must have stayed under the threshold; as {@code cutover --stable-seconds}. */
    public javafx.beans.property.IntegerProperty stableSecondsProperty() {
        return stableSeconds;
    }

    /** Evaluates the checklist in the background. */
    public void evaluate() {
        start(BackgroundTask.of(lang("cutover.job.checklist"), run::checklist).onSuccess(items -> {
            checklist.setAll(items);
            ready.set(CutoverChecklist.ready(items));
        }));
    }

    /**
     * Runs {@code step}, which the user just confirmed, in the background. After step 1 the sessions that can still
     * write despite read-only are listed in {@link #writers()}.
     */
    public void confirm(CutoverStep step) {
        CutoverRun.StepOptions options = new CutoverRun.StepOptions(readOnlyMethod.get(), force.get());
        start(BackgroundTask.of(lang("cutover.job.step", step.number(), step.title()), p -> {
            run.run(step, options, p);
            return step == CutoverStep.READ_ONLY ? run.writers() : null;
        }).onSuccess(found -> {
            if (found != null) {
                writers.setAll(found);
            }
        }));
    }

    /** Ends the sessions listed in {@link #writers()} (the user chose to), then lists again. */
    public void endWriterSessions() {
        List<SourceWriters.Writer> sessions = List.copyOf(writers);
        start(BackgroundTask.of(lang("cutover.job.endSessions", sessions.size()), p -> {
            run.endSessions(sessions);
            return run.writers();
        }).onSuccess(writers::setAll));
    }

    /** Makes the source read-only again with DMS Pilot's lock, which stops the privileged accounts too. */
    public void useLockInstead() {
        readOnlyMethod.set(ReadOnlyMethod.TOOL_LOCK);
        confirm(CutoverStep.READ_ONLY);
    }

    /**
     * Offers the fallback stream of a local-engine cutover in this panel ({@link #fallback()}); the plain rollback's
     * confirmation then names the writes a rollback would lose, read from the fallback's slot.
     */
    public CutoverViewModel withFallback(org.dmspilot.core.fallback.FallbackCutover cutover) {
        fallback = new FallbackViewModel(executor, dialogs, cutover, this::refreshSteps);
        fallback.inSyncProperty().addListener((o, was, now) -> rollbackGuidance.set(guidance()));
        return this;
    }

    /** The fallback part of the panel, when the backend has one. */
    public java.util.Optional<FallbackViewModel> fallback() {
        return java.util.Optional.ofNullable(fallback);
    }

    /**
     * Rollback: lifts read-only on the source, in the background. After the switch it first asks the user to confirm
     * what happens to the writes made on the target since (with a fallback: which writes, per table, read in the
     * background); declined, nothing changes (the refusal is logged).
     */
    public void liftReadOnly() {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>> warning =
                new java.util.concurrent.atomic.AtomicReference<>();
        start(BackgroundTask.of(lang("cutover.job.rollbackWarning"), p -> fallback == null ? run.rollbackWarning()
                : fallback.rollbackWarning()).onSuccess(warning::set), () -> {
                    if (warning.get() != null) {
                        lift(warning.get());
                    }
                });
    }

    private void lift(java.util.Optional<String> warning) {
        boolean confirmed = warning.isPresent() && dialogs.confirm(lang("cutover.rollback.confirm.title"),
                warning.get() + "\n\n" + lang("cutover.rollback.confirm.question"));
        start(BackgroundTask.of(lang("cutover.job.rollback"), p -> {
            run.liftReadOnly(confirmed, p);
            return Boolean.TRUE;
        }).onSuccess(done -> writers.clear()));
    }

    private <V> void start(BackgroundTask<V> task) {
        start(task, () -> { });
    }

    /** Runs {@code task}; {@code then} runs after it, once busy is cleared (so it may start the next job). */
    private <V> void start(BackgroundTask<V> task, Runnable then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        activity.set(task.title());
        executor.execute(task.onFailure(e -> activity.set(lang("cutover.failed", e.getMessage())))
                .onFinished(() -> {
                    busy.set(false);
                    if (activity.get().equals(task.title())) {
                        activity.set("");
                    }
                    refreshSteps();
                    then.run();
                }));
    }

    private void refreshSteps() {
        Map<CutoverStep, Outcome> statuses = run.statuses();
        steps.setAll(java.util.Arrays.stream(CutoverStep.values()).map(s -> run.log().last(s)
                .filter(e -> e.outcome() != Outcome.INFO)
                .map(e -> new StepRow(s, statuses.get(s), e.message(), e.evidence()))
                .orElse(new StepRow(s, null, "", List.of()))).toList());
        next.set(run.next().orElse(null));
        if (fallback != null) {
            fallback.refresh();
        }
        rollbackGuidance.set(guidance());
        connection.set(statuses.get(CutoverStep.CONNECTION) == Outcome.DONE ? run.applicationConnection() : "");
    }

    /** The log's rollback guidance; after the switch with the fallback in sync, that nothing need be lost. */
    private String guidance() {
        boolean switched = run.statuses().get(CutoverStep.CONNECTION) == Outcome.DONE;
        return switched && fallback != null && fallback.inSyncProperty().get() ? lang("fallback.guidance.inSync")
                : run.rollbackGuidance();
    }

    static String line(CutoverLog.Entry e) {
        return TIME.format(e.at()) + "  " + e.step() + "  " + e.outcome() + "  " + e.message()
                + (e.evidence().isEmpty() ? "" : "\n      " + String.join("\n      ", e.evidence()));
    }

    public String describe() {
        return run.describe();
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    /** Sessions that can still write to the source although it is read-only (listed after step 1). */
    public ObservableList<SourceWriters.Writer> writers() {
        return writers;
    }

    public ObservableList<String> log() {
        return log;
    }

    public ObjectProperty<ReadOnlyMethod> readOnlyMethodProperty() {
        return readOnlyMethod;
    }

    /** Cut over although the checklist does not pass (logged). */
    public BooleanProperty forceProperty() {
        return force;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether the last evaluated checklist passed. */
    public BooleanProperty readyProperty() {
        return ready;
    }

    /** The step the user may confirm now; null when the cutover is complete. */
    public ObjectProperty<CutoverStep> nextProperty() {
        return next;
    }

    /** What runs now, or the last failure. */
    public StringProperty activityProperty() {
        return activity;
    }

    public StringProperty rollbackGuidanceProperty() {
        return rollbackGuidance;
    }

    /** The connection string for the application, once the last step is done. */
    public StringProperty connectionProperty() {
        return connection;
    }
}
