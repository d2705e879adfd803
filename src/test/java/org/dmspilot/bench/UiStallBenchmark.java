package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.dmspilot.gui.shell.ProjectTreeSearch;
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
    private final List<Long> gaps = new ArrayList<>();
    /** The worst gap per step (a step run several times keeps its worst). */
    private final Map<String, PulseGaps.Gap> worst = new LinkedHashMap<>();
    /** The most UI-thread CPU time any one gap of the step took, in ms. */
    private final Map<String, Double> worstCpu = new LinkedHashMap<>();
    private PulseGaps pulses;
    private Shell shell;
    private FxTaskExecutor executor;
    private volatile long lastPulseNanos = System.nanoTime();
    private StallProfiler profiler;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        shell = Shell.create(stage, executor, new AppPreferences(node), new SessionSecretStore(), p -> null);
        stage.show();
        if (Boolean.getBoolean("bench.profile")) {
            profiler = new StallProfiler(Thread.currentThread(), () -> lastPulseNanos);
        }
        pulses = new PulseGaps(Thread.currentThread());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                PulseGaps.Gap gap = pulses.pulse();
                if (gap != null) {
                    synchronized (gaps) {
                        gaps.add(gap.wallNanos());
                    }
                }
                lastPulseNanos = System.nanoTime();
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
        String warmUp = "off";
        if (!"false".equals(System.getProperty("bench.warmup"))) {
            // as the application does once its window is shown; a user takes a few seconds to pick a project
            var result = shell.warmUp().get(5, java.util.concurrent.TimeUnit.MINUTES);
            warmUp = String.format(Locale.ROOT, "%d views in %d ms (%d could not be built)", result.built(),
                    result.took().toMillis(), result.failed());
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        worst.clear();
        step("open the project (tree built)", () -> robot.interact(() -> shell.viewModel().updateProject(project)));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        // one user action per event: each folder is a click of its own
        for (TreeItem<ProjectNode> schema : WaitForAsyncUtils.asyncFx(() -> schemas(tree.getRoot())).get()) {
            step("expand a schema", () -> robot.interact(() -> schema.setExpanded(true)));
            for (TreeItem<ProjectNode> folder : WaitForAsyncUtils.asyncFx(() -> List.copyOf(schema.getChildren())).get()) {
                step("expand a folder (largest: 5,000 tables)", () -> robot.interact(() -> folder.setExpanded(true)));
            }
        }
        step("scroll the tree to the end", () -> robot.interact(() -> tree.scrollTo(tree.getExpandedItemCount() - 1)));
        step("scroll the tree back to the top", () -> robot.interact(() -> tree.scrollTo(0)));
        step("select a table (details shown)", () -> robot.interact(() -> tree.getSelectionModel()
                .select(ProjectTreeSearch.find(tree.getRoot(), ProjectNode.Kind.TABLE))));
        step("open the conversion view", () -> select(robot, tree, ProjectNode.Kind.CONVERSION));
        step("convert (target tree, action items shown)", () -> fire(robot, "#convertButton"));
        step("open the assessment", () -> select(robot, tree, ProjectNode.Kind.ASSESSMENT));
        step("assess (charts, code objects, items shown)", () -> fire(robot, "#assessButton"));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "UI-thread stalls with %,d tables, %,d views,"
                + " %,d routines (gaps between JavaFX pulses; goal: none over 100 ms)%n", tables, views, routines));
        out.append(String.format(Locale.ROOT, "  %-44s %9s  %s%n", "", "worst gap", "(in it: UI-thread CPU, renderer CPU, GC,"
                + " classes loaded)  most UI CPU in one gap"));
        worst.forEach((what, gap) -> out.append(String.format(Locale.ROOT, "  %-44s %6.1f ms  (%s)  %6.1f ms%n", what,
                gap.wallNanos() / 1e6, gap.describe(), worstCpu.get(what))));
        double overall = worst.values().stream().mapToDouble(g -> g.wallNanos() / 1e6).max().orElse(0);
        out.append(String.format(Locale.ROOT, "  worst of all: %.1f ms; pulses recorded: %d%n", overall, gaps.size()));
        out.append(String.format(Locale.ROOT, "  views built ahead of time (off the UI thread): %s%n", warmUp));
        out.append(String.format(Locale.ROOT, "  /proc/loadavg before: %s, after: %s (%d cores)%n", loadBefore,
                Files.readString(Path.of("/proc/loadavg")).strip(), Runtime.getRuntime().availableProcessors()));
        System.out.print(out);
        Files.writeString(Path.of("target", "ui-stall-bench.txt"), out);
        if (profiler != null) {
            profiler.stop();
            Files.writeString(Path.of("target", "ui-stall-profile.txt"), profiler.report(Integer.getInteger("bench.profile.top", 30)));
        }
    }

    /** Runs an action, waits until background work and FX events are done, records the worst gap in ms. */
    private void step(String name, Runnable action) {
        WaitForAsyncUtils.waitForFxEvents();
        if (profiler != null) {
            profiler.step(name);
        }
        pulses.reset();
        action.run();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> executor.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(20);
        PulseGaps.Gap gap = pulses.worst();
        worst.merge(name, gap, (a, b) -> a.wallNanos() >= b.wallNanos() ? a : b);
        worstCpu.merge(name, pulses.mostUiCpuNanos() / 1e6, Math::max);
    }

    /** Clicks a button of the work area (the event a mouse click gives). */
    private static void fire(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryButton();
        robot.interact(button::fire);
    }

    private static void select(FxRobot robot, TreeView<ProjectNode> tree, ProjectNode.Kind kind) {
        robot.interact(() -> {
            tree.getRoot().getChildren().stream().filter(i -> i.getValue().kind() == kind).findFirst()
                    .ifPresent(i -> tree.getSelectionModel().select(i));
        });
    }

    /** The schema items under Source. */
    private static List<TreeItem<ProjectNode>> schemas(TreeItem<ProjectNode> root) {
        TreeItem<ProjectNode> source = root.getChildren().stream()
                .filter(i -> i.getValue().kind() == ProjectNode.Kind.SOURCE).findFirst().orElseThrow();
        return source.getChildren().stream().filter(i -> i.getValue().kind() == ProjectNode.Kind.SCHEMA).toList();
    }
}
