package org.dmspilot.gui.cutover;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dmspilot.core.fallback.FallbackCutover;
import org.dmspilot.core.fallback.FallbackStatus;
import org.dmspilot.core.fallback.Rollback;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * The fallback stream in the cutover panel: its state and lag (read on each refresh), starting it once the forward
 * replication is stopped, and "Roll back to MySQL" while it is in sync — stop writes on PostgreSQL, drain, confirm,
 * lift read-only on the source, show the connection string to switch the application back. Never touches a Node.
 */
public final class FallbackViewModel {
    /** Row changes per MySQL transaction of the stream started here. */
    static final int BATCH_ROWS = 5_000;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FallbackCutover fallback;
    private final Runnable afterChange;
    private final ObjectProperty<FallbackStatus> status = new SimpleObjectProperty<>();
    private final StringProperty state = new SimpleStringProperty(lang("fallback.state.unknown"));
    private final BooleanProperty inSync = new SimpleBooleanProperty();
    private final BooleanProperty startable = new SimpleBooleanProperty();
    private final BooleanProperty streaming = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty switchBack = new SimpleStringProperty("");
    private boolean reading;

    /** @param afterChange called on the UI thread after the fallback changed the cutover (its log, its steps) */
    FallbackViewModel(TaskExecutor executor, DialogService dialogs, FallbackCutover fallback, Runnable afterChange) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.fallback = fallback;
        this.afterChange = afterChange;
    }

    /** Reads the stream's state and lag in the background (skipped while the last read runs). */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        executor.execute(BackgroundTask.of(lang("fallback.job.status"), p -> new Object[] {fallback.status(),
                fallback.startable()}).onSuccess(r -> show((FallbackStatus) r[0], (Boolean) r[1]))
                .onFailure(e -> state.set(lang("fallback.state.unreadable", e.getMessage())))
                .onFinished(() -> reading = false));
    }

    private void show(FallbackStatus s, boolean canStart) {
        String applied = lang("fallback.state.applied", s.appliedChanges(), s.appliedLsn());
        state.set(switch (s.state()) {
            case NOT_STARTED -> canStart ? lang("fallback.state.notStarted") : lang("fallback.state.notYet");
            case WAITING -> lang("fallback.state.waiting", why(s)) + " " + applied;
            case RUNNING -> lang("fallback.state.running", lag(s.lagMillis()), s.pendingBytes() < 0 ? "?"
                    : String.valueOf(s.pendingBytes())) + " " + applied;
            case FAILED -> lang("fallback.state.failed", s.message());
            case STOPPED -> lang("fallback.state.stopped", why(s)) + " " + applied;
            case ROLLED_BACK -> lang("fallback.state.rolledBack") + " " + applied;
        });
        status.set(s); // after the text: whoever sees the new state sees the text that goes with it
        inSync.set(s.inSync());
        startable.set(canStart && !streaming.get() && s.state() != FallbackStatus.State.RUNNING);
    }

    private static String why(FallbackStatus s) {
        return s.message() == null || s.message().isBlank() ? "" : " (" + s.message() + ")";
    }

    static String lag(long millis) {
        return millis < 1_000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Prepares the fallback and runs its stream in the background until it is stopped or rolled back. */
    public void start() {
        if (streaming.get()) {
            return;
        }
        streaming.set(true);
        startable.set(false);
        message.set("");
        executor.execute(BackgroundTask.of(lang("fallback.job.stream"), p -> {
            fallback.runStream(BATCH_ROWS);
            return Boolean.TRUE;
        }).onFailure(e -> message.set(lang("fallback.failed", e.getMessage()))).onFinished(() -> {
            streaming.set(false);
            refresh();
            afterChange.run();
        }));
        afterChange.run();
    }

    /** Asks the stream to finish its batch and stop (the slot keeps PostgreSQL's changes for a restart). */
    public void stop() {
        run(lang("fallback.job.stop"), () -> {
            fallback.stop();
            return null;
        }, v -> { });
    }

    /**
     * Roll back to MySQL: asks first (PostgreSQL's sessions are ended), stops writes on PostgreSQL and drains them to
     * the source, asks again with what was drained, then stops the stream and lifts read-only on the source and shows
     * the connection string to switch back to. Declined after the drain, PostgreSQL takes writes again.
     */
    public void rollBack() {
        if (busy.get() || !inSync.get() || !dialogs.confirm(lang("fallback.rollback.title"),
                lang("fallback.rollback.confirmStart"))) {
            return;
        }
        run(lang("fallback.job.drain"), () -> fallback.stopWritesAndDrain(org.dmspilot.core.progress.ProgressListener
                .NONE), this::confirmAfterDrain);
    }

    private void confirmAfterDrain(Rollback.Drained drained) {
        if (dialogs.confirm(lang("fallback.rollback.title"), lang("fallback.rollback.confirmLift",
                String.join("\n", drained.steps())))) {
            run(lang("fallback.job.finish"), () -> fallback.finishRollback(drained,
                    org.dmspilot.core.progress.ProgressListener.NONE), result -> {
                        switchBack.set(String.join("\n", result.connectionStrings()));
                        message.set(lang("fallback.rollback.done", result.forwardPosition()));
                    });
        } else {
            run(lang("fallback.job.reopen"), () -> {
                fallback.reopenTarget();
                return null;
            }, v -> message.set(lang("fallback.rollback.declined")));
        }
    }

    /** What lifting read-only would lose now (read from the databases), for the plain rollback's confirmation. */
    Optional<String> rollbackWarning() {
        return fallback.rollbackWarning();
    }

    private <V> void run(String title, java.util.concurrent.Callable<V> work, java.util.function.Consumer<V> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        java.util.concurrent.atomic.AtomicReference<V> result = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean ok = new java.util.concurrent.atomic.AtomicBoolean();
        executor.execute(BackgroundTask.of(title, p -> work.call()).onSuccess(v -> {
            result.set(v);
            ok.set(true);
        }).onFailure(e -> message.set(lang("fallback.failed", e.getMessage()))).onFinished(() -> {
            busy.set(false);
            refresh();
            afterChange.run();
            if (ok.get()) {
                then.accept(result.get()); // after busy is cleared: a chained step may start its own job
            }
        }));
    }

    /** The last status read, null before the first. */
    public ObjectProperty<FallbackStatus> statusProperty() {
        return status;
    }

    /** State and lag as one line for the panel. */
    public StringProperty stateProperty() {
        return state;
    }

    /** True while the stream runs: "Roll back to MySQL" loses nothing. */
    public BooleanProperty inSyncProperty() {
        return inSync;
    }

    /** True when the stream may be started here (forward replication stopped, stream not running). */
    public BooleanProperty startableProperty() {
        return startable;
    }

    /** True while this window runs the stream. */
    public BooleanProperty streamingProperty() {
        return streaming;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The outcome of the last action, or why it failed. */
    public StringProperty messageProperty() {
        return message;
    }

    /** After a rollback: the source's connection string for the application (no password). */
    public StringProperty switchBackProperty() {
        return switchBack;
    }
}
