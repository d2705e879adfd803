package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The heavy views are built once off the UI thread after the window shows (issue #14), and the window still works. */
@ExtendWith(ApplicationExtension.class)
class ViewWarmupFxTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node),
                new org.dmspilot.core.secrets.SessionSecretStore(), p -> null);
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void everyHeavyViewIsBuiltOffTheUiThreadAndTheViewsStillOpenAfterwards(FxRobot robot) throws Exception {
        ViewWarmup.Result result = shell.warmUp().get(2, TimeUnit.MINUTES);
        assertThat(result.failed()).isZero();
        assertThat(result.built()).isEqualTo(4);

        robot.interact(() -> shell.viewModel().updateProject(Project.newProject("after-warm-up")));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        TabPane tabs = robot.lookup("#workArea").queryAs(TabPane.class);
        for (ProjectNode.Kind kind : new ProjectNode.Kind[] {ProjectNode.Kind.CONVERSION, ProjectNode.Kind.ASSESSMENT}) {
            TreeItem<ProjectNode> item = tree.getRoot().getChildren().stream()
                    .filter(i -> i.getValue().kind() == kind).findFirst().orElseThrow();
            robot.interact(() -> tree.getSelectionModel().select(item));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo(item.getValue().label());
        }
        assertThat(tabs.getSelectionModel().getSelectedItem().getContent().lookup("#assessButton")).isNotNull();
        assertThat(tabs.getTabs().stream().filter(t -> t.getContent() != null
                && t.getContent().lookup("#convertButton") != null)).hasSize(1);
    }
}
