package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window under Monocle: welcome page, sandbox offered, a project opened from it, the picture taken. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());
    private Shell shell;

    @Start
    void start(Stage stage) {
        var secrets = new org.dmspilot.core.secrets.SessionSecretStore();
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node), secrets, progress -> {
            progress.progress(1, 2, "Starting servers");
            var scratch = Databases.newMariaDbDatabase("shell_source");
            scratch.execute("DROP DATABASE IF EXISTS shopwave", "CREATE DATABASE shopwave");
            var source = scratch.withDatabase("shopwave");
            try (var c = source.connect()) {
                org.dmspilot.core.sandbox.Shopwave.load(c);
            }
            var target = Databases.newPostgresDatabase("shell_target");
            Project p = Project.newProject("shopwave sandbox").withSource(source.profile())
                    .withTarget(target.profile());
            secrets.put(org.dmspilot.core.secrets.SecretKeys.database(p.id(),
                    org.dmspilot.model.ConnectionRole.SOURCE), source.password().toCharArray());
            return new MainViewModel.SandboxProject(p, java.nio.file.Files.createTempDirectory("sandbox-project")
                    .resolve("shopwave.dmspilot.json"));
        });
        stage.show(); // the first-launch size: 1280x800
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void welcomePageOffersTheSandboxAndOpeningItFillsTheProjectTree(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#workArea").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Welcome");
        Button offer = robot.lookup(".welcome .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Open the sandbox")).findFirst().orElseThrow();
        assertThat(offer.isDefaultButton()).isTrue();

        robot.clickOn(offer);
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tree.getRoot() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tree.getRoot().getValue().label()).isEqualTo("shopwave sandbox");
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().kind())
                .containsExactly(ProjectNode.Kind.SOURCE, ProjectNode.Kind.TARGET, ProjectNode.Kind.CONVERSION,
                        ProjectNode.Kind.ASSESSMENT, ProjectNode.Kind.TASKS);
        assertThat(tree.getRoot().getChildren().get(0).getValue().detail()).startsWith("MariaDB · 127.0.0.1:");
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) robot.window(0)).getTitle()).as("saved at once, not '*' unsaved")
                .startsWith("shopwave.dmspilot.json - DMS Pilot");

        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Source");
        assertThat(robot.lookup(".text-field").queryAllAs(javafx.scene.control.TextField.class))
                .anyMatch(f -> f.getText().equals("127.0.0.1"));

        robot.clickOn("#loadCatalogButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.viewModel().projectProperty().get().catalog()
                != null && tree.getRoot().getChildren().get(0).getChildren().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        var sourceItem = tree.getRoot().getChildren().get(0);
        var schemaItem = sourceItem.getChildren().get(1);
        assertThat(schemaItem.getValue().label()).isEqualTo("shopwave");
        robot.interact(() -> {
            schemaItem.setExpanded(true);
            schemaItem.getChildren().get(0).setExpanded(true);
            tree.getSelectionModel().select(schemaItem.getChildren().get(0).getChildren().stream()
                    .filter(i -> i.getValue().label().equals("customers")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("customers");
        assertThat(robot.lookup("#sourceDdl").queryAs(javafx.scene.control.TextArea.class).getText())
                .startsWith("CREATE TABLE `customers`");

        Path png = Screenshots.capture(robot, shell.window().root(), "main-window");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(distinctColours(image)).as("a real rendering, not a blank image").isGreaterThan(50);
    }

    @Test
    void fileMenuHasTheProjectCommands(FxRobot robot) {
        robot.clickOn("File");
        for (String item : new String[] {"New Project", "Open Project…", "Open Sandbox", "Recent Projects", "Save",
                "Save As…", "Quit"}) {
            assertThat(robot.lookup(item).tryQuery()).as(item).isPresent();
        }
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
