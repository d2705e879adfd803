package org.dmspilot.gui.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.core.monitor.SeriesStats;

/** Draws the latency chart with shapes, so CSS styles every part; series are downsampled to the plot's width. */
final class LatencyChartSkin extends SkinBase<LatencyChart> {
    private static final double LEFT = 52;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double BOTTOM = 28;
    private final Group plot = new Group();
    /** Set when data or settings change; layout passes without a change or a resize redraw nothing. */
    private boolean dirty = true;
    private double drawnWidth;
    private double drawnHeight;

    LatencyChartSkin(LatencyChart chart) {
        super(chart);
        plot.setManaged(false);
        getChildren().add(plot);
        InvalidationListener redraw = o -> {
            dirty = true;
            chart.requestLayout();
        };
        chart.getSource().addListener(redraw);
        chart.getTarget().addListener(redraw);
        chart.getMarks().addListener(redraw);
        chart.thresholdProperty().addListener(redraw);
        chart.windowProperty().addListener(redraw);
        chart.endProperty().addListener(redraw);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (!dirty && w == drawnWidth && h == drawnHeight) {
            return;
        }
        dirty = false;
        drawnWidth = w;
        drawnHeight = h;
        LatencyChart chart = getSkinnable();
        plot.getChildren().clear();
        double plotW = Math.max(10, w - LEFT - RIGHT);
        double plotH = Math.max(10, h - TOP - BOTTOM);
        Instant end = chart.endProperty().get();
        Duration window = chart.windowProperty().get();
        Instant start = end.minus(window);
        List<Sample> source = SeriesStats.downsampleMax(SeriesStats.window(chart.getSource(), start, end),
                (int) plotW);
        List<Sample> target = SeriesStats.downsampleMax(SeriesStats.window(chart.getTarget(), start, end),
                (int) plotW);
        double threshold = chart.thresholdProperty().get();
        double max = Math.max(threshold * 1.5, Math.max(top(source), top(target)) * 1.1);
        max = niceCeiling(max);

        Rectangle background = new Rectangle(x + LEFT, y + TOP, plotW, plotH);
        background.getStyleClass().add("plot-background");
        plot.getChildren().add(background);
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double py = y + TOP + plotH - plotH * i / 4;
            Line grid = new Line(x + LEFT, py, x + LEFT + plotW, py);
            grid.getStyleClass().add("grid-line");
            Text label = new Text(x + 4, py + 4, format(value) + " s");
            label.getStyleClass().add("axis-label");
            plot.getChildren().addAll(grid, label);
        }
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern(window.toHours() >= 12 ? "HH:mm" : "HH:mm:ss")
                .withZone(ZoneId.systemDefault());
        for (int i = 0; i <= 4; i++) {
            Instant t = start.plus(window.multipliedBy(i).dividedBy(4));
            double px = x + LEFT + plotW * i / 4;
            Text label = new Text(i == 4 ? px - 52 : i == 0 ? px : px - 24, y + TOP + plotH + 18, fmt.format(t));
            label.getStyleClass().add("axis-label");
            plot.getChildren().add(label);
        }
        double ty = y + TOP + plotH - plotH * threshold / max;
        Line thresholdLine = new Line(x + LEFT, ty, x + LEFT + plotW, ty);
        thresholdLine.getStyleClass().add("threshold-line");
        Text thresholdLabel = new Text(x + LEFT + plotW - 120, ty - 4, "threshold " + format(threshold) + " s");
        thresholdLabel.getStyleClass().add("threshold-label");
        plot.getChildren().addAll(thresholdLine, thresholdLabel);
        plot.getChildren().add(line(source, "source-line", start, window, x + LEFT, y + TOP, plotW, plotH, max));
        plot.getChildren().add(line(target, "target-line", start, window, x + LEFT, y + TOP, plotW, plotH, max));
        marks(chart, start, window, x + LEFT, y + TOP + plotH, plotW);
        legend(x + LEFT, y + 6);
    }

    /** A short tick on the time axis at each error (and warning) of the task log within the window. */
    private void marks(LatencyChart chart, Instant start, Duration window, double left, double axisY, double w) {
        double span = window.toMillis();
        for (org.dmspilot.core.monitor.LogLine l : chart.getMarks()) {
            double offset = l.at().toEpochMilli() - start.toEpochMilli();
            if (offset < 0 || offset > span || l.level().ordinal() > 1) {
                continue;
            }
            double px = left + w * offset / span;
            Line tick = new Line(px, axisY - 10, px, axisY + 4);
            tick.getStyleClass().add(l.level() == org.dmspilot.core.monitor.LogLine.Level.ERROR ? "error-mark"
                    : "warning-mark");
            plot.getChildren().add(tick);
        }
    }

    private void legend(double x, double y) {
        Line s = new Line(x, y + 8, x + 22, y + 8);
        s.getStyleClass().add("source-line");
        Text st = new Text(x + 28, y + 12, "source latency");
        st.getStyleClass().add("axis-label");
        Line t = new Line(x + 140, y + 8, x + 162, y + 8);
        t.getStyleClass().add("target-line");
        Text tt = new Text(x + 168, y + 12, "target latency");
        tt.getStyleClass().add("axis-label");
        plot.getChildren().addAll(s, st, t, tt);
    }

    private static Polyline line(List<Sample> series, String style, Instant start, Duration window, double left,
            double top, double w, double h, double max) {
        Polyline p = new Polyline();
        double span = window.toMillis();
        for (Sample s : series) {
            double px = left + w * (s.at().toEpochMilli() - start.toEpochMilli()) / span;
            double py = top + h - h * Math.min(s.value(), max) / max;
            p.getPoints().addAll(px, py);
        }
        p.getStyleClass().add(style);
        return p;
    }

    private static double top(List<Sample> s) {
        return SeriesStats.max(s).map(Sample::value).orElse(0.0);
    }

    /** 1, 2, 5 × 10^n at or above {@code v}. */
    static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1e-9))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300;
    }
}
