package org.dmspilot.gui.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.SchemaConverterTest;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ActionItem;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConversionViewFxTest {
    private Project project = Project.newProject("conv").withCatalog(new Catalog(Engine.MARIADB, "11.4.5", "test",
            Instant.EPOCH, List.of(SchemaConverterTest.shop())));
    private ConversionViewModel vm;

    @Start
    void start(Stage stage) {
        RecordingDialogService dialogs = new RecordingDialogService();
        vm = new ConversionViewModel(new FxTaskExecutor(), dialogs, new ProjectConnections(new SessionSecretStore(),
                new DatabaseConnector(), dialogs), () -> project, p -> project = p, ProgramConverter.NOT_CONVERTED);
        ConversionView view = new ConversionView(vm, project.catalog());
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void convertShowsTheTargetTreeDdlAndActionItemsAndAClickJumpsToTheObject(FxRobot robot) throws Exception {
        robot.clickOn("Convert");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ActionItem> items = robot.lookup("#itemsTable").queryAs(TableView.class);
        assertThat(items.getItems()).isNotEmpty();
        int row = 0;
        while (!items.getItems().get(row).object().startsWith("Shop.orders")) {
            row++;
        }
        int target = row;
        robot.interact(() -> items.getSelectionModel().select(target));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedObjectProperty().get()).isEqualTo("Shop.orders");
        CodeArea targetDdl = robot.lookup("#targetDdlArea").queryAs(CodeArea.class);
        assertThat(targetDdl.getText()).contains("CREATE TABLE shop.orders");
        assertThat(robot.lookup("#sourceDdlArea").queryAs(CodeArea.class).getText())
                .contains("CREATE TABLE `orders`");
        Screenshots.capture(robot, robot.lookup(".conversion").query(), "conversion-view-fixture");
    }
}
