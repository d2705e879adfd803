package org.dmspilot.gui.monitor;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.dmspilot.core.monitor.Sample;

/**
 * A live chart of CDC source and target latency over a time window, with the cutover threshold as a line. Styled
 * by {@code latency-chart.css} (classes {@code .source-line}, {@code .target-line}, {@code .threshold-line}).
 */
public final class LatencyChart extends Control {
    private final ObservableList<Sample> source = FXCollections.observableArrayList();
    private final ObservableList<Sample> target = FXCollections.observableArrayList();
    private final ObservableList<org.dmspilot.core.monitor.LogLine> marks = FXCollections.observableArrayList();
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 5);
    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(this, "window", Duration.ofMinutes(15));
    private final ObjectProperty<Instant> end = new SimpleObjectProperty<>(this, "end", Instant.now());

    public LatencyChart() {
        getStyleClass().add("latency-chart");
    }

    /** Source latency samples (seconds). */
    public ObservableList<Sample> getSource() {
        return source;
    }

    /** Target latency samples (seconds). */
    public ObservableList<Sample> getTarget() {
        return target;
    }

    /** Log lines marked on the time axis (errors red, warnings amber: {@code .error-mark}, {@code .warning-mark}). */
    public ObservableList<org.dmspilot.core.monitor.LogLine> getMarks() {
        return marks;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** How much time the chart shows (15 min, 1 h, 24 h). */
    public ObjectProperty<Duration> windowProperty() {
        return window;
    }

    /** The right edge of the time axis (normally now). */
    public ObjectProperty<Instant> endProperty() {
        return end;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LatencyChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return LatencyChart.class.getResource("latency-chart.css").toExternalForm();
    }
}
