package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.ValidationSummary;
import org.dmspilot.core.monitor.Sample;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The monitor view over a recorded run: chart, tables, checklist; the window buttons change what is drawn. */
@ExtendWith(ApplicationExtension.class)
class MonitorViewFxTest {
    private MonitorViewModel vm;

    @Start
    void start(Stage stage) {
        RecordedMetrics metrics = new RecordedMetrics(0.6);
        metrics.latency.set(metrics.latency.size() - 10, new Sample(RecordedMetrics.NOW.minusSeconds(100), 7));
        vm = new MonitorViewModel(new FxTaskExecutor(), metrics, () -> new ValidationSummary(true, 0, "validated"),
                Clock.fixed(RecordedMetrics.NOW, ZoneOffset.UTC));
        MonitorView view = new MonitorView(vm);
        Scene scene = new Scene(view.root(), 1100, 720);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheLatencyTheTablesAndWhyCutoverMustWait(FxRobot robot) throws Exception {
        robot.interact(vm::refresh);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !vm.checklist().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(robot.lookup(".target-line").match(n -> n instanceof Polyline).queryAs(Polyline.class)
                .getPoints()).isNotEmpty();
        robot.clickOn("1 h");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> vm.targetLatency().size() == 361);
        Screenshots.capture(robot, robot.lookup(".monitor").query(), "monitor-recorded");
    }
}
