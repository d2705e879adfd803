package org.dmspilot.gui.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.core.engine.CdcFixture;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.gui.monitor.LocalTaskMonitors;
import org.dmspilot.gui.monitor.TaskMonitorView;
import org.dmspilot.gui.monitor.TaskMonitorViewModel;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.Pacing;
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
 * A whole cutover from the screen of the sandbox shop migrated by the local engine (full load + CDC running in this
 * JVM, the shop still taking orders): the monitor draws the engine's live latency, the checklist passes from real
 * measurements, each step is confirmed with a click, the engine stops through the target, the identities continue
 * after the migrated maximum; then the rollback button lifts read-only.
 */
@ExtendWith(ApplicationExtension.class)
class LocalCutoverFxTest {
    private static TestDatabase source;
    private static TestDatabase target;
    private static CdcFixture engine;
    private static volatile boolean shopOpen = true;
    /** The shop's pace: an order every 20 ms. */
    private static final Duration SALE_INTERVAL = Duration.ofMillis(20);
    private TaskMonitorViewModel vm;

    /** The servers, the shop and the engine (longer than the toolkit's setup timeout allows in {@code @Start}). */
    @BeforeAll
    static void sandboxMigratingLocally() throws Exception {
        source = Databases.newMariaDbDatabase("fx_local_cutover");
        try (Connection c = source.connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            Shopwave.load(c);
        }
        // the shop's own login: read_only stops it (it would not stop an administrator)
        source.execute("CREATE USER IF NOT EXISTS 'fx_shop'@'%' IDENTIFIED BY 'Shop-pw1'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + source.database() + "`.* TO 'fx_shop'@'%'");
        target = FullLoadTest.convertedTarget(source);
        engine = CdcFixture.start(source, target);
        engine.awaitCaughtUp(source, Duration.ofSeconds(60));
        Thread shop = new Thread(LocalCutoverFxTest::shopKeepsSelling, "fx-shop");
        shop.setDaemon(true);
        shop.start();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path project = Files.createTempDirectory("local-cutover-fx").resolve("shop.dmspilot.json");
        vm = LocalTaskMonitors.open(new FxTaskExecutor(), new RecordingDialogService(), Platform::runLater,
                new CutoverConnections(source::connect, target::connect, source.database(), target.profile()),
                TableSelection.ALL, project, new CutoverSettings(5, Duration.ofSeconds(8), Duration.ofSeconds(5)),
                new DrainSettings(1, Duration.ofMillis(200), Duration.ofSeconds(30)), Duration.ofSeconds(1));
        Scene scene = new Scene(new TaskMonitorView(vm).root(), 1260, 780);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Orders keep changing until the source becomes read-only (then the writes fail and the shop closes). */
    private static void shopKeepsSelling() {
        try (Connection c = java.sql.DriverManager.getConnection(source.jdbcUrl(), "fx_shop", "Shop-pw1");
                var s = c.createStatement()) {
            int n = 0;
            while (shopOpen) {
                s.executeUpdate("UPDATE products SET stock = stock + 1 WHERE id = " + (1 + n % 10));
                s.executeUpdate("UPDATE customers SET loyalty_points = loyalty_points + 1 WHERE id = " + (1 + n % 10));
                n++;
                Pacing.pause(SALE_INTERVAL);
            }
        } catch (Exception e) {
            shopOpen = false; // read-only: the application is being moved
        }
    }

    /** When the newest target-latency sample on the screen was taken (read on the FX thread). */
    private Instant newestTargetLatency() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var samples = vm.monitor().targetLatency();
            return samples.isEmpty() ? Instant.MIN : samples.get(samples.size() - 1).at();
        }).get();
    }

    @AfterAll
    static void tearDown() throws Exception {
        shopOpen = false;
        try (Connection c = source.connect()) {
            SourceReadOnly.set(c, false, false);
        }
        engine.close();
    }

    @Test
    void aWholeLocalCutoverOfTheSandboxFromTheScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.monitor().targetLatency().size() >= 8);
        // the checklist opened before the window had latency samples: evaluate again, as a user would
        for (int attempt = 0; attempt < 6 && !vm.cutover().readyProperty().get(); attempt++) {
            // the checklist judges the latest latency window: evaluate again once fresh samples have arrived
            Instant asked = Instant.now();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> newestTargetLatency().isAfter(asked.plusSeconds(1)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.cutover().busyProperty().get());
            robot.clickOn("#evaluateButton");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.cutover().busyProperty().get());
        }
        assertThat(vm.cutover().readyProperty().get()).as("checklist: %s", vm.cutover().checklist()).isTrue();
        Screenshots.capture(robot, robot.lookup(".task-monitor").query(), "monitor-local");

        for (CutoverStep step : CutoverStep.values()) {
            WaitForAsyncUtils.waitForFxEvents();
            // the step list scrolls: a button below the fold is fired rather than clicked at its off-screen place
            javafx.scene.control.Button confirm = robot.lookup("#confirm-" + step.name()).queryButton();
            // while the shop still sells, the step's own validation can catch a change in flight (a chunk differs,
            // no key does once drilled into) and refuse; the panel says "wait until it does", so confirm again
            for (int attempt = 1; ; attempt++) {
                robot.interact(confirm::fire);
                try {
                    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> finished(step));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError(step + " did not finish: " + vm.cutover().steps() + " / "
                            + vm.cutover().activityProperty().get() + " / " + vm.cutover().log(), e);
                }
                var row = vm.cutover().steps().get(step.ordinal());
                if (row.outcome() == Outcome.DONE) {
                    break;
                }
                assertThat(attempt < 5 && step == CutoverStep.READ_ONLY
                        && row.message().contains("checklist does not pass")).as("%s refused: %s / %s", step,
                        vm.cutover().steps(), vm.cutover().log()).isTrue();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.cutover().busyProperty().get());
            }
        }
        WaitForAsyncUtils.waitForFxEvents();

        engine.thread.join(20_000);
        assertThat(engine.thread.isAlive()).as("the engine stopped on the cutover's request").isFalse();
        assertThat(shopOpen).as("the source refused the shop's writes").isFalse();
        assertThat(vm.cutover().log()).anyMatch(l -> l.contains("STOP  DONE"))
                .anyMatch(l -> l.contains("SEQUENCES  DONE")).anyMatch(l -> l.contains("ROW_COUNTS  DONE"));
        assertThat(robot.lookup("#connectionText").queryAs(TextArea.class).getText())
                .contains("jdbc:postgresql://127.0.0.1:" + target.port() + "/" + target.database());
        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).isTrue();
        }
        assertThat(FullLoadTest.validate(source, target).identical()).isTrue();
        try (Connection c = target.connect(); var rs = c.createStatement().executeQuery("INSERT INTO \""
                + source.database() + "\".customers (email, first_name, last_name, country_code) VALUES"
                + " ('after@cutover.example', 'A', 'B', 'DE') RETURNING id")) {
            rs.next();
            assertThat(rs.getLong(1)).as("identity continues after the migrated maximum").isGreaterThan(10);
        }
        assertThat(robot.lookup("#stableSpinner").queryAs(javafx.scene.control.Spinner.class).getValue())
                .as("the panel shows the window the checklist uses (8 s here)").isEqualTo(8);
        Screenshots.capture(robot, robot.lookup(".cutover").query(), "cutover-local");

        robot.clickOn("Lift read-only");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.cutover().log().stream()
                .anyMatch(l -> l.contains("ROLLBACK  DONE")));
        try (Connection c = source.connect()) {
            assertThat(SourceReadOnly.isReadOnly(c)).isFalse();
        }
    }

    /** The step ended, done or refused, and the panel is idle again. */
    private boolean finished(CutoverStep step) {
        Outcome outcome = vm.cutover().steps().get(step.ordinal()).outcome();
        return (outcome == Outcome.DONE || outcome == Outcome.REFUSED) && !vm.cutover().busyProperty().get();
    }
}
