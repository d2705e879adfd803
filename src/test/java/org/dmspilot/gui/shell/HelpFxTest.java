package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.concurrent.Worker;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.help.HelpPages;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.projecttree.ProjectNode.Kind;
import org.dmspilot.gui.testsupport.Screenshots;
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

/**
 * Help (issue #14): F1 opens the bundled docs at the page of the view in the selected tab, in a window owned by the
 * main window with the contents on the left; the page is the markdown of docs/ rendered to HTML, its images loaded
 * from the jar.
 */
@ExtendWith(ApplicationExtension.class)
class HelpFxTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/help" + System.nanoTime());
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node), new SessionSecretStore(),
                p -> null);
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void everyDocIsShippedAndRenderedWithItsImages() throws Exception {
        List<String> docs;
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            docs = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".md")).sorted().toList();
        }
        assertThat(HelpPages.pages()).extracting(HelpPages.Page::file).containsExactlyInAnyOrderElementsOf(docs);
        assertThat(HelpPages.pages()).allSatisfy(p -> assertThat(p.title()).isNotBlank());
        String html = HelpPages.html("cutover.md");
        assertThat(html).contains("<h1>").contains("<img src=\"data:image/png;base64,")
                .doesNotContain("src=\"images/");
        assertThat(HelpPages.html("gui.md")).as("tables rendered").contains("<table>");
    }

    @Test
    void f1OpensThePageOfTheViewInFocus(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().updateProject(Project.newProject("help")
                .withSource(ConnectionProfile.of(Engine.MARIADB, "127.0.0.1", 3307, "shopwave", "dmspilot"))
                .withTarget(ConnectionProfile.of(Engine.POSTGRESQL, "127.0.0.1", 5433, "shopwave", "dmspilot"))));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(ProjectTreeSearch.find(tree.getRoot(), Kind.ASSESSMENT)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(tree::requestFocus);
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.window().help() != null
                && shell.window().help().stage().isShowing());
        var help = shell.window().help();
        assertThat(help.shownFile()).isEqualTo("assessment.md");
        assertThat(help.stage().getOwner()).as("owned by the main window").isSameAs(stage);
        WebView page = robot.lookup("#help-page").queryAs(WebView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> page.getEngine()
                .getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        Object heading = WaitForAsyncUtils.asyncFx(() -> page.getEngine().executeScript(
                "document.querySelector('h1').textContent")).get();
        assertThat(heading).isEqualTo(HelpPages.pages().stream().filter(p -> p.file().equals("assessment.md"))
                .findFirst().orElseThrow().title());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(
                () -> page.getEngine().executeScript("(function(){var i=document.querySelector('img');"
                        + "return i!=null&&i.complete&&i.naturalWidth>0;})()")).get()));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.capture(robot, help.stage().getScene().getRoot(), "help-window");
    }
}
