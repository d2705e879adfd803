package org.dmspilot.gui.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.fallback.FallbackFixture;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.monitor.LocalTaskMonitors;
import org.dmspilot.gui.monitor.TaskMonitorView;
import org.dmspilot.gui.monitor.TaskMonitorViewModel;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fallback from the cutover panel, on real MariaDB and PostgreSQL: with the replication stopped (steps 1-5 done),
 * "Start the fallback" runs the stream in the background and the panel shows it in sync with its lag; the switch is
 * confirmed; the application writes on PostgreSQL; "Roll back to MySQL" stops writes there, drains, asks, lifts
 * read-only on the source and shows the connection string to switch back; the source then holds every write.
 */
@ExtendWith(ApplicationExtension.class)
class FallbackCutoverFxTest {
    private static TestDatabase source;
    private static TestDatabase target;
    private static Path project;
    private TaskMonitorViewModel vm;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    /** A small shop migrated and cut over up to the switch (the log says steps 1-5 are done). */
    @BeforeAll
    static void migratedAndStopped() throws Exception {
        source = Databases.newMariaDbDatabase("fx_fallback");
        source.execute("CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, status enum('new','paid') NOT NULL,"
                + " doc json, gift tinyint(1) NOT NULL DEFAULT 0)",
                "INSERT INTO orders (status, doc) VALUES ('new', '{\"n\": 1}'), ('new', NULL)");
        target = FullLoadTest.convertedTarget(source);
        new FullLoad(source::connect, target::connect, LoadOptions.defaults()).run(source.database(),
                ProgressListener.NONE);
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, true, false);
        }
        project = Files.createTempDirectory("fallback-fx").resolve("shop.dmspilot.json");
        CutoverLog log = CutoverLog.open(project);
        for (CutoverStep step : List.of(CutoverStep.READ_ONLY, CutoverStep.DRAIN, CutoverStep.STOP,
                CutoverStep.SEQUENCES, CutoverStep.ROW_COUNTS)) {
            log.append(step.name(), Outcome.DONE, step.title(), List.of());
        }
    }

    @Start
    void start(Stage stage) {
        vm = LocalTaskMonitors.open(new FxTaskExecutor(), dialogs, Platform::runLater,
                new CutoverConnections(source::connect, target::connect, source.database(), target.profile()),
                TableSelection.ALL, project, CutoverSettings.defaults(), DrainSettings.defaults(),
                Duration.ofSeconds(1), new LocalTaskMonitors.FallbackWiring(FallbackFixture.replication(target),
                        source.profile(), Duration.ofSeconds(60)));
        Scene scene = new Scene(new TaskMonitorView(vm).root(), 1260, 780);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void tearDown() throws Exception {
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, false, false);
        }
    }

    @Test
    void startTheFallbackSwitchWriteOnPostgresAndRollBackToMysqlFromThePanel(FxRobot robot) throws Exception {
        FallbackViewModel fallback = vm.cutover().fallback().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fallback.startableProperty().get());
        assertThat(robot.lookup("#fallbackRollbackButton").queryButton().isDisabled()).as("not in sync yet")
                .isTrue();
        robot.clickOn("#fallbackStartButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fallback.inSyncProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // the label is set on the FX thread in the same update
        assertThat(robot.lookup("#fallbackStateLabel").queryAs(Label.class).getText())
                .startsWith("Fallback: in sync, lag");

        Button confirm = robot.lookup("#confirm-" + CutoverStep.CONNECTION.name()).queryButton();
        robot.interact(confirm::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.cutover().steps().get(CutoverStep.CONNECTION
                .ordinal()).outcome() == Outcome.DONE && !vm.cutover().busyProperty().get());

        String orders = "\"" + source.database() + "\".orders";
        target.execute("INSERT INTO " + orders + " (status, doc, gift) VALUES ('paid', '{\"from\": \"pg\"}', true)",
                "UPDATE " + orders + " SET status = 'paid' WHERE id = 1", "DELETE FROM " + orders + " WHERE id = 2");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            var s = fallback.statusProperty().get();
            return s != null && s.appliedChanges() >= 3;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guidanceLabel").queryAs(Label.class).getText()).as("switched, fallback in sync")
                .contains("the fallback stream copies its writes back").contains("nothing is lost");
        Screenshots.capture(robot, robot.lookup(".cutover").query(), "cutover-fallback-in-sync");

        robot.clickOn("#fallbackRollbackButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !fallback.switchBackProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmMessages).hasSize(2);
        assertThat(dialogs.confirmMessages.get(1)).contains("Every write made on PostgreSQL is on the source");
        TextArea switchBack = robot.lookup("#switchBackText").queryAs(TextArea.class);
        assertThat(switchBack.isVisible()).isTrue();
        assertThat(switchBack.getText()).contains("jdbc:mysql://127.0.0.1:" + source.port() + "/"
                + source.database()).doesNotContain(source.password());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fallback.streamingProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#fallbackStateLabel").queryAs(Label.class)
                .getText().startsWith("Fallback: rolled back to the source."));
        Screenshots.capture(robot, robot.lookup(".cutover").query(), "cutover-fallback-rolled-back");

        try (Connection c = source.connect(); var rs = c.createStatement().executeQuery(
                "SELECT group_concat(concat(id, ':', status, ':', gift) ORDER BY id) FROM orders")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1:paid:0,3:paid:1");
            assertThat(SourceReadOnly.isReadOnly(c)).isFalse();
        }
        assertThat(FullLoadTest.validate(source, target).identical()).isTrue();
        assertThat(vm.cutover().rollbackGuidanceProperty().get()).contains("through the fallback stream");
    }
}
