package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size on a first launch, and the keyboard and the tree/tab navigation, under Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowNavigationFxTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node),
                new org.dmspilot.core.secrets.SessionSecretStore(), p -> null);
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private static Project project(String name) {
        return Project.newProject(name)
                .withSource(ConnectionProfile.of(Engine.MARIADB, "127.0.0.1", 3307, "shopwave", "dmspilot"))
                .withTarget(ConnectionProfile.of(Engine.POSTGRESQL, "127.0.0.1", 5433, "shopwave", "dmspilot"));
    }

    @Test
    void aFirstLaunchOpensAt1280By800CentredAndTheWindowCannotShrinkBelow1024By700() {
        var screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isEqualTo(Math.min(1280, screen.getWidth()));
        assertThat(stage.getHeight()).isEqualTo(Math.min(800, screen.getHeight()));
        assertThat(stage.getMinWidth()).isEqualTo(Math.min(1024, screen.getWidth()));
        assertThat(stage.getMinHeight()).isEqualTo(Math.min(700, screen.getHeight()));
        assertThat(stage.getX() + stage.getWidth() / 2).isCloseTo(screen.getMinX() + screen.getWidth() / 2,
                org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void ctrlWClosesATabAClickOnItsStillSelectedNodeReopensItAndTreeAndTabsFollowEachOther(FxRobot robot)
            throws Exception {
        robot.interact(() -> shell.viewModel().updateProject(project("first")));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        TabPane tabs = robot.lookup("#workArea").queryAs(TabPane.class);
        TreeItem<ProjectNode> target = tree.getRoot().getChildren().get(1);
        TreeItem<ProjectNode> source = tree.getRoot().getChildren().get(0);

        robot.interact(() -> tree.getSelectionModel().select(target));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Target");
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).extracting(Tab::getText).doesNotContain("Target");
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(target);

        robot.clickOn(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getTreeItem() == target).findFirst().orElseThrow());
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).as("reopened").isEqualTo("Target");

        robot.interact(() -> tree.getSelectionModel().select(source));
        Tab targetTab = tabs.getTabs().stream().filter(t -> t.getText().equals("Target")).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(targetTab));
        assertThat(tree.getSelectionModel().getSelectedItem()).as("the tree follows the tab").isSameAs(target);

        Path other = Files.createTempDirectory("nav").resolve("second.dmspilot.json");
        ProjectFiles.save(project("second"), other);
        robot.interact(() -> shell.viewModel().load(other));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> shell.viewModel().projectFileProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).as("the previous project's tabs are closed").extracting(Tab::getText)
                .containsExactly("Welcome");
    }

    /** Issue #14, defect 10: the tree is rebuilt after an edit (a wizard change, a save) and must not collapse. */
    @Test
    void anEditOfTheProjectKeepsTheTreeExpandedAndTheSelection(FxRobot robot) {
        Project p = project("edited").withCatalog(new org.dmspilot.model.catalog.Catalog(Engine.MARIADB, "11.4",
                "test", java.time.Instant.EPOCH, java.util.List.of(org.dmspilot.core.convert.SchemaConverterTest.shop())));
        robot.interact(() -> shell.viewModel().updateProject(p));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<ProjectNode> schema = tree.getRoot().getChildren().get(0).getChildren().get(1);
            schema.setExpanded(true);
            TreeItem<ProjectNode> tables = schema.getChildren().get(0);
            tables.setExpanded(true);
            tree.getSelectionModel().select(tables.getChildren().get(1));
        });
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("orders");

        robot.interact(() -> shell.viewModel().updateProject(p.withTarget(ConnectionProfile.of(Engine.POSTGRESQL,
                "127.0.0.1", 5434, "shop", "dmspilot"))));
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<ProjectNode> schema = tree.getRoot().getChildren().get(0).getChildren().get(1);
        assertThat(tree.getRoot().getChildren().get(1).getValue().detail()).as("rebuilt").endsWith(":5434");
        assertThat(schema.isExpanded()).isTrue();
        assertThat(schema.getChildren().get(0).isExpanded()).isTrue();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("orders");
    }
}
