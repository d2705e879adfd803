package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.sql.Connection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LocalCleanup;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * "Clean up" of a local task's monitor: reads what the engine's bookkeeping schema {@code dmspilot} holds on the
 * target, says why it cannot be dropped yet (the task runs, deferred indexes wait) or lists it and asks, then drops
 * it, all off the UI thread. The migrated schemas are not touched.
 */
public final class LocalCleanupViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ConnectionFactory target;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty result = new SimpleStringProperty("");

    public LocalCleanupViewModel(TaskExecutor executor, DialogService dialogs, ConnectionFactory target) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.target = target;
    }

    /** Reads the plan, then refuses, or asks and drops. */
    public void cleanUp() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(lang("localCleanup.job.read"), p -> {
            try (Connection c = target.open()) {
                return LocalCleanup.plan(c);
            }
        }).onSuccess(plan -> {
            if (!plan.exists()) {
                result.set(lang("localCleanup.nothing"));
                busy.set(false);
            } else if (!plan.refusals().isEmpty()) {
                result.set(lang("localCleanup.refused", String.join("\n", plan.refusals())));
                dialogs.showError(lang("localCleanup.title"), String.join("\n", plan.refusals()));
                busy.set(false);
            } else if (dialogs.confirm(lang("localCleanup.title"), lang("localCleanup.confirm",
                    String.join("\n", plan.objects()), String.join("\n", plan.tasks())))) {
                drop();
            } else {
                result.set(lang("localCleanup.kept"));
                busy.set(false);
            }
        }).onFailure(e -> {
            result.set(lang("localCleanup.failed", e.getMessage()));
            busy.set(false);
        }));
    }

    private void drop() {
        executor.execute(BackgroundTask.of(lang("localCleanup.job.drop"), p -> {
            try (Connection c = target.open()) {
                return LocalCleanup.drop(c);
            }
        }).onSuccess(plan -> result.set(lang("localCleanup.done", plan.objects().size())))
                .onFailure(e -> {
                    result.set(lang("localCleanup.failed", e.getMessage()));
                    dialogs.showError(lang("localCleanup.title"), e.getMessage());
                }).onFinished(() -> busy.set(false)));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
