package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every page of the wizard on the screen against the emulator: AWS DMS from backend to running task with
 * table statistics.
 */
@ExtendWith(ApplicationExtension.class)
class DmsWizardViewFxTest {
    @TempDir
    static Path dir;
    private final AtomicReference<Project> project = new AtomicReference<>();
    private AwsEmulator aws;
    private BorderPane root;

    @Start
    void start(Stage stage) throws Exception {
        aws = new AwsEmulator();
        Path dump = Files.writeString(Files.createTempFile("shop", ".sql"), """
                CREATE DATABASE shop;
                USE shop;
                CREATE TABLE orders (id int PRIMARY KEY, note text, doc json, body longtext);
                CREATE TABLE customers (id int PRIMARY KEY, name varchar(80));
                """);
        project.set(WizardTestSupport.project("4d3c2b1a-1111-4222-8333-944455556666")
                .withCatalog(DumpCatalogReader.read(dump, "shop", ProgressListener.NONE)));
        DmsWizardViewModel vm = new DmsWizardViewModel(WizardTestSupport.services(new FxTaskExecutor(),
                Platform::runLater), project::get, project::set, DmsState.empty(project.get().id(), null), s -> { });
        root = WizardTestSupport.show(stage, vm);
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void walksEveryAwsPageThenProvisionsStartsAndShowsStatistics(FxRobot robot) throws Exception {
        page(robot, "Backend");
        robot.clickOn("#nextButton");

        page(robot, "Account and region");
        robot.clickOn("#nextButton");
        assertThat(text(robot, "#regionError")).isEqualTo("Choose a region.");
        robot.clickOn(robot.lookup("#regionBox").queryAs(ComboBox.class).getEditor()).write("eu-west-1");
        robot.clickOn("#endpointField").write(aws.endpoint().toString());
        robot.clickOn("#checkAccountButton");
        waitFor(() -> text(robot, "#identityLabel").contains("123456789012"));
        robot.clickOn("#nextButton");

        page(robot, "IAM roles");
        ListView<?> roles = robot.lookup("#rolesList").queryListView();
        waitFor(() -> roles.getItems().size() == 2);
        robot.clickOn("#createRolesButton");
        waitFor(() -> aws.iam().roles().size() == 2 && !robot.lookup("#busyIndicator").query().isVisible());
        Screenshots.capture(robot, root, "dms-wizard-iam");
        robot.clickOn("#nextButton");

        page(robot, "Network");
        ListView<?> subnets = robot.lookup("#subnetList").queryListView();
        waitFor(() -> subnets.getItems().size() == 3);
        List<Node> boxes = List.copyOf(robot.lookup("#subnetList .check-box").queryAll());
        robot.clickOn(boxes.get(0));
        robot.clickOn(boxes.get(1));
        robot.clickOn("#nextButton");
        assertThat(text(robot, "#subnetsError")).contains("one Availability Zone");
        Screenshots.capture(robot, root, "dms-wizard-network-error");
        robot.clickOn(boxes.get(1));
        robot.clickOn(boxes.get(2));
        assertThat(robot.lookup("#subnetsField").queryTextInputControl().getText()).isEqualTo("subnet-a1, subnet-b1");
        robot.clickOn("#nextButton");

        page(robot, "Replication instance");
        robot.clickOn("#multiAzBox");
        robot.clickOn("#nextButton");

        page(robot, "Endpoints");
        robot.clickOn("#secretsBox");
        Screenshots.capture(robot, root, "dms-wizard-endpoints");
        robot.clickOn("#nextButton");

        page(robot, "Task");
        assertThat(text(robot, "#lobAdviceLabel")).contains("full LOB mode").contains("shop.orders.doc (json)")
                .contains("shop.orders.body (longtext)");
        assertThat(robot.lookup("#tableMappingsArea").queryTextInputControl().getText())
                .contains("convert-lowercase");
        Screenshots.capture(robot, root, "dms-wizard-task");
        robot.clickOn("#nextButton");

        page(robot, "Review");
        assertThat(robot.lookup("#planArea").queryTextInputControl().getText()).contains("PubliclyAccessible = false")
                .contains("MultiAZ = true");
        robot.clickOn("#nextButton");

        page(robot, "Provision");
        robot.clickOn("#provisionButton");
        ListView<StepState> steps = robot.lookup("#stepsList").queryListView();
        waitFor(() -> !steps.getItems().isEmpty() && steps.getItems().stream()
                .allMatch(s -> s.status() == StepState.Status.DONE));
        assertThat(steps.getItems()).hasSize(12);
        Screenshots.capture(robot, root, "dms-wizard-provision");
        robot.clickOn("#nextButton");

        page(robot, "Start and statistics");
        robot.clickOn("#startButton");
        TableView<?> tables = robot.lookup("#tablesTable").queryTableView();
        waitFor(() -> tables.getItems().size() == 2);
        assertThat(aws.dms().tasks().get(0).path("Status").asText()).isEqualTo("running");
        assertThat(text(robot, "#taskSummaryLabel")).contains("running");
        Screenshots.capture(robot, root, "dms-wizard-stats");
        assertThat(aws.bodies("CreateReplicationInstance").get(0).path("MultiAZ").asBoolean()).isTrue();

        int reads = aws.bodies("DescribeTableStatistics").size();
        waitFor(() -> aws.bodies("DescribeTableStatistics").size() >= reads + 2);
        robot.clickOn("#autoRefreshBox");
        // auto-refresh off: once a refresh in flight has ended, no read follows for longer than the refresh interval
        AtomicInteger lastCount = new AtomicInteger(-1);
        Awaitility.await("no statistics read while auto-refresh is off").pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(10))
                .until(() -> {
                    int n = aws.bodies("DescribeTableStatistics").size();
                    return lastCount.getAndSet(n) == n;
                });
    }

    static void page(FxRobot robot, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<WizardPage> pages = robot.lookup("#pageList").queryListView();
        assertThat(pages.getSelectionModel().getSelectedItem().title()).isEqualTo(title);
    }

    static String text(FxRobot robot, String query) {
        return String.valueOf(robot.lookup(query).queryAs(Label.class).getText());
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
