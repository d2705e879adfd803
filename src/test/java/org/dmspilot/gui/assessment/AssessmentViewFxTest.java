package org.dmspilot.gui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.report.SampleCatalogs;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AssessmentViewFxTest {
    private final Project project = Project.newProject("assess").withCatalog(SampleCatalogs.shop());
    private AssessmentViewModel vm;

    @Start
    void start(Stage stage) {
        RecordingDialogService dialogs = new RecordingDialogService();
        vm = new AssessmentViewModel(new FxTaskExecutor(), dialogs, new org.dmspilot.gui.connection.ProjectConnections(
                new org.dmspilot.core.secrets.SessionSecretStore(), new org.dmspilot.core.connect.DatabaseConnector(),
                dialogs), () -> project, ProgramConverter.NOT_CONVERTED);
        Scene scene = new Scene(new AssessmentView(vm).root(), 1280, 800);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void assessShowsChartsAndItemsGroupedByCode(FxRobot robot) throws Exception {
        robot.clickOn("Assess");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.assessmentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PieChart pie = robot.lookup("#statusChart").queryAs(PieChart.class);
        assertThat(pie.getData()).hasSize(4);
        assertThat(pie.getData().stream().mapToDouble(PieChart.Data::getPieValue).sum())
                .isEqualTo(vm.assessmentProperty().get().totalObjects());
        @SuppressWarnings("unchecked")
        TreeView<String> tree = robot.lookup("#codeTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(vm.groups().size());
        assertThat(tree.getRoot().getChildren().get(0).getValue()).startsWith("OBJECT-NOT-CONVERTED");
        java.util.List<String> opened = new java.util.ArrayList<>();
        vm.setOnOpenObject(opened::add);
        var group = tree.getRoot().getChildren().get(0);
        robot.interact(() -> {
            group.setExpanded(true);
            tree.getSelectionModel().select(group.getChildren().get(0));
            tree.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
        });
        assertThat(opened).hasSize(1).first().asString().startsWith("shop.");
        var png = Screenshots.capture(robot, robot.lookup(".assessment").query(), "assessment-view-fixture");
        assertThat(Files.size(png)).isPositive();
    }
}
