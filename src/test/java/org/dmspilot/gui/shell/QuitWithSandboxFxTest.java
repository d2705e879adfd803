package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quit after the app started the sandbox (issue #14, local cleanup): with unsaved changes it first asks Save / Don't
 * Save / Cancel, then whether to stop the sandbox's servers (Stop / Leave running / Cancel); both dialogs are owned by
 * the main window. Cancel keeps the window and the servers; Stop stops them before the window closes.
 */
@ExtendWith(ApplicationExtension.class)
class QuitWithSandboxFxTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());
    private final AtomicInteger stops = new AtomicInteger();
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        var dir = Files.createTempDirectory("quit-sandbox");
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node),
                new org.dmspilot.core.secrets.SessionSecretStore(), progress -> new MainViewModel.SandboxProject(
                        Project.newProject("shopwave sandbox"), dir.resolve("shopwave.dmspilot.json"), p -> {
                            stops.incrementAndGet(); // the servers this app started, stopped
                            return true;
                        }));
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void quitAsksToSaveThenWhetherToStopTheSandboxItStarted(FxRobot robot) throws Exception {
        Platform.runLater(() -> shell.viewModel().openSandbox());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.viewModel().projectFileProperty().get() != null);
        robot.interact(() -> shell.viewModel().updateProject(shell.viewModel().projectProperty().get()
                .withName("shopwave sandbox, renamed")));

        // Cancel at the servers' question: the window stays, the servers run
        Platform.runLater(shell::close);
        DialogPane save = dialog(robot, "Don't Save");
        ownedByTheMainWindow(save);
        Screenshots.record(robot, save, "quit-1-unsaved");
        answer(save, "Don't Save");
        DialogPane servers = dialog(robot, "Stop the servers");
        ownedByTheMainWindow(servers);
        assertThat(servers.getContentText()).contains("started the sandbox's servers");
        assertThat(buttons(servers)).containsExactly("Stop the servers", "Leave them running", "Cancel");
        Screenshots.capture(robot, servers, "quit-sandbox-dialog");
        answer(servers, "Cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noDialog(robot));
        assertThat(stage.isShowing()).isTrue();
        assertThat(stops.get()).isZero();

        // Stop: the servers are stopped, then the window closes
        Platform.runLater(shell::close);
        answer(dialog(robot, "Don't Save"), "Don't Save");
        answer(dialog(robot, "Stop the servers"), "Stop the servers");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(stops.get()).isEqualTo(1);
    }

    private void ownedByTheMainWindow(DialogPane pane) {
        assertThat(((Stage) pane.getScene().getWindow()).getOwner()).as("dialog owner").isSameAs(stage);
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText().replace("_", ""))
                .toList();
    }

    /** The dialog showing a button with {@code text}. */
    private static DialogPane dialog(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> find(robot, text) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return find(robot, text);
    }

    private static DialogPane find(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing() && buttons(p).contains(text))
                .findFirst().orElse(null);
    }

    private static boolean noDialog(FxRobot robot) {
        return Window.getWindows().stream().noneMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane);
    }

    private static void answer(DialogPane pane, String text) {
        Button button = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
