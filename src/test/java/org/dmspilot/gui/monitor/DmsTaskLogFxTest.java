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
import javafx.scene.control.ListView;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
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
import org.dmspilot.core.monitor.LogLine;
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
 * The monitor of an instance-based DMS task on the emulator shows the task's CloudWatch Logs stream live (newest
 * first, filtered by severity and table), marks errors on the chart's time axis, and raises a notification when the
 * task fails.
 */
@ExtendWith(ApplicationExtension.class)
class DmsTaskLogFxTest {
    private AwsEmulator aws;
    private AwsClients clients;
    private TaskMonitorViewModel vm;
    private DmsPlan plan;
    private DmsState state;
    private TestDatabase source;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        Path dir = Files.createTempDirectory("dms-log-fx");
        source = Databases.newMariaDbDatabase("fx_tasklog");
        source.execute("CREATE TABLE orders (id int PRIMARY KEY, note varchar(30))",
                "CREATE TABLE customers (id int PRIMARY KEY)", "INSERT INTO orders VALUES (1, 'a')");
        TestDatabase target = Databases.newPostgresDatabase("fx_tasklog");
        String schema = "\"" + source.database() + "\"";
        target.execute("CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".orders (id int PRIMARY KEY, note text)",
                "CREATE TABLE " + schema + ".customers (id int PRIMARY KEY)", "INSERT INTO " + schema
                        + ".orders VALUES (1, 'a')");
        Project project = new Project(1, "6a7b8c9d-0000-4000-8000-0000000000a1", "shop", source.profile(),
                target.profile(), List.of());
        Path projectFile = dir.resolve("shop.dmspilot.json");
        ProjectFiles.save(project, projectFile);
        aws = new AwsEmulator();
        aws.dms().tables(EmulatedTable.validated(source.database(), "orders", 1),
                EmulatedTable.validated(source.database(), "customers", 0));
        clients = new AwsClients(new AwsSettings("eu-west-1", null, aws.endpoint()), Timing.fast());
        plan = DmsPlanner.plan(project, DmsOptions.defaults("eu-west-1", List.of("subnet-a1", "subnet-b1")));
        state = new DmsProvisioner(clients, role -> Optional.of(role == ConnectionRole.SOURCE ? source.password()
                : target.password()), Timing.fast()).provision(plan, DmsState.empty(project.id(), "eu-west-1"),
                        ProgressListener.NONE, s -> DmsStateFiles.save(projectFile, s));
        new DmsTasks(clients, Timing.fast(), ProgressListener.NONE).start(plan, state);
        aws.dms().runningFor(Duration.ofMinutes(30));
        vm = DmsTaskMonitors.open(new FxTaskExecutor(), new RecordingDialogService(), Platform::runLater, clients,
                plan, state, projectFile, new CutoverConnections(source::connect, target::connect, source.database(),
                        target.profile()), Timing.fast(), new DrainSettings(1, Duration.ofMillis(50),
                        Duration.ofSeconds(20)), Duration.ofMillis(500), new Notifications());
        Scene scene = new Scene(new TaskMonitorView(vm).root(), 1260, 860);
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

    private static javafx.scene.control.TextField logTable(FxRobot robot) {
        return robot.lookup("#log-table").queryAs(javafx.scene.control.TextField.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<LogLine> lines(FxRobot robot) {
        return robot.lookup("#log-lines").queryAs(ListView.class);
    }

    @Test
    void theTaskLogStreamIsShownLiveAndAFailureRaisesANotification(FxRobot robot) throws Exception {
        String resourceId = state.arn(StepId.REPLICATION_TASK).orElseThrow().replaceAll(".*:", "");
        String orders = source.database() + ".orders";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lines(robot).getItems().stream()
                .anyMatch(l -> l.text().contains("Load finished for table '" + source.database() + "'.'orders'")));
        assertThat(robot.lookup("#log-status").queryAs(Label.class).getText()).contains("dms-tasks-"
                + plan.instance().identifier() + " / dms-task-" + resourceId);

        aws.dms().failTable(source.database(), "orders", "ERROR: value too long for type character varying(30)");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lines(robot).getItems().isEmpty()
                && lines(robot).getItems().get(0).level() == LogLine.Level.ERROR);
        assertThat(lines(robot).getItems().get(0).text()).as("newest first").contains("value too long");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".error-mark").tryQuery().isPresent());
        assertThat(robot.lookup(".error-mark").queryAs(Line.class)).isNotNull();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.monitor().tables().stream().anyMatch(t -> t
                .problem() != null && t.problem().contains("value too long")));

        robot.interact(() -> vm.logs().orElseThrow().levelProperty().set(LogLine.Level.WARNING));
        robot.clickOn("#log-table").write(source.database() + ".customers");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> logTable(robot).getText().endsWith(".customers"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines(robot).getItems()).isEmpty();
        // typed keys arrive one by one (slowly on a busy machine): clear the field, type, and wait for the whole name
        robot.interact(() -> logTable(robot).clear());
        robot.clickOn("#log-table").write(orders);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> orders.equals(logTable(robot).getText()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lines(robot).getItems().size() == 1);
        assertThat(lines(robot).getItems()).hasSize(1).allMatch(l -> l.mentions(orders));
        Screenshots.capture(robot, robot.lookup(".task-monitor").query(), "dms-monitor-logs");

        assertThat(vm.notifications().raised()).isEmpty();
        aws.dms().failTask(plan.task().identifier(), "Last Error Task error notification received from subtask 0");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.notifications().raised().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notification").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#notification").queryAs(Label.class).getText()).contains("Replication task failed")
                .contains(plan.task().identifier()).contains("Task error notification received");
        assertThat(vm.notifications().raised().get(0).severity()).isEqualTo(Notifications.Severity.ERROR);
        int readsBefore = (int) aws.requests().stream().filter(r -> r.operation().equals("DescribeReplicationTasks"))
                .count();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> aws.requests().stream().filter(r -> r.operation()
                .equals("DescribeReplicationTasks")).count() > readsBefore + 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.notifications().raised()).as("one notification per failure").hasSize(1);
    }
}
