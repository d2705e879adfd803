package org.dmspilot.gui.assessment;

import static org.dmspilot.gui.util.Localization.lang;

import java.io.File;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.CodeObjectState;
import org.dmspilot.core.report.ObjectCategory;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.gui.util.Fxml;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;

/** Assessment: summary figures, conversion-status pie, action items by severity, items grouped by code, export. */
public final class AssessmentView {
    @FXML
    private BorderPane root;
    @FXML
    private Button assessButton;
    @FXML
    private Button htmlButton;
    @FXML
    private Button pdfButton;
    @FXML
    private Button csvButton;
    @FXML
    private Button allButton;
    @FXML
    private Label statusLabel;
    @FXML
    private Label verifiedLabel;
    @FXML
    private Label objectsLabel;
    @FXML
    private CheckBox verifyBox;
    @FXML
    private CheckBox writesBox;
    @FXML
    private TableView<Assessment.CodeObject> codeObjectsTable;
    @FXML
    private TableColumn<Assessment.CodeObject, String> objectColumn;
    @FXML
    private TableColumn<Assessment.CodeObject, String> stateColumn;
    @FXML
    private TableColumn<Assessment.CodeObject, String> evidenceColumn;
    @FXML
    private Label linesLabel;
    @FXML
    private Label itemsLabel;
    @FXML
    private Label effortLabel;
    @FXML
    private Label sizeLabel;
    @FXML
    private Label dmsLabel;
    @FXML
    private PieChart statusChart;
    @FXML
    private BarChart<String, Number> severityChart;
    @FXML
    private TreeView<String> codeTree;

    private final AssessmentViewModel vm;
    /** The object of each action-item row of the tree. */
    private final java.util.Map<TreeItem<String>, String> objects = new java.util.IdentityHashMap<>();

    public AssessmentView(AssessmentViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(vm.statusProperty());
        assessButton.disableProperty().bind(vm.busyProperty());
        for (Button b : new Button[] {htmlButton, pdfButton, csvButton, allButton}) {
            b.disableProperty().bind(vm.busyProperty().or(vm.assessmentProperty().isNull()));
        }
        verifyBox.selectedProperty().bindBidirectional(vm.verifyOnTargetProperty());
        writesBox.selectedProperty().bindBidirectional(vm.probeWritesProperty());
        writesBox.disableProperty().bind(verifyBox.selectedProperty().not());
        objectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().state().label()));
        evidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().evidence()));
        stateColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeIf(c -> c.startsWith("state-"));
                if (!empty && text != null) {
                    getStyleClass().add("state-" + text.replaceAll("[^a-z]+", "-"));
                }
            }
        });
        // long names and evidence are cut with "…": the tooltip shows all of it
        objectColumn.setCellFactory(col -> org.dmspilot.gui.util.CellTooltips.textCell());
        evidenceColumn.setCellFactory(col -> org.dmspilot.gui.util.CellTooltips.textCell());
        codeObjectsTable.setOnMouseClicked(e -> {
            var selected = codeObjectsTable.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && selected != null) {
                vm.openObject(selected.name());
            }
        });
        root.getStylesheets().add(AssessmentView.class.getResource("AssessmentView.css").toExternalForm());
        codeTree.setRoot(new TreeItem<>());
        codeTree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        codeTree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected();
            }
        });
        vm.assessmentProperty().addListener((o, a, n) -> show(n));
        show(vm.assessmentProperty().get());
    }

    private void show(Assessment a) {
        if (a == null) {
            return;
        }
        verifiedLabel.setText(lang("assessment.codeObjects", a.codeObjects().size(), pct(a.percentVerified()),
                a.codeObjects(CodeObjectState.VERIFIED_EQUIVALENT), a.codeObjects(CodeObjectState.CONVERTED_NOT_VERIFIED),
                a.codeObjects(CodeObjectState.NEEDS_WORK)));
        codeObjectsTable.getItems().setAll(a.codeObjects());
        objectsLabel.setText(lang("assessment.kpi.objects", a.totalObjects(), a.totalConvertedAutomatically(),
                pct(a.percentObjectsAutomatic())));
        linesLabel.setText(lang("assessment.kpi.lines", pct(a.percentLinesAutomatic())));
        itemsLabel.setText(lang("assessment.kpi.items", a.items().size(), a.codes().size()));
        effortLabel.setText(lang("assessment.kpi.effort", String.format(Locale.ROOT, "%.1f", a.effort().hours())));
        sizeLabel.setText(lang("assessment.kpi.size", a.sizes().tables(), a.sizes().rows(),
                a.sizes().lobColumns()));
        dmsLabel.setText(lang("assessment.kpi.dms", a.dms().instanceClass(),
                a.dms().tablesWithoutPrimaryKey().size()));
        long auto = 0;
        long simple = 0;
        long medium = 0;
        long complex = 0;
        for (Assessment.CategorySummary c : a.categories()) {
            if (c.category() == ObjectCategory.SCHEMA) {
                continue;
            }
            auto += c.convertedAutomatically();
            simple += c.simple();
            medium += c.medium();
            complex += c.complex();
        }
        statusChart.getData().setAll(new PieChart.Data(lang("assessment.status.automatic", auto), auto),
                new PieChart.Data(lang("assessment.status.simple", simple), simple),
                new PieChart.Data(lang("assessment.status.medium", medium), medium),
                new PieChart.Data(lang("assessment.status.complex", complex), complex));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Severity s : Severity.values()) {
            series.getData().add(new XYChart.Data<>(s.name().toLowerCase(Locale.ROOT), a.bySeverity().get(s)));
        }
        severityChart.getData().setAll(java.util.List.of(series));
        for (XYChart.Data<String, Number> d : series.getData()) {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add("severity-" + d.getXValue());
            }
        }
        objects.clear();
        // each level's items added at once (one change event, not one per item)
        java.util.List<TreeItem<String>> codes = new java.util.ArrayList<>();
        for (AssessmentViewModel.CodeGroup g : vm.groups()) {
            TreeItem<String> code = new TreeItem<>(lang("assessment.group", g.code(), g.items().size(),
                    g.severity().name().toLowerCase(Locale.ROOT)));
            java.util.List<TreeItem<String>> rows = new java.util.ArrayList<>(g.items().size());
            for (ActionItem i : g.items()) {
                TreeItem<String> row = new TreeItem<>(i.object() + " \u2014 " + i.message());
                objects.put(row, i.object());
                rows.add(row);
            }
            code.getChildren().setAll(rows);
            codes.add(code);
        }
        TreeItem<String> top = new TreeItem<>();
        top.getChildren().setAll(codes);
        codeTree.setRoot(top);
    }

    private void openSelected() {
        TreeItem<String> item = codeTree.getSelectionModel().getSelectedItem();
        if (item != null) {
            vm.openObject(objects.get(item));
        }
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f", p);
    }

    @FXML
    private void onAssess() {
        vm.assess();
    }

    @FXML
    private void onExportHtml() {
        export(EnumSet.of(ReportFormat.HTML));
    }

    @FXML
    private void onExportPdf() {
        export(EnumSet.of(ReportFormat.PDF));
    }

    @FXML
    private void onExportCsv() {
        export(EnumSet.of(ReportFormat.CSV));
    }

    @FXML
    private void onExportAll() {
        export(EnumSet.allOf(ReportFormat.class));
    }

    private void export(Set<ReportFormat> formats) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(lang("assessment.chooseDirectory"));
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            vm.export(dir.toPath(), formats);
        }
    }

    public BorderPane root() {
        return root;
    }
}
