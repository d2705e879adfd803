package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.monitor.LogFilter;
import org.dmspilot.core.monitor.LogLine;
import org.dmspilot.core.monitor.TaskLog;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * The task log panel: the lines read so far from a {@link TaskLog} (CloudWatch Logs for DMS, the engine's own log
 * for the local engine), shown newest first through a severity and table filter, followed live while
 * {@link #followProperty() follow} is on. Errors and warnings are also kept in {@link #marks()} for the chart.
 */
public final class TaskLogViewModel {
    /** Lines kept in memory; older ones are dropped. */
    static final int KEPT = 5_000;

    private final TaskExecutor executor;
    private final TaskLog log;
    private final List<LogLine> all = new ArrayList<>();
    private final ObservableList<LogLine> shown = FXCollections.observableArrayList();
    private final ObservableList<LogLine> marks = FXCollections.observableArrayList();
    private final ObjectProperty<LogLine.Level> level = new SimpleObjectProperty<>(LogLine.Level.INFO);
    private final StringProperty table = new SimpleStringProperty("");
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final StringProperty status = new SimpleStringProperty();
    private boolean reading;

    public TaskLogViewModel(TaskExecutor executor, TaskLog log) {
        this.executor = executor;
        this.log = log;
        status.set(log.describe());
        level.addListener((o, a, b) -> refilter());
        table.addListener((o, a, b) -> refilter());
    }

    /** Reads what the log has that was not read yet, in the background (skipped while a read runs). */
    public void read() {
        if (reading) {
            return;
        }
        reading = true;
        executor.execute(BackgroundTask.of(lang("job.taskLog"), p -> log.poll()).onSuccess(this::append)
                .onFailure(e -> status.set(lang("monitor.log.failed", e.getMessage())))
                .onFinished(() -> reading = false));
    }

    /** One refresh tick: reads new lines while following. */
    public void tick() {
        if (follow.get()) {
            read();
        }
    }

    private void append(List<LogLine> lines) {
        all.addAll(lines);
        if (all.size() > KEPT) {
            all.subList(0, all.size() - KEPT).clear();
        }
        lines.stream().filter(l -> l.level().atLeast(LogLine.Level.WARNING)).forEach(marks::add);
        status.set(lang("monitor.log.status", log.describe(), all.size()));
        refilter();
    }

    private void refilter() {
        shown.setAll(new LogFilter(level.get(), table.get()).newestFirst(all));
    }

    /** The lines that pass the filter, newest first. */
    public ObservableList<LogLine> shown() {
        return shown;
    }

    /** Every error and warning read so far, oldest first. */
    public ObservableList<LogLine> marks() {
        return marks;
    }

    public ObjectProperty<LogLine.Level> levelProperty() {
        return level;
    }

    /** {@code schema.table}, or blank for every table. */
    public StringProperty tableProperty() {
        return table;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    /** Where the lines come from and how many were read, or why reading failed. */
    public StringProperty statusProperty() {
        return status;
    }
}
