package org.dmspilot.gui.readiness;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;

/** The readiness checks of the source: run them, filter by status, copy the fix SQL. */
public final class ReadinessViewModel {
    /** Which results the list shows. */
    public enum Filter { ALL, PROBLEMS, FAIL, WARN, PASS }

    private final TaskExecutor executor;
    private final BackgroundTask.Work<List<CheckResult>> checks;
    private final Consumer<String> clipboard;
    private final ObservableList<CheckResult> results = FXCollections.observableArrayList();
    private final FilteredList<CheckResult> shown = new FilteredList<>(results);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<CheckResult> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty(lang("readiness.notRun"));
    private final BooleanProperty running = new SimpleBooleanProperty();
    private TaskExecutor.Cancellable job;

    /**
     * @param checks runs the checks against the source (off the UI thread)
     * @param clipboard puts text on the system clipboard
     */
    public ReadinessViewModel(TaskExecutor executor, BackgroundTask.Work<List<CheckResult>> checks,
            Consumer<String> clipboard) {
        this.executor = executor;
        this.checks = checks;
        this.clipboard = clipboard;
        filter.addListener((obs, old, f) -> shown.setPredicate(r -> matches(f, r.status())));
    }

    static boolean matches(Filter f, CheckStatus status) {
        return switch (f) {
            case ALL -> true;
            case PROBLEMS -> status != CheckStatus.PASS;
            case FAIL -> status == CheckStatus.FAIL;
            case WARN -> status == CheckStatus.WARN;
            case PASS -> status == CheckStatus.PASS;
        };
    }

    public void run() {
        running.set(true);
        summary.set(lang("readiness.running"));
        job = executor.execute(BackgroundTask.of(lang("job.readiness"), checks)
                .onSuccess(list -> {
                    results.setAll(list);
                    summary.set(summarize(list));
                    selected.set(list.stream().filter(r -> r.status() == CheckStatus.FAIL).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(e -> summary.set(lang("readiness.failed", e.getMessage())))
                .onCancelled(() -> summary.set(lang("status.cancelled")))
                .onFinished(() -> running.set(false)));
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    static String summarize(List<CheckResult> list) {
        long fail = list.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
        long warn = list.stream().filter(r -> r.status() == CheckStatus.WARN).count();
        long pass = list.size() - fail - warn;
        return fail > 0 ? lang("readiness.summary.fail", pass, warn, fail)
                : lang("readiness.summary.ok", pass, warn, fail);
    }

    /** Copies the selected check's fix SQL; false when it has none. */
    public boolean copyFix() {
        CheckResult r = selected.get();
        if (r == null || r.fix() == null || r.fix().isBlank()) {
            return false;
        }
        clipboard.accept(r.fix());
        summary.set(lang("readiness.copied", r.id()));
        return true;
    }

    public ObservableList<CheckResult> shown() {
        return shown;
    }

    public ObservableList<CheckResult> results() {
        return results;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObjectProperty<CheckResult> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
