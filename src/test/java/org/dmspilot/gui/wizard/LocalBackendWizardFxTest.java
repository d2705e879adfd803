package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmspilot.gui.wizard.DmsWizardViewFxTest.page;
import static org.dmspilot.gui.wizard.DmsWizardViewFxTest.waitFor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The local engine backend on the screen: backend, task, review and start, with real MariaDB and PostgreSQL. It
 * saves the same task model as the AWS backend, loads the tables, and never calls AWS.
 */
@ExtendWith(ApplicationExtension.class)
class LocalBackendWizardFxTest {
    private final AtomicReference<Project> project = new AtomicReference<>();
    private static TestDatabase maria;
    private static TestDatabase pg;
    private static Project base;
    private AwsEmulator aws;
    private BorderPane root;

    /** Off the FX thread: the embedded servers may take a while to start. */
    @BeforeAll
    static void databases() throws Exception {
        maria = Databases.newMariaDbDatabase("wizard_local");
        maria.execute("CREATE TABLE customers (id int PRIMARY KEY, name varchar(80), notes json)",
                "CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, total decimal(10,2), "
                        + "FOREIGN KEY (customer_id) REFERENCES customers (id))",
                "INSERT INTO customers VALUES (1, 'Ada', '{\"vip\": true}'), (2, 'Grace', NULL)",
                "INSERT INTO orders VALUES (10, 1, 12.50), (11, 1, 3.00), (12, 2, 99.99)");
        pg = Databases.newPostgresDatabase("wizard_local_target");
        base = WizardTestSupport.project("2b1a0f9e-1111-4222-8333-944455556666").withSource(maria.profile())
                .withTarget(pg.profile());
        try (Connection c = maria.connect()) {
            base = base.withCatalog(new LiveCatalogReader(c, maria.jdbcUrl()).read(List.of(maria.database()),
                    ProgressListener.NONE));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        aws = new AwsEmulator();
        Project p = base;
        project.set(p);
        WizardServices real = WizardTestSupport.services(new FxTaskExecutor(), Platform::runLater);
        WizardServices services = real.withPasswords(
                role -> Optional.of(role == ConnectionRole.SOURCE ? maria.password() : pg.password()));
        DmsWizardViewModel vm = new DmsWizardViewModel(services, project::get, project::set,
                DmsState.empty(p.id(), null), s -> { });
        root = WizardTestSupport.show(stage, vm);
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void theLocalBackendSavesTheTaskModelAndLoadsTheTablesWithoutAnyAwsCall(FxRobot robot) throws Exception {
        robot.clickOn("#localBackend");
        assertThat(robot.lookup("#pageList").queryListView().getItems()).containsExactly(WizardPage.BACKEND,
                WizardPage.TASK, WizardPage.REVIEW, WizardPage.LOCAL_START);
        robot.clickOn("#nextButton");
        page(robot, "Task");
        ComboBox<?> type = robot.lookup("#migrationTypeBox").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(0));
        robot.clickOn("#nextButton");
        page(robot, "Review");
        assertThat(robot.lookup("#planArea").queryTextInputControl().getText()).contains("local engine")
                .contains("Migration type: full-load").contains("convert-lowercase");
        robot.clickOn("#nextButton");
        page(robot, "Start");
        assertThat(project.get().migrationTask()).isEqualTo(new MigrationTask(MigrationTask.Backend.LOCAL_ENGINE,
                "full-load", null, null));

        robot.clickOn("#localStartButton");
        TableView<?> tables = robot.lookup("#localTablesTable").queryTableView();
        waitFor(() -> tables.getItems().size() == 2);
        Screenshots.capture(robot, root, "dms-wizard-local");
        assertThat(robot.lookup("#localCommandArea").queryTextInputControl().getText())
                .contains("dmspilot migrate --source 'jdbc:mariadb://").contains("--mode full-load")
                .doesNotContain(maria.password());
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*), sum(total) FROM " + maria.database() + ".orders")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("115.49");
        }
        assertThat(aws.requests()).isEmpty();
    }
}
