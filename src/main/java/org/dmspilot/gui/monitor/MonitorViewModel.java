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
    private final StringProperty lastRefresh = new SimpleStringProperty("");
    private final javafx.collections.ObservableMap<String, org.dmspilot.core.monitor.TableLoad> loads =
            FXCollections.observableHashMap();
    private boolean refreshing;
    private boolean refreshAgain;
    /** The latest validation of the task's tables, by source table (UI thread only). */
    private final java.util.Map<String, org.dmspilot.core.validate.TableReport> validated = new java.util.HashMap<>();

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
            List<Sample> throughput, List<TableStatistics> tables, List<org.dmspilot.core.monitor.TableLoad> loads,
            ValidationSummary validation) {
    }

    /** Reads the metrics for the current window (skipped while a refresh is still running). */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true; // what changed meanwhile (a validation) is read once this one is done
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
                    metrics.tableStatistics(), metrics.loadProgress(), validation.get());
        }).onSuccess(this::show).onFinished(() -> {
            refreshing = false;
            if (refreshAgain) {
                refreshAgain = false;
                refresh();
            }
        }));
    }

    /**
     * A validation of the task's tables made now ("Validate now"): each table's validation state and row counts
     * show it from now on, and the monitor reads again (the checklist reads the same result through its schedule).
     */
    public void validated(org.dmspilot.core.validate.ValidationReport report) {
        validated.clear();
        report.tables().forEach(t -> validated.put(t.table(), t));
        refresh();
    }

    /** A table's statistics with the latest validation's state and, when the engine did not count, its counts. */
    private TableStatistics withValidation(TableStatistics t) {
        org.dmspilot.core.validate.TableReport v = validated.get(t.table());
        if (v == null) {
            return t;
        }
        String state = v.identical() ? lang("monitor.validation.identical") : lang("monitor.validation.differs",
                Math.max(v.mismatchingKeys().size(), Math.abs(v.sourceRows() - v.targetRows())));
        boolean counted = t.sourceRows() >= 0 || t.targetRows() >= 0;
        return new TableStatistics(t.schema(), t.table(), t.fullLoadDone(), t.fullLoadRows(), t.inserts(),
                t.updates(), t.deletes(), counted ? t.sourceRows() : v.sourceRows(), counted ? t.targetRows()
                        : v.targetRows(), state, t.problem());
    }

    private void show(Snapshot s) {
        sourceLatency.setAll(s.source());
        targetLatency.setAll(s.target());
        java.util.Map<String, org.dmspilot.core.monitor.TableLoad> byTable = new java.util.HashMap<>();
        s.loads().forEach(l -> byTable.put(l.table(), l));
        loads.keySet().retainAll(byTable.keySet());
        loads.putAll(byTable); // before the rows: their cells read it
        if (s.validation().report() != null) {
            // the latest validation (scheduled, the checklist's, or "Validate now") is each table's state too, so
            // the statistics never say "Not enabled" beside a checklist that says the tables are identical
            validated.clear();
            s.validation().report().tables().forEach(t -> validated.put(t.table(), t));
        }
        List<TableStatistics> shown = s.tables().stream().map(this::withValidation).toList();
        tables.setAll(shown);
        end.set(s.now());
        List<ChecklistItem> items = CutoverChecklist.evaluate(shown, s.target(), s.validation(), settings(),
                s.now());
        checklist.setAll(items);
        ready.set(CutoverChecklist.ready(items));
        double latency = s.target().isEmpty() ? Double.NaN : s.target().get(s.target().size() - 1).value();
        double incoming = s.incoming().isEmpty() ? 0 : s.incoming().get(s.incoming().size() - 1).value();
        double throughput = SeriesStats.max(s.throughput()).map(Sample::value).orElse(0.0);
        lastRefresh.set(lang("monitor.lastRefresh", java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(clock.getZone()).format(s.now())));
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

    /** Each table's full-load (or reload) progress as the engine recorded it, by source table. */
    public javafx.collections.ObservableMap<String, org.dmspilot.core.monitor.TableLoad> loads() {
        return loads;
    }

    /** When the monitor last read the metrics ({@code Last refresh: 14:02:07}), empty before. */
    public StringProperty lastRefreshProperty() {
        return lastRefresh;
    }

    /** The time of the last refresh, for the elapsed time and ETA of the loads shown. */
    public java.time.Instant shownAt() {
        return end.get();
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
