package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.DmsAssessmentRuns;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsProvisioner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.StepId;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.dms.emulator.EmulatedTable;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.gui.util.Notifications;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a 1280×800 monitor of an instance-based DMS task on the emulator (real MariaDB and PostgreSQL behind the
 * cutover panel): the DMS premigration assessment is started from its button after a confirmation naming the bucket
 * and role, runs in the background, and lists each individual assessment with its status and S3 result; then, with the
 * task running and a table failed, a real click on the table's row selects it for Reload, and the table error's
 * reason is shown wrapped in its cell.
 */
@ExtendWith(ApplicationExtension.class)
class DmsAssessmentFxTest {
    private static final String REASON = "ERROR: value too long for type character varying(30) (SQLSTATE 22001) "
            + "while loading row 1 of the table";
    private AwsEmulator aws;
    private AwsClients clients;
    private TaskMonitorViewModel vm;
    private DmsPlan plan;
    private DmsState state;
    private TestDatabase source;
    private Path projectFile;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        Path dir = Files.createTempDirectory("dms-assess-fx");
        source = Databases.newMariaDbDatabase("fx_dmsassess");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY, note varchar(30))",
                "CREATE TABLE customers (id int PRIMARY KEY)", "INSERT INTO orders VALUES (1, 'a')");
        TestDatabase target = Databases.newPostgresDatabase("fx_dmsassess");
        String schema = "\"" + source.database() + "\"";
        target.execute("CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".orders (id int PRIMARY KEY, note text)",
                "CREATE TABLE " + schema + ".customers (id int PRIMARY KEY)");
        Project project = new Project(1, "4b5c6d7e-0000-4000-8000-0000000a55e5", "shop", source.profile(),
                target.profile(), List.of());
        projectFile = dir.resolve("shop.dmspilot.json");
        ProjectFiles.save(project, projectFile);
        aws = new AwsEmulator();
        aws.dms().tables(EmulatedTable.validated(source.database(), "orders", 1),
                EmulatedTable.validated(source.database(), "customers", 0));
        aws.dms().assessmentOutcome("mysql-check-binlog-image", "failed")
                .assessmentOutcome("mysql-check-auto-increment", "warning");
        clients = new AwsClients(new AwsSettings("eu-west-1", null, aws.endpoint()), Timing.fast());
        plan = DmsPlanner.plan(project, DmsOptions.defaults("eu-west-1", List.of("subnet-a1", "subnet-b1")));
        state = new DmsProvisioner(clients, role -> Optional.of(role == ConnectionRole.SOURCE ? source.password()
                : target.password()), Timing.fast()).provision(plan, DmsState.empty(project.id(), "eu-west-1"),
                        ProgressListener.NONE, s -> DmsStateFiles.save(projectFile, s));
        vm = DmsTaskMonitors.open(new FxTaskExecutor(), dialogs, Platform::runLater, clients, plan, state,
                projectFile, new CutoverConnections(source::connect, target::connect, source.database(),
                        target.profile()), Timing.fast(), new DrainSettings(1, Duration.ofMillis(50),
                        Duration.ofSeconds(20)), Duration.ofMillis(500), new Notifications());
        Scene scene = new Scene(new TaskMonitorView(vm).root(), 1280, 800);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::close).get(); // no refresh through the clients closed next
        clients.close();
        aws.close();
    }

    private static Optional<Label> visibleReason(FxRobot robot) {
        return robot.lookup("#table-error-reason").match((javafx.scene.Node n) -> n.isVisible()
                && n.getParent() instanceof javafx.scene.control.TableCell<?, ?> c && c.isVisible()
                && c.getTableRow() != null && c.getTableRow().isVisible()).tryQueryAs(Label.class);
    }

    private static javafx.scene.control.TabPane tabs(FxRobot robot) {
        return robot.lookup("#monitor-lower-tabs").queryAs(javafx.scene.control.TabPane.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<DmsAssessmentRuns.Individual> results(FxRobot robot) {
        return robot.lookup("#dms-assess-results").queryAs(TableView.class);
    }

    @Test
    void theAssessmentRunsFromItsButtonAndATableErrorIsSelectableAndReadable(FxRobot robot) throws Exception {
        robot.interact(() -> tabs(robot).getSelectionModel().select(1));
        robot.clickOn("#dms-assess-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> results(robot).getItems().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmMessages).singleElement().asString().contains(
                "dmspilot-4b5c6d7e-assessments-<account>-eu-west-1").contains("dmspilot-4b5c6d7e-dms-assessment");
        assertThat(results(robot).getItems()).filteredOn(a -> a.name().equals("mysql-check-binlog-image"))
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo("failed");
                    assertThat(a.result()).startsWith("s3://dmspilot-4b5c6d7e-assessments-123456789012-eu-west-1/"
                            + "dms-assessments/dmspilot-").endsWith("/mysql-check-binlog-image.json");
                });
        String summary = robot.lookup("#dms-assess-summary").queryAs(Label.class).getText();
        assertThat(summary).startsWith("\u2716 Run dmspilot-").contains(": failed \u2014 7 assessments, 1 failed or "
                + "in error, 1 warnings");
        assertThat(DmsStateFiles.load(projectFile, state.projectId(), "eu-west-1").step(StepId.ASSESSMENT_ROLE)
                .created()).isTrue();
        Screenshots.capture(robot, robot.lookup(".task-monitor").query(), "dms-premigration-assessment");

        robot.interact(() -> tabs(robot).getSelectionModel().select(0));
        new DmsTasks(clients, Timing.fast(), ProgressListener.NONE).start(plan, state);
        aws.dms().failTable(source.database(), "orders", REASON);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table-error-reason").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.operations().orElseThrow().phaseProperty().get()
                != null);
        // the shown cell's label (a TableView also keeps an invisible cell for measuring)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visibleReason(robot).filter(l -> l.getHeight()
                > l.getFont().getSize() * 2.5).isPresent());
        Label reason = visibleReason(robot).orElseThrow();
        assertThat(reason.getText()).isEqualTo("\u2716 Table error: " + REASON);
        javafx.scene.Node row = reason.getParent().getParent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row.getLayoutBounds().getHeight() >= reason.getHeight());
        assertThat(reason.getWidth()).as("within its column").isLessThanOrEqualTo(reason.getParent() == null ? 0
                : ((javafx.scene.control.TableCell<?, ?>) reason.getParent()).getWidth());

        String orders = source.database() + ".orders";
        // a real click on the visible cell of the row (a TableView also keeps an invisible cell for measuring); the
        // monitor refreshes every 500 ms here and may lay the rows out again between finding the cell and clicking
        // it, so the cell is found again for a second and third click if the first landed elsewhere
        // (on a busy machine a click may land between two layouts many times: click again until the deadline)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!vm.operations().orElseThrow().selectedTables().contains(orders) && System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(robot.lookup(".table-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene
                    .control.TableCell<?, ?> c && orders.equals(c.getText()) && c.isVisible() && c.getScene() != null
                    && c.getTableRow() != null && c.getTableRow().isVisible()).<javafx.scene.Node>query());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.operations().orElseThrow().selectedTables()).containsExactly(orders);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#op-reload").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.capture(robot, robot.lookup(".task-monitor").query(), "dms-monitor-table-error-wrapped");
    }
}
