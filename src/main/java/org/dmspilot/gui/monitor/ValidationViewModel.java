package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.resync.Resync;
import org.dmspilot.core.validate.TableReport;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * "Validate now" and "Resync" in a task's monitor: validates the task's tables on both servers and lists, per table,
 * the keys whose rows differ; Resync copies those rows again from the source through the core resync (fenced against
 * a running local CDC; tables without a primary key copied whole after a confirmation) and shows the validation of
 * the repaired tables afterwards. Only the two connections are needed, so it repairs a target AWS DMS loaded too.
 */
public final class ValidationViewModel {
    /** Mismatching keys listed per table at most (the resync finds all of them again). */
    static final int KEYS_SHOWN = 20;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final String schema;
    private final TableSelection selection;
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty differences = new SimpleBooleanProperty();
    private java.util.function.Consumer<ValidationReport> validated = r -> { };

    public ValidationViewModel(TaskExecutor executor, DialogService dialogs, ConnectionFactory source,
            ConnectionFactory target, String schema, TableSelection selection) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.source = source;
        this.target = target;
        this.schema = schema;
        this.selection = selection;
    }

    /**
     * Tells {@code listener} (on the UI thread) each validation of all the task's tables this panel makes: "Validate
     * now", and a resync's validation before with the repaired tables' validation after. The monitor's checklist and
     * table statistics show it instead of an older scheduled result.
     */
    public ValidationViewModel onValidated(java.util.function.Consumer<ValidationReport> listener) {
        this.validated = listener;
        return this;
    }

    /** Validates the task's tables now, in the background; lists the tables that differ with their keys. */
    public void validateNow() {
        run(BackgroundTask.of(lang("validation.job.validate"), p -> new Validator(source, target, 2, 100_000,
                selection).withKeyLimit(KEYS_SHOWN).validate(schema, p)).onSuccess(this::show));
    }

    /**
     * Asks first (tables without a primary key are copied whole), then copies the differing rows again from the
     * source and shows the validation of the repaired tables.
     */
    public void resync() {
        if (busy.get() || !dialogs.confirm(lang("validation.resync.title"), lang("validation.resync.confirm"))) {
            return;
        }
        run(BackgroundTask.of(lang("validation.job.resync"), p -> new Resync(source, target, 2, 100_000, selection,
                1_000).run(schema, table -> true, p)).onSuccess(r -> {
                    List<String> lines = new ArrayList<>();
                    r.repairs().forEach(x -> lines.add(x.wholeTable() ? lang("validation.resynced.whole", x.table(),
                            x.rows()) : lang("validation.resynced.keys", x.table(), x.rows())));
                    r.skipped().forEach(t -> lines.add(lang("validation.resync.skipped", t)));
                    r.after().tables().forEach(t -> lines.add(line(t)));
                    results.setAll(lines);
                    validated.accept(afterResync(r));
                    differences.set(!r.repaired());
                    summary.set(r.repairs().isEmpty() && r.skipped().isEmpty() ? lang("validation.identical",
                            r.before().tables().size()) : r.repaired() ? lang("validation.resync.done",
                            r.repairs().size()) : lang("validation.resync.stillDifferent"));
                }));
    }

    /** The tables as they stand after a resync: the repaired ones as validated again, the others as before. */
    private static ValidationReport afterResync(Resync.Result r) {
        java.util.Map<String, TableReport> tables = new java.util.LinkedHashMap<>();
        r.before().tables().forEach(t -> tables.put(t.table(), t));
        r.after().tables().forEach(t -> tables.put(t.table(), t));
        return new ValidationReport(r.before().schema(), List.copyOf(tables.values()), r.before().millis()
                + r.after().millis());
    }

    private void show(ValidationReport report) {
        validated.accept(report);
        List<TableReport> different = report.tables().stream().filter(t -> !t.identical()).toList();
        results.setAll(different.stream().map(ValidationViewModel::line).toList());
        differences.set(!different.isEmpty());
        summary.set(different.isEmpty() ? lang("validation.identical", report.tables().size())
                : lang("validation.different", different.size(), report.tables().size()));
    }

    static String line(TableReport t) {
        if (t.identical()) {
            return lang("validation.line.identical", t.table(), t.sourceRows());
        }
        List<String> keys = t.mismatchingKeys();
        String shown = keys.isEmpty() ? lang("validation.line.noKeys") : String.join(", ", keys.subList(0,
                Math.min(KEYS_SHOWN, keys.size()))) + (keys.size() >= KEYS_SHOWN ? ", \u2026" : "");
        return lang("validation.line.different", t.table(), t.sourceRows(), t.targetRows(), shown)
                + (t.columnProblems().isEmpty() ? "" : " " + String.join("; ", t.columnProblems()));
    }

    private <V> void run(BackgroundTask<V> task) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        summary.set(task.title() + "\u2026");
        executor.execute(task.onFailure(e -> summary.set(lang("validation.failed", e.getMessage())))
                .onFinished(() -> busy.set(false)));
    }

    /** One line per table that differs (with the keys of its differing rows), or per repaired table. */
    public ObservableList<String> results() {
        return results;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when the last validation found rows that differ: Resync has something to repair. */
    public BooleanProperty differencesProperty() {
        return differences;
    }
}
