package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.gui.testsupport.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LatencyChartFxTest {
    private static final Instant END = Instant.parse("2026-11-24T12:00:00Z");
    private LatencyChart chart;

    @Start
    void start(Stage stage) {
        chart = new LatencyChart();
        chart.endProperty().set(END);
        stage.setScene(new Scene(new StackPane(chart), 900, 360));
        stage.show();
    }

    /** One sample a second over {@code seconds}: a slow wave under 2 s and one spike of 8 s. */
    private static List<Sample> series(int seconds, double scale) {
        List<Sample> s = new ArrayList<>(seconds);
        for (int i = seconds; i >= 0; i--) {
            double v = scale * (1 + Math.sin(i / 90.0) * 0.6);
            if (i == 400) {
                v = 8;
            }
            s.add(new Sample(END.minusSeconds(i), v));
        }
        return s;
    }

    @Test
    void drawsBothSeriesDownsampledWithTheThresholdLine(FxRobot robot) {
        robot.interact(() -> {
            chart.getSource().setAll(series(3600, 0.7));
            chart.getTarget().setAll(series(3600, 1.1));
            chart.applyCss();
            chart.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Polyline target = robot.lookup(".target-line").match(n -> n instanceof Polyline).queryAs(Polyline.class);
        int points = target.getPoints().size() / 2;
        assertThat(points).as("900 samples in 15 min, downsampled to the plot width").isBetween(100,
                (int) chart.getWidth());
        double maxY = 0;
        double minY = Double.MAX_VALUE;
        for (int i = 1; i < target.getPoints().size(); i += 2) {
            minY = Math.min(minY, target.getPoints().get(i));
            maxY = Math.max(maxY, target.getPoints().get(i));
        }
        Line threshold = robot.lookup(".threshold-line").queryAs(Line.class);
        assertThat(minY).as("the 8 s spike survives downsampling, above the 5 s line").isLessThan(threshold.getStartY());
        assertThat(maxY).isGreaterThan(threshold.getStartY());
        Screenshots.capture(robot, chart, "latency-chart");
    }

    @Test
    void aDayOfSecondsStaysSmoothToDraw(FxRobot robot) {
        robot.interact(() -> {
            chart.windowProperty().set(Duration.ofHours(24));
            chart.getTarget().setAll(series(86_400, 1));
            chart.applyCss();
            chart.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Polyline target = robot.lookup(".target-line").match(n -> n instanceof Polyline).queryAs(Polyline.class);
        assertThat(target.getPoints().size() / 2).isLessThanOrEqualTo((int) chart.getWidth());
    }
}
