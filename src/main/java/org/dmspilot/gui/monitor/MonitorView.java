package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.Duration;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.gui.cutover.ChecklistCell;
import org.dmspilot.gui.util.Fxml;

/** The monitor: the live latency chart, table statistics and the cutover checklist with its evidence. */
public final class MonitorView {
    @FXML
    private BorderPane root;
    @FXML
    private ToggleButton window15m;
    @FXML
    private ToggleButton window1h;
    @FXML
    private ToggleButton window24h;
    @FXML
    private Label summaryLabel;
    @FXML
    private StackPane chartHolder;
    @FXML
    private TableView<TableStatistics> tablesTable;
    @FXML
    private TableColumn<TableStatistics, String> tableColumn;
    @FXML
    private TableColumn<TableStatistics, TableStatistics> loadedColumn;

    @FXML
    private TableColumn<TableStatistics, String> changesColumn;
    @FXML
    private TableColumn<TableStatistics, String> countsColumn;
    @FXML
    private TableColumn<TableStatistics, String> validationColumn;
    @FXML
    private ListView<ChecklistItem> checklistList;
    @FXML
    private javafx.scene.control.SplitPane lowerSplit;
    @FXML
    private javafx.scene.layout.VBox checklistBox;

    private final MonitorViewModel vm;
    private final LatencyChart chart = new LatencyChart();
    /** The statistics shown: replaced at each refresh, keeping the tables the user selected selected. */
    private final javafx.collections.ObservableList<TableStatistics> shownTables =
            javafx.collections.FXCollections.observableArrayList();
    private final java.util.List<String> selectedNames = new java.util.ArrayList<>();
    private boolean replacing;

    public MonitorView(MonitorViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
    }

    @FXML
    private void initialize() {
        chartHolder.getChildren().add(chart);
        javafx.beans.binding.Bindings.bindContent(chart.getSource(), vm.sourceLatency());
        javafx.beans.binding.Bindings.bindContent(chart.getTarget(), vm.targetLatency());
        chart.thresholdProperty().bind(vm.thresholdProperty());
        chart.windowProperty().bind(vm.windowProperty());
        chart.endProperty().bind(vm.endProperty());
        ToggleGroup windows = new ToggleGroup();
        window(window15m, windows, Duration.ofMinutes(15));
        window(window1h, windows, Duration.ofHours(1));
        window(window24h, windows, Duration.ofHours(24));
        window15m.setSelected(true);
        summaryLabel.textProperty().bind(vm.summaryProperty());
        tablesTable.setItems(shownTables);
        shownTables.setAll(vm.tables());
        vm.tables().addListener((javafx.collections.ListChangeListener<TableStatistics>) c -> showTables());
        tableColumn.setCellValueFactory(c -> text(c.getValue().qualifiedName()));
        loadedColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        loadedColumn.setCellFactory(c -> new LoadCell(vm));
        tableColumn.setCellFactory(c -> org.dmspilot.gui.util.CellTooltips.textCell());
        changesColumn.setCellValueFactory(c -> text(lang("monitor.changes", c.getValue().inserts(),
                c.getValue().updates(), c.getValue().deletes())));
        changesColumn.setCellFactory(c -> org.dmspilot.gui.util.CellTooltips.textCell());
        countsColumn.setCellValueFactory(c -> text(c.getValue().sourceRows() < 0 && c.getValue().targetRows() < 0
                ? lang("monitor.notCounted") : count(c.getValue().sourceRows()) + " / "
                        + count(c.getValue().targetRows())));
        countsColumn.setCellFactory(c -> org.dmspilot.gui.util.CellTooltips.textCell());
        validationColumn.setCellValueFactory(c -> text(c.getValue().validation()));
        validationColumn.setCellFactory(c -> org.dmspilot.gui.util.CellTooltips.textCell());
        checklistList.setItems(vm.checklist());
        checklistList.setCellFactory(l -> new ChecklistCell());
    }

    private void window(ToggleButton button, ToggleGroup group, Duration duration) {
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            button.setSelected(true);
            vm.windowProperty().set(duration);
            vm.refresh();
        });
    }

    private static String count(long n) {
        return n < 0 ? "?" : String.valueOf(n);
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }

    /** Leaves the checklist out (a cutover panel beside the monitor shows its own, with row counts). */
    public void hideChecklist() {
        lowerSplit.getItems().remove(checklistBox);
    }

    public BorderPane root() {
        return root;
    }

    /** Marks errors and warnings of the task's log on the chart's time axis. */
    public void markLog(javafx.collections.ObservableList<org.dmspilot.core.monitor.LogLine> marks) {
        javafx.beans.binding.Bindings.bindContent(chart.getMarks(), marks);
    }

    /** A refresh replaces the rows; the tables selected before stay selected (by name). */
    private void showTables() {
        replacing = true;
        try {
            shownTables.setAll(vm.tables());
            var selection = tablesTable.getSelectionModel();
            selection.clearSelection();
            for (int i = 0; i < shownTables.size(); i++) {
                if (selectedNames.contains(shownTables.get(i).qualifiedName())) {
                    selection.select(i);
                }
            }
        } finally {
            replacing = false;
        }
    }

    /**
     * Keeps {@code names} equal to the {@code schema.table} names selected in the statistics (several allowed); the
     * selection survives the refreshes.
     */
    public void selectTablesInto(javafx.collections.ObservableList<String> names) {
        tablesTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        tablesTable.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<TableStatistics>) c -> {
                    if (!replacing) {
                        selectedNames.clear();
                        tablesTable.getSelectionModel().getSelectedItems().stream()
                                .filter(java.util.Objects::nonNull).map(TableStatistics::qualifiedName).distinct()
                                .forEach(selectedNames::add);
                        names.setAll(selectedNames);
                    }
                });
    }

    /**
     * A table's full load: a bar with the rows copied and the percent of the table (from the engine's record while it
     * copies), or the engine's count once loaded; a table error's reason in red, wrapped, the row growing to fit it.
     * The whole text is the tooltip.
     */
    private static final class LoadCell extends javafx.scene.control.TableCell<TableStatistics, TableStatistics> {
        private final MonitorViewModel vm;
        private final javafx.scene.control.Label label = new javafx.scene.control.Label();
        private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, bar, label);

        LoadCell(MonitorViewModel vm) {
            this.vm = vm;
            label.setWrapText(true);
            label.maxWidthProperty().bind(widthProperty().subtract(8));
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.maxWidthProperty().bind(widthProperty().subtract(8));
            bar.setPrefHeight(10);
            bar.getStyleClass().add("load-progress");
            bar.managedProperty().bind(bar.visibleProperty());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        /** As high as the text wrapped at the column's width (the row follows its highest cell). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || getTableColumn() == null) {
                return super.computePrefHeight(width);
            }
            return getGraphic().prefHeight(getTableColumn().getWidth() - 8) + snappedTopInset()
                    + snappedBottomInset();
        }

        @Override
        protected void updateItem(TableStatistics t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                org.dmspilot.gui.util.CellTooltips.set(this, null);
                return;
            }
            org.dmspilot.core.monitor.TableLoad load = vm.loads().get(t.table());
            String time = LoadText.time(load, vm.shownAt());
            String s = LoadText.progress(t, load) + (time.isEmpty() ? "" : "\n" + time);
            boolean error = t.problem() != null;
            label.setText(s);
            label.setId(error ? "table-error-reason" : null);
            label.getStyleClass().remove("table-error-text");
            if (error) { // red, but white on a selected (blue) row: dmspilot.css
                label.getStyleClass().add("table-error-text");
            }
            bar.setVisible(!error && load != null && !load.done()); // once loaded, the ✔ says it
            bar.setProgress(load == null ? 0 : load.percent().map(p -> p / 100.0)
                    .orElse(load.started() == null ? 0.0 : javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS));
            org.dmspilot.gui.util.CellTooltips.set(this, s);
            if (error) { // the reason alone, as the cell's own graphic
                setGraphic(label);
            } else {
                if (label.getParent() != box) {
                    box.getChildren().add(label);
                }
                setGraphic(box);
            }
        }
    }

    /** The chart, for tests and screenshots. */
    LatencyChart chart() {
        return chart;
    }
}
