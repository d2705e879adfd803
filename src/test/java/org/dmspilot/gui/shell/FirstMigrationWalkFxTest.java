package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.projecttree.ProjectNode.Kind;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole first migration of issue #14 through the real window at 1280x800, as a first-time DBA does it on the
 * sandbox (shopwave on an embedded MariaDB 11.4 and PostgreSQL 16): the welcome page's sandbox, readiness,
 * assessment, convert, apply (preview dialog answered), the local-engine task from the wizard, its node and monitor,
 * the cutover's six steps with the switch, and a rollback that is refused until confirmed in its dialog. Nodes are
 * found by id and clicked; every wait is for a condition; the window is captured at each stage
 * ({@code target/screenshots/walk-*.png}).
 */
@ExtendWith(ApplicationExtension.class)
class FirstMigrationWalkFxTest {
    private static final Duration LONG = Duration.ofMinutes(3);
    private static TestDatabase source;
    private static TestDatabase target;
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/walk" + System.nanoTime());
    private Shell shell;

    /** The sandbox's servers and shop (started before the window: longer than the toolkit's setup timeout). */
    @BeforeAll
    static void sandboxServers() throws Exception {
        source = Databases.newMariaDbDatabase("walk_shopwave");
        try (Connection c = source.connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            Shopwave.load(c);
        }
        target = Databases.newPostgresDatabase("walk_target");
    }

    @AfterAll
    static void writable() throws Exception {
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, false, false);
        }
    }

    @Start
    void start(Stage stage) {
        SessionSecretStore secrets = new SessionSecretStore();
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node), secrets, progress -> {
            // what File -> Open Sandbox does (SandboxProjects): a project on both servers, passwords known, catalog read
            Project p = Project.newProject("shopwave sandbox").withSource(source.profile()).withTarget(target.profile());
            secrets.put(SecretKeys.database(p.id(), ConnectionRole.SOURCE), source.password().toCharArray());
            secrets.put(SecretKeys.database(p.id(), ConnectionRole.TARGET), target.password().toCharArray());
            try (Connection c = source.connect()) {
                p = p.withCatalog(new LiveCatalogReader(c, source.profile().describe()).read(
                        List.of(source.database()), progress));
            }
            return new MainViewModel.SandboxProject(p, java.nio.file.Files.createTempDirectory("walk")
                    .resolve("shopwave.dmspilot.json"));
        });
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aFirstTimeDbaMigratesTheSandboxAndARollbackIsRefusedUntilConfirmed(FxRobot robot) throws Exception {
        // the sandbox from the welcome page
        click(robot, robot.lookup(".welcome .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Open the sandbox")).findFirst().orElseThrow());
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        await(() -> tree.getRoot() != null && shell.viewModel().projectFileProperty().get() != null
                && shell.viewModel().projectProperty().get().catalog() != null);
        record(robot, "walk-1-sandbox");

        // readiness: the CDC checks of the live source
        select(robot, tree, Kind.READINESS);
        click(robot, "#runButton");
        TableView<?> checks = robot.lookup("#table").queryTableView();
        await(() -> !checks.getItems().isEmpty() && !robot.lookup("#runButton").queryButton().isDisabled());
        record(robot, "walk-2-readiness");

        // assessment: live (the password is known), the same model as the conversion
        select(robot, tree, Kind.ASSESSMENT);
        click(robot, "#assessButton");
        Label objects = robot.lookup("#objectsLabel").queryAs(Label.class);
        await(() -> !objects.getText().isEmpty() && !robot.lookup("#assessButton").queryButton().isDisabled());
        record(robot, "walk-3-assessment");
        picture(robot, "assessment-view");

        // convert, then apply: the preview dialog is answered, the objects exist on the target
        select(robot, tree, Kind.CONVERSION);
        click(robot, "#convertButton");
        await(() -> !robot.lookup("#applyButton").queryButton().isDisabled());
        TreeView<String> sourceTree = robot.lookup("#sourceTree").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<String> tables = sourceTree.getRoot().getChildren().get(0).getChildren().get(0);
            tables.setExpanded(true);
            sourceTree.getSelectionModel().select(tables.getChildren().stream()
                    .filter(i -> i.getValue().endsWith(".customers")).findFirst().orElseThrow());
        });
        await(() -> !robot.lookup("#targetDdlArea").queryAs(org.fxmisc.richtext.CodeArea.class).getText().isEmpty());
        record(robot, "walk-4-conversion");
        picture(robot, "conversion-view");
        click(robot, "#applyButton");
        DialogPane preview = dialog(robot);
        assertThat(preview.getContentText()).as("the apply preview").isNotBlank();
        ownedByTheWindow(preview);
        Screenshots.record(robot, preview, "walk-5-apply-preview-dialog");
        answer(robot, preview, "OK");
        await(() -> tables(source.database()) >= 6);
        record(robot, "walk-5-applied");

        // the local-engine task from the wizard: full load and CDC
        select(robot, tree, Kind.TASKS);
        click(robot, "#localBackend");
        click(robot, "#nextButton");
        ComboBox<Object> type = robot.lookup("#migrationTypeBox").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(type.getItems().stream()
                .filter(t -> type.getConverter().toString(t).equals("full-load-and-cdc")).findFirst().orElseThrow()));
        click(robot, "#nextButton");
        click(robot, "#nextButton");
        click(robot, "#localStartButton");
        // the task's node appears at once, with its state
        await(() -> find(tree, Kind.LOCAL_TASK) != null);
        record(robot, "walk-6-local-task");

        // its monitor and cutover: the checklist passes once the latency has been low for its window; a DBA
        // rehearsing on the sandbox shortens the window from 5 min to 1 min, as `cutover --stable-seconds 60` does
        select(robot, tree, Kind.LOCAL_TASK);
        ListView<String> log = robot.lookup("#logList").queryAs(ListView.class);
        javafx.scene.control.Spinner<Integer> window = robot.lookup("#stableSpinner").queryAs(
                javafx.scene.control.Spinner.class);
        robot.interact(() -> window.getValueFactory().setValue(60));
        Awaitility.await().atMost(Duration.ofMinutes(12)).pollInterval(Duration.ofSeconds(5)).until(() -> {
            if (!robot.lookup("#evaluateButton").queryButton().isDisabled()) {
                click(robot, "#evaluateButton");
            }
            ListView<org.dmspilot.core.cutover.ChecklistItem> checklist = robot.lookup(".cutover #checklistList")
                    .queryAs(ListView.class);
            return onFx(() -> !checklist.getItems().isEmpty() && checklist.getItems().stream()
                    .allMatch(i -> i.state() == org.dmspilot.core.cutover.CheckState.PASS));
        });
        record(robot, "walk-7-monitor");
        picture(robot, "monitor");
        for (CutoverStep step : CutoverStep.values()) {
            Awaitility.await().atMost(LONG).until(() -> onFx(() -> !robot.lookup("#confirm-" + step.name())
                    .queryButton().isDisabled()));
            click(robot, "#confirm-" + step.name());
            Awaitility.await().atMost(LONG).pollInterval(Duration.ofMillis(500)).until(() -> onFx(() -> {
                if (step == CutoverStep.READ_ONLY && robot.lookup("#end-writers").tryQuery().isPresent()
                        && !robot.lookup("#end-writers").queryButton().isDisabled()
                        && !done(log, step)) {
                    // the tool's own privileged sessions can still write: end them, as the panel offers
                    robot.lookup("#end-writers").queryButton().fire();
                }
                return done(log, step);
            }));
        }
        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).as("read-only after the cutover").isTrue();
        }
        record(robot, "walk-8-switched");
        picture(robot, "cutover");

        // rollback after the switch: refused until confirmed
        Label guidance = robot.lookup("#guidanceLabel").queryAs(Label.class);
        click(robot, "#rollbackButton");
        DialogPane warning = dialog(robot);
        assertThat(warning.getContentText()).as("says what happens to writes since the switch")
                .containsIgnoringCase("write");
        ownedByTheWindow(warning);
        Screenshots.record(robot, warning, "walk-9-rollback-confirmation-dialog");
        answer(robot, warning, "Cancel");
        await(() -> !robot.lookup("#rollbackButton").queryButton().isDisabled());
        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).as("cancelled: nothing changed").isTrue();
        }
        String before = guidance.getText();
        assertThat(before).as("the panel does not claim nothing switched").doesNotContain("Nothing has switched");

        click(robot, "#rollbackButton");
        answer(robot, dialog(robot), "OK");
        Awaitility.await().atMost(LONG).until(() -> {
            try (Connection c = source.connect()) {
                return !SourceReadOnly.isReadOnly(c);
            }
        });
        await(() -> log.getItems().stream().anyMatch(l -> l.contains("ROLLBACK") && l.contains("DONE")));
        record(robot, "walk-10-rolled-back");
        assertThat(guidance.getText()).as("the panel tells the truth after the rollback")
                .doesNotContain("Nothing has switched yet");
    }

    /** Issue #14, defect 8: a dialog is owned by the main window (centred on it), not at the screen's corner. */
    private void ownedByTheWindow(DialogPane pane) {
        assertThat(((Stage) pane.getScene().getWindow()).getOwner()).as("dialog owner")
                .isSameAs(shell.window().root().getScene().getWindow());
    }

    private static boolean done(ListView<String> log, CutoverStep step) {
        return log.getItems().stream().anyMatch(l -> l.contains(step.name() + "  DONE"));
    }

    private static int tables(String schema) throws Exception {
        try (Connection c = target.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static TreeItem<ProjectNode> find(TreeView<ProjectNode> tree, Kind kind) {
        return onFx(() -> ProjectTreeSearch.find(tree.getRoot(), kind, Kind.SCHEMA)); // catalog objects: not opened
    }

    /** Clicks the node's tree row, as a user does (the row is made visible first). */
    private static void select(FxRobot robot, TreeView<ProjectNode> tree, Kind kind) {
        TreeItem<ProjectNode> item = find(tree, kind);
        assertThat(item).as(kind + " in the tree").isNotNull();
        robot.interact(() -> tree.scrollTo(tree.getRow(item)));
        robot.clickOn(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getTreeItem() == item).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, String id) {
        await(() -> robot.lookup(id).tryQuery().isPresent() && !robot.lookup(id).query().isDisabled());
        click(robot, robot.lookup(id).queryAs(ButtonBase.class));
    }

    /** Fires the control (the event a click gives) without waiting for what it opens: it may open a dialog. */
    private static void click(FxRobot robot, ButtonBase button) {
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane dialog(FxRobot robot) {
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void answer(FxRobot robot, DialogPane pane, String buttonText) {
        Button button = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(buttonText)).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + buttonText + " in " + pane.getButtonTypes()));
        Platform.runLater(button::fire);
        await(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    /** The window at a stage, in target/screenshots. */
    private void record(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.record(robot, shell.window().root(), name);
    }

    /** The window as a picture of the docs (docs/images with -Ddocs.screenshots=true). */
    private void picture(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.capture(robot, shell.window().root(), name);
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(LONG).pollInterval(Duration.ofMillis(200)).until(() -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
