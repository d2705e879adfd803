package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.function.Supplier;
import org.dmspilot.core.cutover.CutoverBackend;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.cutover.CutoverViewModel;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.Notifications;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * A migration task's monitor: the live metrics ({@link MonitorViewModel}, refreshed every {@link #refreshEvery()}
 * while auto-refresh is on), the guided cutover ({@link CutoverViewModel}), the task log ({@link TaskLogViewModel}),
 * a notification when the replication fails, and, for AWS DMS, the cleanup.
 */
public final class TaskMonitorViewModel {
    /** Deletes the task's cloud resources; returns what is still tagged with the project. */
    @FunctionalInterface
    public interface Cleanup {
        List<String> run(boolean includeSecretsAndRoles, ProgressListener progress);
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final MonitorViewModel monitor;
    private final CutoverViewModel cutover;
    private final Optional<Cleanup> cleanup;
    private final Duration refreshEvery;
    private final Optional<TaskLogViewModel> logs;
    private final Supplier<CutoverBackend.ReplicationState> state;
    private final Notifications notifications;
    private Optional<TaskOperationsViewModel> operations = Optional.empty();
    private Optional<AssessmentRunViewModel> assessments = Optional.empty();
    private ValidationViewModel validation;
    private LocalCleanupViewModel localCleanup;
    private boolean readingState;
    private boolean failureRaised;
    private boolean closed;
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(true);
    private final BooleanProperty cleaning = new SimpleBooleanProperty();
    private final StringProperty cleanupResult = new SimpleStringProperty("");
    private final StringProperty stateText = new SimpleStringProperty("");

    public TaskMonitorViewModel(TaskExecutor executor, DialogService dialogs, MonitorViewModel monitor,
            CutoverViewModel cutover, Optional<Cleanup> cleanup, Duration refreshEvery) {
        this(executor, dialogs, monitor, cutover, cleanup, refreshEvery, Optional.empty(), null, new Notifications());
    }

    /**
     * @param logs the task log panel, if the backend has a log
     * @param state the replication's state, read every tick: a failure raises a notification; null to not watch
     * @param notifications where that notification goes
     */
    public TaskMonitorViewModel(TaskExecutor executor, DialogService dialogs, MonitorViewModel monitor,
            CutoverViewModel cutover, Optional<Cleanup> cleanup, Duration refreshEvery,
            Optional<TaskLogViewModel> logs, Supplier<CutoverBackend.ReplicationState> state,
            Notifications notifications) {
        this.logs = logs;
        this.state = state;
        this.notifications = notifications;
        this.executor = executor;
        this.dialogs = dialogs;
        this.monitor = monitor;
        this.cutover = cutover;
        this.cleanup = cleanup;
        this.refreshEvery = refreshEvery;
    }

    /** One auto-refresh tick: reads the metrics in the background (skipped while off or still reading). */
    public void tick() {
        if (autoRefresh.get()) {
            refreshNow();
        }
    }

    /** Reads the metrics, the log and the replication's state now (after an operation, also with auto-refresh off). */
    public void refreshNow() {
        if (closed) {
            return;
        }
        monitor.refresh();
        logs.ifPresent(TaskLogViewModel::tick);
        cutover.fallback().ifPresent(org.dmspilot.gui.cutover.FallbackViewModel::refresh);
        watchState();
    }

    /** The monitor went away: no further reading (its clients may be closed next). */
    public void close() {
        closed = true;
        autoRefresh.set(false);
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Offers the replication's operations (stop, resume, restart, reload, modify) in this monitor. */
    void attach(TaskOperationsViewModel ops) {
        operations = Optional.of(ops);
    }

    /** Offers DMS premigration assessment runs of the task in this monitor. */
    void attach(AssessmentRunViewModel runs) {
        assessments = Optional.of(runs);
    }

    /** DMS premigration assessment runs, if the backend has them (an AWS DMS task). */
    public Optional<AssessmentRunViewModel> assessments() {
        return assessments;
    }

    /** The operations on the replication, if its backend has them. */
    public Optional<TaskOperationsViewModel> operations() {
        return operations;
    }

    /** Reads the replication's state; the first time it is seen failed, raises a notification (once per failure). */
    void watchState() {
        if (state == null || readingState) {
            return;
        }
        readingState = true;
        executor.execute(BackgroundTask.of(lang("job.taskState"), p -> state.get()).onSuccess(s -> {
            operations.ifPresent(o -> o.phaseProperty().set(s.phase()));
            stateText.set(s.detail() == null || s.detail().isBlank() ? lang("monitor.state", phase(s.phase()))
                    : lang("monitor.stateDetail", phase(s.phase()), s.detail()));
            boolean failed = s.phase() == CutoverBackend.ReplicationState.Phase.FAILED;
            if (failed && !failureRaised) {
                notifications.raise(Notifications.Severity.ERROR, lang("monitor.notify.failedTitle"),
                        lang("monitor.notify.failed", cutover.describe(), s.detail()));
            }
            failureRaised = failed;
        }).onFinished(() -> readingState = false));
    }

    static String phase(CutoverBackend.ReplicationState.Phase phase) {
        return switch (phase) {
            case NOT_STARTED -> lang("monitor.phase.notStarted");
            case LOADING -> lang("monitor.phase.loading");
            case RUNNING -> lang("monitor.phase.running");
            case STOPPING -> lang("monitor.phase.stopping");
            case STOPPED -> lang("monitor.phase.stopped");
            case FAILED -> lang("monitor.phase.failed");
        };
    }

    /** Adds "Validate now" and "Resync" (both connections are known) to the monitor. */
    public TaskMonitorViewModel withValidation(ValidationViewModel vm) {
        this.validation = vm;
        return this;
    }

    /** Adds "Clean up" of the local engine's bookkeeping schema. */
    public TaskMonitorViewModel withLocalCleanup(LocalCleanupViewModel vm) {
        this.localCleanup = vm;
        return this;
    }

    /** "Clean up" of a local task, when the monitor has it. */
    public Optional<LocalCleanupViewModel> localCleanup() {
        return Optional.ofNullable(localCleanup);
    }

    /** "Validate now" and "Resync", when the monitor has them. */
    public Optional<ValidationViewModel> validation() {
        return Optional.ofNullable(validation);
    }

    public Optional<TaskLogViewModel> logs() {
        return logs;
    }

    public Notifications notifications() {
        return notifications;
    }

    /** Asks, then deletes the cloud resources in the background and shows what remains. */
    public void cleanup(boolean includeSecretsAndRoles) {
        if (cleanup.isEmpty() || cleaning.get() || !dialogs.confirm(lang("monitor.cleanup.title"),
                includeSecretsAndRoles
                ? lang("monitor.cleanup.confirmAll") : lang("monitor.cleanup.confirm"))) {
            return;
        }
        cleaning.set(true);
        cleanupResult.set(lang("monitor.cleanup.running"));
        executor.execute(BackgroundTask.of(lang("monitor.cleanup.job"), p -> cleanup.get().run(
                includeSecretsAndRoles, p)).onSuccess(remaining -> cleanupResult.set(remaining.isEmpty()
                        ? lang("monitor.cleanup.none") : lang("monitor.cleanup.remaining", String.join("\n",
                                remaining)))).onFailure(e -> {
                                    cleanupResult.set(lang("monitor.cleanup.failed", e.getMessage()));
                                    dialogs.showError(lang("monitor.cleanup.title"), e.getMessage());
                                }).onFinished(() -> cleaning.set(false)));
    }

    public MonitorViewModel monitor() {
        return monitor;
    }

    public CutoverViewModel cutover() {
        return cutover;
    }

    public boolean canCleanUp() {
        return cleanup.isPresent();
    }

    public Duration refreshEvery() {
        return refreshEvery;
    }

    public BooleanProperty autoRefreshProperty() {
        return autoRefresh;
    }

    public BooleanProperty cleaningProperty() {
        return cleaning;
    }

    /** The replication's state as last read ({@code State: running · CDC at ...}), empty until read. */
    public StringProperty stateProperty() {
        return stateText;
    }

    public StringProperty cleanupResultProperty() {
        return cleanupResult;
    }
}
