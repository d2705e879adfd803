package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard provisions and starts a DMS task against the emulator, from the screen. */
@ExtendWith(ApplicationExtension.class)
class DmsWizardViewFxTest {
    private static final Project PROJECT = new Project(1, "5e4d3c2b-1111-4222-8333-944455556666", "shop",
            new ConnectionProfile(Engine.MYSQL, "mysql.internal", 3306, "shop", "dms", TlsMode.REQUIRE, null, null, 0),
            new ConnectionProfile(Engine.POSTGRESQL, "pg.internal", 5432, "shop", "dms", TlsMode.REQUIRE, null, null,
                    0), List.of());
    private AwsEmulator aws;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        aws = new AwsEmulator();
        DmsWizardViewModel vm = new DmsWizardViewModel(new FxTaskExecutor(), Platform::runLater, () -> PROJECT,
                AwsClients::new, role -> Optional.of("pw"), DmsState.empty(PROJECT.id(), "eu-west-1"), s -> { },
                Timing.fast());
        stage.setScene(new Scene(new DmsWizardView(vm).root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void provisionsAndStartsTheTaskFromTheWizard(FxRobot robot) throws Exception {
        robot.clickOn("#regionField").write("eu-west-1");
        robot.clickOn("#endpointField").write(aws.endpoint().toString());
        robot.clickOn("#subnetsField").write("subnet-a1, subnet-b1");
        robot.clickOn("#secretsBox");
        robot.clickOn("#provisionButton");
        ListView<StepState> steps = robot.lookup("#stepsList").queryListView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !steps.getItems().isEmpty()
                && steps.getItems().stream().allMatch(s -> s.status() == StepState.Status.DONE));
        assertThat(steps.getItems()).hasSize(12);
        assertThat(robot.lookup("#planArea").queryTextInputControl().getText()).contains("PubliclyAccessible = false");

        robot.clickOn("#startButton");
        TableView<?> tables = robot.lookup("#tablesTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tables.getItems().size() == 2);
        assertThat(aws.dms().tasks().get(0).path("Status").asText()).isEqualTo("running");
    }
}
