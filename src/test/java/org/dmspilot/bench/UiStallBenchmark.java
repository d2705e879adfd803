package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.shell.Shell;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The UI thread with a 5,000-table project (issue #14: no stall over 100 ms): opens the project, expands the tree,
 * opens the conversion view and the assessment, and records the gaps between JavaFX pulses (an AnimationTimer asks
 * for a pulse every frame, so a gap is time the UI thread could not draw). Not part of the suite (no Test suffix);
 * run by {@code bench/ui-stall-bench.sh [tables views routines]}, which prints the worst gap per step.
 */
@ExtendWith(ApplicationExtension.class)
class UiStallBenchmark {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/bench/" + System.nanoTime());
    private final AtomicLong worstNanos = new AtomicLong();
    private final List<Long> gaps = new ArrayList<>();
    private Shell shell;
    private FxTaskExecutor executor;
    private long last;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        shell = Shell.create(stage, executor, new AppPreferences(node), new SessionSecretStore(), p -> null);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last != 0) {
                    long gap = now - last;
                    worstNanos.accumulateAndGet(gap, Math::max);
                    synchronized (gaps) {
                        gaps.add(gap);
                    }
                }
                last = now;
            }
        }.start();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void fiveThousandTables(FxRobot robot) throws Exception {
        int tables = Integer.getInteger("bench.tables", 5000);
        int views = Integer.getInteger("bench.views", 500);
        int routines = Integer.getInteger("bench.routines", 3500);
        Catalog catalog = DumpCatalogReader.read(GeneratedSchema.dumpFile(tables, views, routines), "bench", ProgressListener.NONE);
        Project project = Project.newProject("ui-stall").withCatalog(catalog)
                .withSource(ConnectionProfile.of(Engine.MYSQL, "127.0.0.1", 9, "bench", "nobody"))
                .withTarget(ConnectionProfile.of(Engine.POSTGRESQL, "127.0.0.1", 9, "bench", "nobody"));
        Map<String, Double> worst = new LinkedHashMap<>();
        worst.put("open the project (tree built)", step(() -> robot.interact(() -> shell.viewModel()
                .updateProject(project))));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        worst.put("expand every folder of the schema", step(() -> robot.interact(() -> expandAll(tree.getRoot()))));
        worst.put("scroll the tree to the end and back", step(() -> robot.interact(() -> {
            tree.scrollTo(tree.getExpandedItemCount() - 1);
            tree.scrollTo(0);
        })));
        worst.put("open the conversion view (converted)", step(() -> select(robot, tree, ProjectNode.Kind.CONVERSION)));
        worst.put("open the assessment (built)", step(() -> select(robot, tree, ProjectNode.Kind.ASSESSMENT)));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "UI-thread stalls with %,d tables, %,d views,"
                + " %,d routines (gaps between JavaFX pulses; goal: none over 100 ms)%n", tables, views, routines));
        worst.forEach((what, ms) -> out.append(String.format(Locale.ROOT, "  %-40s worst gap %7.1f ms%n", what, ms)));
        double overall = worst.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        out.append(String.format(Locale.ROOT, "  worst of all: %.1f ms; pulses recorded: %d%n", overall, gaps.size()));
        System.out.print(out);
        Files.writeString(Path.of("target", "ui-stall-bench.txt"), out);
    }

    /** Runs an action, waits until background work and FX events are done, returns the worst gap in ms. */
    private double step(Runnable action) {
        WaitForAsyncUtils.waitForFxEvents();
        worstNanos.set(0);
        action.run();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> executor.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(20);
        return worstNanos.get() / 1e6;
    }

    private static void select(FxRobot robot, TreeView<ProjectNode> tree, ProjectNode.Kind kind) {
        robot.interact(() -> {
            TreeItem<ProjectNode> item = find(tree.getRoot(), kind);
            tree.getSelectionModel().select(item);
        });
    }

    private static TreeItem<ProjectNode> find(TreeItem<ProjectNode> item, ProjectNode.Kind kind) {
        if (item.getValue() != null && item.getValue().kind() == kind) {
            return item;
        }
        for (TreeItem<ProjectNode> child : item.getChildren()) {
            TreeItem<ProjectNode> found = find(child, kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Expands every item that has children, as a user opening each folder would (leaves stay as they are). */
    private static void expandAll(TreeItem<ProjectNode> item) {
        if (item.isLeaf()) {
            return;
        }
        item.setExpanded(true);
        item.getChildren().forEach(UiStallBenchmark::expandAll);
    }
}
