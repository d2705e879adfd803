package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.cutover.CutoverChecklist;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.ValidationSummary;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.SeriesStats;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * The monitor: latency series, incoming changes, throughput, table statistics and the cutover checklist, refreshed
 * from a {@link MigrationMetrics} (local engine or CloudWatch) off the UI thread.
 */
public final class MonitorViewModel {
    private final TaskExecutor executor;
    private final MigrationMetrics metrics;
    private final Supplier<ValidationSummary> validation;
    private final Clock clock;
    private final ObservableList<Sample> sourceLatency = FXCollections.observableArrayList();
    private final ObservableList<Sample> targetLatency = FXCollections.observableArrayList();
    private final ObservableList<TableStatistics> tables = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(Duration.ofMinutes(15));
    private final ObjectProperty<Instant> end = new SimpleObjectProperty<>();
    private final DoubleProperty threshold = new SimpleDoubleProperty(5);
    private final StringProperty summary = new SimpleStringProperty(lang("monitor.waiting"));
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private boolean refreshing;

    /**
     * @param validation the latest validation result (DMS validation states or the local validator)
     */
    public MonitorViewModel(TaskExecutor executor, MigrationMetrics metrics, Supplier<ValidationSummary> validation,
            Clock clock) {
        this.executor = executor;
        this.metrics = metrics;
        this.validation = validation;
        this.clock = clock;
        end.set(clock.instant());
    }

    /** What one refresh read. */
    private record Snapshot(Instant now, List<Sample> source, List<Sample> target, List<Sample> incoming,
            List<Sample> throughput, List<TableStatistics> tables, ValidationSummary validation) {
    }

    /** Reads the metrics for the current window (skipped while a refresh is still running). */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        Duration shown = window.get();
        CutoverSettings settings = settings();
        Duration span = shown.compareTo(settings.stableFor()) > 0 ? shown : settings.stableFor();
        executor.execute(BackgroundTask.of(lang("job.monitor"), p -> {
            Instant now = clock.instant();
            Instant from = now.minus(span);
            return new Snapshot(now, metrics.sourceLatency(from, now), metrics.targetLatency(from, now),
                    metrics.incomingChanges(now.minusSeconds(120), now), metrics.throughput(now.minusSeconds(120), now),
                    metrics.tableStatistics(), validation.get());
        }).onSuccess(this::show).onFinished(() -> refreshing = false));
    }

    private void show(Snapshot s) {
        sourceLatency.setAll(s.source());
        targetLatency.setAll(s.target());
        tables.setAll(s.tables());
        end.set(s.now());
        List<ChecklistItem> items = CutoverChecklist.evaluate(s.tables(), s.target(), s.validation(), settings(),
                s.now());
        checklist.setAll(items);
        ready.set(CutoverChecklist.ready(items));
        double latency = s.target().isEmpty() ? Double.NaN : s.target().get(s.target().size() - 1).value();
        double incoming = s.incoming().isEmpty() ? 0 : s.incoming().get(s.incoming().size() - 1).value();
        double throughput = SeriesStats.max(s.throughput()).map(Sample::value).orElse(0.0);
        summary.set(Double.isNaN(latency) ? lang("monitor.waiting")
                : lang("monitor.summary", latency, (long) incoming, throughput));
    }

    private CutoverSettings settings() {
        CutoverSettings d = CutoverSettings.defaults();
        return new CutoverSettings(threshold.get(), d.stableFor(), d.maxSampleGap());
    }

    public ObservableList<Sample> sourceLatency() {
        return sourceLatency;
    }

    public ObservableList<Sample> targetLatency() {
        return targetLatency;
    }

    public ObservableList<TableStatistics> tables() {
        return tables;
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    public ObjectProperty<Duration> windowProperty() {
        return window;
    }

    public ObjectProperty<Instant> endProperty() {
        return end;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** True when the whole checklist passed. */
    public BooleanProperty readyProperty() {
        return ready;
    }
}
