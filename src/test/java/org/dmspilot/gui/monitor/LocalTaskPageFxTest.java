package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.FullLoadTest;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.monitor.TableLoad;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.testsupport.Screenshots;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The local engine task's page while a real full load runs (MariaDB to PostgreSQL, a worker held inside the big
 * table so the page is seen mid-load), at the size of the work area of the 1280x800 window: per-table rows, percent,
 * elapsed and ETA from the engine's record, the task's state, "Last refresh" and Refresh; once loaded, the rows the
 * engine copied; Reload table on a chosen table; nothing in the statistics cut off, long cells with tooltips.
 */
@ExtendWith(ApplicationExtension.class)
class LocalTaskPageFxTest {
    private static TestDatabase source;
    private static TestDatabase target;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TaskMonitorViewModel vm;

    @BeforeAll
    static void databases() throws Exception {
        source = Databases.newMariaDbDatabase("fx_local_page");
        source.execute("CREATE TABLE order_lines (id int PRIMARY KEY, sku varchar(20), qty int)",
                "INSERT INTO order_lines SELECT seq, concat('sku-', seq % 97), seq % 5 + 1 FROM seq_1_to_80000",
                "CREATE TABLE customers (id int PRIMARY KEY, name varchar(40))",
                "INSERT INTO customers SELECT seq, concat('customer ', seq) FROM seq_1_to_2500",
                "CREATE TABLE products (id int PRIMARY KEY, title varchar(40))",
                "INSERT INTO products SELECT seq, concat('product ', seq) FROM seq_1_to_300",
                "ANALYZE TABLE order_lines, customers, products");
        target = FullLoadTest.convertedTarget(source);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path project = Files.createTempDirectory("local-page-fx").resolve("p.dmspilot.json");
        vm = LocalTaskMonitors.open(new FxTaskExecutor(), dialogs, Platform::runLater,
                new CutoverConnections(source::connect, target::connect, source.database(), target.profile()),
                TableSelection.ALL, project, CutoverSettings.defaults(), DrainSettings.defaults(),
                Duration.ofSeconds(2));
        vm.autoRefreshProperty().set(false); // the test refreshes with the button, as a user would
        // the work area of the main window at 1280x800 (tree pane 22 %, menu, tool and status bars)
        Scene scene = new Scene(new TaskMonitorView(vm).root(), 1000, 720);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void perTableProgressStateLastRefreshAndReloadOfTheLocalTask(FxRobot robot) throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        Thread load = new Thread(() -> new FullLoad(source::connect, target::connect, LoadOptions.defaults()
                .withWorkers(2).withChunkRows(1_000_000)).run(source.database(), new ProgressListener() {
                    @Override
                    public void progress(long done, long total, String message) {
                        if (message.startsWith("order_lines:") && seen.getCount() > 0) {
                            try { // held mid-table until the page has been looked at
                                seen.await(120, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                }), "fx-page-load");
        load.start();
        try {
            awaitOnScreen(robot, () -> loading("order_lines") && vm.stateProperty().get().startsWith("State: full"));
            assertThat(text(robot, "#last-refresh")).matches("Last refresh: \\d\\d:\\d\\d:\\d\\d");
            String loadingRow = row(robot, "order_lines");
            assertThat(loadingRow).containsPattern("[\\d,]+ of ~[\\d,]+ rows \\(\\d+\u00a0%\\)").contains("ETA ");
            // validation waits for the load instead of reporting the rows not copied yet as differences
            awaitOnScreen(robot, () -> vm.monitor().checklist().stream().anyMatch(i -> i.id().equals("validation")
                    && i.state() == org.dmspilot.core.cutover.CheckState.WAITING
                    && i.evidence().contains("waits for the full load")));
            Screenshots.capture(robot, robot.lookup(".task-monitor").query(), "monitor-local-loading");
            assertThat(cut(robot)).as("cut off in the statistics").isEmpty();
        } finally {
            seen.countDown();
        }
        load.join(120_000);

        awaitOnScreen(robot, () -> vm.monitor().loads().values().stream().allMatch(TableLoad::done)
                && vm.monitor().loads().size() == 3 && vm.stateProperty().get().startsWith("State: stopped"));
        assertThat(row(robot, "order_lines")).contains("\u2714 80,000 rows");
        assertThat(row(robot, "products")).contains("\u2714 300 rows");

        // Reload table: the chosen table's rows come again from the source
        String s = "\"" + source.database() + "\".";
        target.execute("DELETE FROM " + s + "products WHERE id > 100");
        TableView<TableStatistics> table = robot.lookup(".table-view").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(t -> t.table().equals("products")).findFirst().orElseThrow()));
        Button reload = robot.lookup("#op-reload").queryAs(Button.class);
        assertThat(reload.isDisabled()).isFalse();
        assertThat(robot.lookup("#op-stop").tryQuery()).as("the local engine is stopped where it runs").isEmpty();
        robot.interact(reload::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#op-message").startsWith("\u2714"));
        assertThat(text(robot, "#op-message")).isEqualTo("\u2714 Reloaded " + source.database()
                + ".products from the source.");
        assertThat(dialogs.confirmMessages).singleElement().asString().contains("products");
        try (var c = target.connect(); var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + s
                + "products")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(300);
        }
        awaitOnScreen(robot, () -> !vm.monitor().loads().isEmpty() && vm.monitor().loads().get("products").done()
                && vm.monitor().loads().get("products").finished().isAfter(vm.monitor().loads().get("order_lines")
                        .finished()));
        Screenshots.capture(robot, robot.lookup(".task-monitor").query(), "monitor-local-loaded");
        assertThat(cut(robot)).isEmpty();
    }

    private boolean loading(String table) {
        TableLoad l = vm.monitor().loads().get(table);
        return l != null && l.rowsLoaded() > 0 && !l.done();
    }

    /** Clicks Refresh until {@code condition} holds on the FX thread. */
    private void awaitOnScreen(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            robot.interact(() -> robot.lookup("#refresh").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The texts of a table's row in the statistics, as shown. */
    private static String row(FxRobot robot, String table) {
        List<String> out = new ArrayList<>();
        for (TableCell<?, ?> cell : robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.isVisible() && r.getIndex() >= 0 && r.getTableView() != null
                        && r.getIndex() < r.getTableView().getItems().size()
                        && r.getItem() instanceof TableStatistics t && t.table().equals(table))
                .flatMap(r -> r.getChildrenUnmodifiable().stream()).filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> (TableCell<?, ?>) n).toList()) {
            String whole = org.dmspilot.gui.util.CellTooltips.text(cell);
            out.add(whole != null ? whole : String.valueOf(cell.getText()));
        }
        return String.join(" | ", out);
    }

    /** Labels, headers and cells of the statistics showing "…" instead of their text, or long ones without tooltip. */
    private static List<String> cut(FxRobot robot) throws Exception {
        List<String> out = new ArrayList<>();
        Node table = robot.lookup(".table-view").query();
        WaitForAsyncUtils.asyncFx(() -> collect(table, out)).get();
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof Text shown && !shown.getText().equals(l.getText())) {
            boolean tooltip = l.getTooltip() != null || l instanceof TableCell<?, ?> self
                    && org.dmspilot.gui.util.CellTooltips.text(self) != null
                    || l.getParent() instanceof TableCell<?, ?> c && org.dmspilot.gui.util.CellTooltips.text(c) != null;
            if (!(l instanceof TableCell<?, ?>) && !(l.getParent() instanceof TableCell<?, ?>) || !tooltip) {
                out.add("'" + l.getText() + "' shown as '" + shown.getText() + "'");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
