package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase;
import org.dmspilot.core.dms.TaskDocuments;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * The monitor's operations on the replication: stop, resume, restart, reload the chosen tables (data or validation
 * only), and change the mappings and settings of a stopped task. What can be done follows the replication's phase
 * (read by the monitor every tick); stop, restart and reload ask first. Work runs through the {@link TaskExecutor};
 * when it ends, {@code afterwards} refreshes the monitor.
 */
public final class TaskOperationsViewModel {
    private static final Set<Phase> ACTIVE = Set.of(Phase.RUNNING, Phase.LOADING);
    private static final Set<Phase> HALTED = Set.of(Phase.STOPPED, Phase.FAILED);

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final TaskOperations operations;
    private final String what;
    private final Runnable afterwards;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> selectedTables = FXCollections.observableArrayList();
    private final BooleanProperty validateOnly = new SimpleBooleanProperty();
    private final StringProperty tableMappings = new SimpleStringProperty("");
    private final StringProperty taskSettings = new SimpleStringProperty("");
    private final StringProperty documentError = new SimpleStringProperty("");
    private TaskOperations.Documents loaded;

    /**
     * @param what the replication as the user knows it (e.g. {@code AWS DMS task dmspilot-...-task})
     * @param afterwards runs on the UI thread after each operation (the monitor reads the new state)
     */
    public TaskOperationsViewModel(TaskExecutor executor, DialogService dialogs, TaskOperations operations,
            String what, Runnable afterwards) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.operations = operations;
        this.what = what;
        this.afterwards = afterwards;
    }

    /** Stops the running replication, after a confirmation. */
    public void stop() {
        if (dialogs.confirm(lang("ops.stop.title"), lang("ops.stop.confirm", what))) {
            run(lang("ops.stop.job"), operations::stop, lang("ops.stopped", what));
        }
    }

    /** Starts a stopped or failed replication where it stopped. */
    public void resume() {
        run(lang("ops.resume.job"), operations::resume, lang("ops.resumed", what));
    }

    /** Starts a stopped or failed replication from the beginning, after a confirmation that says what it does. */
    public void restart() {
        if (dialogs.confirm(lang("ops.restart.title"), lang("ops.restart.confirm", what))) {
            run(lang("ops.restart.job"), operations::restart, lang("ops.restarted", what));
        }
    }

    /** Reloads the selected tables (data, or validation only), after a confirmation naming them. */
    public void reload() {
        List<String> tables = List.copyOf(selectedTables);
        if (tables.isEmpty()) {
            message.set(lang("ops.reload.none"));
            return;
        }
        boolean validation = validateOnly.get() && operations.reloadsValidationOnly();
        String mode = validation ? lang("ops.reload.validation") : lang("ops.reload.data");
        if (!operations.reloadsValidationOnly()) { // the local engine: it copies now, and says what that means
            if (dialogs.confirm(lang("ops.reload.title"), lang("ops.reload.confirmLocal", String.join(", ",
                    tables)))) {
                run(lang("ops.reload.job"), p -> operations.reload(tables, false, p), lang("ops.reloaded.local",
                        String.join(", ", tables)));
            }
            return;
        }
        if (dialogs.confirm(lang("ops.reload.title"), lang("ops.reload.confirm", String.join(", ", tables), mode))) {
            run(lang("ops.reload.job"), p -> operations.reload(tables, validation, p), lang("ops.reloading",
                    String.join(", ", tables), mode));
        }
    }

    /** Reads the task's current mappings and settings into the editable documents. */
    public void loadDocuments() {
        documentError.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(lang("ops.documents.job"), operations::documents).onSuccess(d -> {
            loaded = d;
            tableMappings.set(TaskDocuments.pretty(d.tableMappings()));
            taskSettings.set(TaskDocuments.pretty(d.taskSettings()));
        }).onFailure(this::failed).onFinished(() -> busy.set(false)));
    }

    /**
     * Checks both documents as DMS would, then sends the changed ones to the stopped task. False (with
     * {@link #documentErrorProperty()} set) when a document is refused before any AWS call.
     */
    public boolean modify() {
        if (loaded == null) {
            documentError.set(lang("ops.modify.notLoaded"));
            return false;
        }
        try {
            TaskDocuments.validateTableMappings(tableMappings.get());
            TaskDocuments.validateTaskSettings(taskSettings.get());
        } catch (DmsPilotException e) {
            documentError.set(e.getMessage());
            return false;
        }
        documentError.set("");
        String mappings = changed(tableMappings.get(), loaded.tableMappings());
        String settings = changed(taskSettings.get(), loaded.taskSettings());
        if (mappings == null && settings == null) {
            message.set(lang("ops.modify.unchanged"));
            return true;
        }
        run(lang("ops.modify.job"), p -> operations.modify(mappings, settings, p), lang("ops.modified", what));
        return true;
    }

    /** The edited text when it differs from what DMS has (compared as JSON), else null. */
    private static String changed(String edited, String current) {
        return TaskDocuments.sameJson(edited, current) ? null : edited;
    }

    private interface Operation {
        void run(org.dmspilot.core.progress.ProgressListener progress) throws Exception;
    }

    private void run(String title, Operation operation, String done) {
        busy.set(true);
        message.set(title + "\u2026");
        executor.execute(BackgroundTask.of(title, p -> {
            operation.run(p);
            return Boolean.TRUE;
        }).onSuccess(v -> message.set("\u2714 " + done)).onFailure(this::failed).onFinished(() -> {
            busy.set(false);
            afterwards.run();
        }));
    }

    private void failed(Throwable e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        message.set("\u2716 " + text);
        dialogs.showError(lang("ops.failed.title"), text);
    }

    private boolean active() {
        return phase.get() != null && ACTIVE.contains(phase.get());
    }

    private boolean halted() {
        return phase.get() != null && HALTED.contains(phase.get());
    }

    /** Stop is offered while the replication runs or loads. */
    public BooleanBinding canStopBinding() {
        return Bindings.createBooleanBinding(() -> !busy.get() && active(), busy, phase);
    }

    /** Resume and restart are offered once stopped or failed. */
    public BooleanBinding canStartBinding() {
        return Bindings.createBooleanBinding(() -> !busy.get() && halted(), busy, phase);
    }

    /** Reload is offered while the replication runs and tables are selected. */
    public BooleanBinding canReloadBinding() {
        return Bindings.createBooleanBinding(() -> !busy.get() && operations.canReloadIn(phase.get())
                && !selectedTables.isEmpty(), busy, phase, selectedTables);
    }

    /** Modify is offered for a stopped task (not on DMS Serverless). */
    public BooleanBinding canModifyBinding() {
        return Bindings.createBooleanBinding(() -> operations.canModify() && !busy.get() && (halted()
                || phase.get() == Phase.NOT_STARTED), busy, phase);
    }

    public boolean modifiable() {
        return operations.canModify();
    }

    /** Whether stop, resume and restart are offered (not for a local engine, started where it runs). */
    public boolean controlsTheRun() {
        return operations.controlsTheRun();
    }

    /** Whether the reload offers "validation only". */
    public boolean reloadsValidationOnly() {
        return operations.reloadsValidationOnly();
    }

    /** The replication's phase as last read (null until read). */
    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last operation did, or why it failed. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The {@code schema.table} names chosen in the statistics. */
    public ObservableList<String> selectedTables() {
        return selectedTables;
    }

    public BooleanProperty validateOnlyProperty() {
        return validateOnly;
    }

    public StringProperty tableMappingsProperty() {
        return tableMappings;
    }

    public StringProperty taskSettingsProperty() {
        return taskSettings;
    }

    /** Why the edited documents were refused, empty when they were not. */
    public StringProperty documentErrorProperty() {
        return documentError;
    }
}
