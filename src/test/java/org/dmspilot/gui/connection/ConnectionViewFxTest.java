package org.dmspilot.gui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dmspilot.core.connect.ConnectionTester;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.connection.ConnectionViewModel.Status;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The source connection panel under Monocle: fill the form, click Test connection, read the result. */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewFxTest {
    private ConnectionViewModel vm;
    private ConnectionView view;

    @Start
    void start(Stage stage) {
        vm = new ConnectionViewModel(ConnectionRole.SOURCE, new FxTaskExecutor(), new ConnectionTester(),
                new SessionSecretStore());
        view = new ConnectionView(vm);
        stage.setScene(new Scene(view.root(), 760, 720));
        stage.show();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private void fillAndTest(FxRobot robot, TestDatabase db, String password) throws Exception {
        robot.clickOn("#engineChoice").clickOn("MariaDB");
        type(robot, "#hostField", db.host());
        type(robot, "#portField", String.valueOf(db.port()));
        type(robot, "#databaseField", db.database());
        type(robot, "#userField", db.user());
        type(robot, "#passwordField", password);
        Button test = robot.lookup("#testButton").queryButton();
        assertThat(test.isDisabled()).as(vm.validationMessageProperty().get()).isFalse();
        robot.clickOn(test);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.statusProperty().get() == Status.SUCCEEDED
                || vm.statusProperty().get() == Status.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filledFormConnectsAndShowsTheServerVersion(FxRobot robot) throws Exception {
        TestDatabase db = Databases.newMariaDbDatabase("panel_ok");

        fillAndTest(robot, db, db.password());

        assertThat(vm.engineProperty().get()).isEqualTo(Engine.MARIADB);
        Label headline = robot.lookup("#resultHeadline").queryAs(Label.class);
        assertThat(headline.getText()).isEqualTo("Connected to MariaDB 11.4.5");
        assertThat(headline.getStyleClass()).contains("result-success");
        assertThat(robot.lookup("#resultMessage").queryAs(Label.class).getText())
                .startsWith("Connected to MariaDB 11.4.5 at " + db.host() + ":" + db.port() + "/" + db.database());
        Path png = Screenshots.capture(robot, view.root(), "connection-panel");
        assertThat(png).exists();
    }

    @Test
    void wrongPasswordShowsTheSpecificFailure(FxRobot robot) throws Exception {
        TestDatabase db = Databases.newMariaDbDatabase("panel_auth");

        fillAndTest(robot, db, "not-the-password");

        Label headline = robot.lookup("#resultHeadline").queryAs(Label.class);
        assertThat(headline.getText()).isEqualTo("Authentication failed");
        assertThat(headline.getStyleClass()).contains("result-failure");
        assertThat(robot.lookup("#resultMessage").queryAs(Label.class).getText())
                .contains("authentication failed for user \"" + db.user() + "\"")
                .doesNotContain("not-the-password");
    }
}
