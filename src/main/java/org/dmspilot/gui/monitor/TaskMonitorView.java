package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.dmspilot.gui.cutover.CutoverView;
import org.dmspilot.gui.util.Disposal;

/**
 * A task's monitor and cutover side by side: the live chart and table statistics on the left, the cutover panel on
 * the right, a toolbar with auto-refresh and (for AWS DMS) the cleanup. The refresh timer runs while the view is
 * shown in a window and stops for good when the view is {@linkplain Disposal disposed}; the reading itself runs in
 * the background.
 */
public final class TaskMonitorView {
    private final BorderPane root = new BorderPane();
    private final Timeline timer;
    private final javafx.beans.value.ObservableValue<Boolean> showing;
    private final TaskMonitorViewModel vm;

    public TaskMonitorView(TaskMonitorViewModel vm) {
        MonitorView monitor = new MonitorView(vm.monitor());
        monitor.hideChecklist();
        CutoverView cutover = new CutoverView(vm.cutover());
        javafx.scene.Node left = monitor.root();
        javafx.scene.Node lower = null;
        javafx.scene.control.TabPane assessmentTabs = null;
        if (vm.logs().isPresent()) {
            monitor.markLog(vm.logs().get().marks());
            lower = new TaskLogView(vm.logs().get()).root();
        }
        if (vm.assessments().isPresent()) {
            javafx.scene.Node assessment = new AssessmentRunView(vm.assessments().get()).root();
            if (lower == null) {
                lower = assessment;
            } else {
                javafx.scene.control.Tab logTab = new javafx.scene.control.Tab(lang("monitor.log.title"), lower);
                javafx.scene.control.Tab runTab = new javafx.scene.control.Tab(lang("dmsAssess.title"), assessment);
                runTab.setId("dms-assess-tab");
                javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(logTab, runTab);
                tabs.setId("monitor-lower-tabs");
                tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
                lower = tabs;
                assessmentTabs = tabs;
            }
        }
        if (lower != null) {
            SplitPane monitorAndLog = new SplitPane(monitor.root(), lower);
            monitorAndLog.setOrientation(javafx.geometry.Orientation.VERTICAL);
            monitorAndLog.setDividerPositions(0.68);
            left = monitorAndLog;
            if (assessmentTabs != null) {
                // the assessment's table needs room: the chart gives up some while its tab is shown
                assessmentTabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                        monitorAndLog.setDividerPositions(now.intValue() == 1 ? 0.42 : 0.68));
            }
            vm.logs().ifPresent(TaskLogViewModel::read);
        }
        SplitPane split = new SplitPane(left, cutover.root());
        split.setDividerPositions(0.58);
        root.setCenter(split);
        root.getStyleClass().add("task-monitor");

        Label title = new Label(vm.cutover().describe());
        title.getStyleClass().add("section-heading");
        title.setMinWidth(Label.USE_PREF_SIZE);
        CheckBox auto = new CheckBox(lang("monitor.autoRefresh"));
        auto.setMinWidth(CheckBox.USE_PREF_SIZE);
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        Label state = TaskOperationsView.fitting("task-state", vm.stateProperty());
        HBox.setHgrow(state, Priority.SOMETIMES);
        Label refreshed = new Label();
        refreshed.setId("last-refresh");
        refreshed.getStyleClass().add("hint");
        refreshed.setMinWidth(Label.USE_PREF_SIZE);
        refreshed.textProperty().bind(vm.monitor().lastRefreshProperty());
        Button refresh = new Button(lang("monitor.refresh"));
        refresh.setId("refresh");
        refresh.setMinWidth(Button.USE_PREF_SIZE);
        refresh.setOnAction(e -> vm.refreshNow());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, gap, auto);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        vm.validation().ifPresent(v -> {
            Button validate = new Button(lang("validation.validateNow"));
            validate.setId("validateNow");
            validate.setOnAction(e -> v.validateNow());
            validate.disableProperty().bind(v.busyProperty());
            Button resync = new Button(lang("validation.resync"));
            resync.setId("resync");
            resync.setOnAction(e -> v.resync());
            resync.disableProperty().bind(v.busyProperty().or(v.differencesProperty().not()));
            bar.getChildren().addAll(validate, resync);
            root.setBottom(validationBox(v));
        });
        vm.localCleanup().ifPresent(c -> {
            Button clean = new Button(lang("localCleanup.button"));
            clean.setId("localCleanup");
            clean.disableProperty().bind(c.busyProperty());
            clean.setOnAction(e -> c.cleanUp());
            Label result = new Label();
            result.setId("localCleanupResult");
            result.textProperty().bind(c.resultProperty());
            result.setWrapText(true);
            result.getStyleClass().add("hint");
            result.managedProperty().bind(result.textProperty().isNotEmpty());
            bar.getChildren().add(clean);
            bar.getChildren().add(1, result);
        });
        if (vm.canCleanUp()) {
            CheckBox all = new CheckBox(lang("monitor.cleanup.includeAll"));
            Button clean = new Button(lang("monitor.cleanup.button"));
            clean.setId("cleanup");
            clean.disableProperty().bind(vm.cleaningProperty());
            clean.setOnAction(e -> vm.cleanup(all.isSelected()));
            Label result = new Label();
            result.setId("cleanup-result");
            result.textProperty().bind(vm.cleanupResultProperty());
            result.setWrapText(true);
            result.getStyleClass().add("hint");
            bar.getChildren().addAll(all, clean);
            root.setBottom(result);
            BorderPane.setMargin(result, new Insets(0, 10, 6, 10));
        }
        Label banner = new Label();
        banner.setId("notification");
        banner.setWrapText(true);
        banner.getStyleClass().add("notification-error");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.setStyle("-fx-background-color: #fdecea; -fx-text-fill: #8e1b10;");
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        vm.notifications().raised().addListener((javafx.collections.ListChangeListener<
                org.dmspilot.gui.util.Notifications.Notification>) c -> {
                    var raised = vm.notifications().raised();
                    if (!raised.isEmpty()) {
                        var n = raised.get(raised.size() - 1);
                        banner.setText("\u2716 " + n.title() + ": " + n.message());
                        banner.setVisible(true);
                    }
                });
        // the second row: where the task stands, what can be done to it, and when it was read
        HBox status = new HBox(10, state);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(0, 10, 6, 10));
        vm.operations().ifPresentOrElse(ops -> {
            monitor.selectTablesInto(ops.selectedTables());
            HBox operations = new TaskOperationsView(ops).root();
            operations.setPadding(Insets.EMPTY);
            HBox.setHgrow(operations, Priority.ALWAYS);
            status.getChildren().add(operations);
        }, () -> {
            Region filler = new Region();
            HBox.setHgrow(filler, Priority.ALWAYS);
            status.getChildren().add(filler);
        });
        status.getChildren().addAll(refreshed, refresh);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(bar, status);
        top.getChildren().add(banner);
        root.setTop(top);

        timer = new Timeline(new KeyFrame(Duration.millis(vm.refreshEvery().toMillis()), e -> vm.tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        // ticks only while shown in a window: a scene replaced on its stage or a closed window stops it too
        showing = root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> {
            if (now && !vm.isClosed()) {
                timer.play();
            } else {
                timer.stop();
            }
        });
        this.vm = vm;
        Disposal.onDispose(root, this::close);
        vm.monitor().refresh();
        vm.cutover().evaluate();
    }

    /** The last validation or resync: a summary line and one line per table that differs, with its keys. */
    private static javafx.scene.Node validationBox(ValidationViewModel v) {
        Label summary = new Label();
        summary.setId("validation-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(v.summaryProperty());
        javafx.scene.control.ListView<String> lines = new javafx.scene.control.ListView<>(v.results());
        lines.setId("validation-results");
        lines.setPrefHeight(90);
        lines.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(v.results()));
        lines.managedProperty().bind(lines.visibleProperty());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, summary, lines);
        box.setPadding(new Insets(0, 10, 6, 10));
        box.visibleProperty().bind(v.summaryProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Stops the refresh for good (the tab closed): nothing reads the task any more. */
    public void close() {
        timer.stop();
        vm.close();
    }

    public BorderPane root() {
        return root;
    }
}
