package org.dmspilot.gui.conversion;

import static org.dmspilot.gui.util.Localization.lang;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import org.dmspilot.core.convert.SqlScriptWriter;
import org.dmspilot.gui.util.Fxml;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.MappingRule;
import org.dmspilot.model.convert.Severity;
import org.dmspilot.model.convert.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/** The SCT-like conversion view: source tree | target tree | source and target DDL | action items. */
public final class ConversionView {
    @FXML
    private BorderPane root;
    @FXML
    private Button convertButton;
    @FXML
    private MenuButton saveButton;
    @FXML
    private Button applyButton;
    @FXML
    private javafx.scene.control.CheckBox allOrNothingBox;
    @FXML
    private Button undoButton;
    @FXML
    private Button keepEditButton;
    @FXML
    private ComboBox<Severity> severityBox;
    @FXML
    private Label statusLabel;
    @FXML
    private TreeView<String> sourceTree;
    @FXML
    private TreeView<String> targetTree;
    @FXML
    private StackPane sourceDdlHolder;
    @FXML
    private StackPane targetDdlHolder;
    @FXML
    private TableView<ActionItem> itemsTable;
    @FXML
    private TableColumn<ActionItem, String> severityColumn;
    @FXML
    private TableColumn<ActionItem, String> codeColumn;
    @FXML
    private TableColumn<ActionItem, String> objectColumn;
    @FXML
    private TableColumn<ActionItem, String> messageColumn;
    @FXML
    private TableColumn<ActionItem, String> actionColumn;

    @FXML
    private ComboBox<MappingRule.Action> ruleAction;
    @FXML
    private ComboBox<MappingRule.Target> ruleTarget;
    @FXML
    private TextField ruleSchema;
    @FXML
    private TextField ruleTable;
    @FXML
    private TextField ruleColumn;
    @FXML
    private TextField ruleValue;
    @FXML
    private Button addRuleButton;
    @FXML
    private Button removeRuleButton;
    @FXML
    private ListView<MappingRule> rulesList;

    private final ConversionViewModel vm;
    private final CodeArea sourceDdl = new CodeArea();
    private final CodeArea targetDdl = new CodeArea();
    /** Tree item value (a qualified object name, or a heading) → whether it is an object. */
    private final Map<String, TreeItem<String>> sourceItems = new LinkedHashMap<>();

    public ConversionView(ConversionViewModel vm, Catalog catalog) {
        this.vm = vm;
        Fxml.load(this);
        sourceTree.setRoot(sourceTree(catalog));
    }

    @FXML
    private void initialize() {
        sourceDdl.setEditable(false);
        sourceDdl.setId("sourceDdlArea");
        targetDdl.setId("targetDdlArea");
        SqlHighlighter.attach(sourceDdl);
        SqlHighlighter.attach(targetDdl);
        sourceDdlHolder.getChildren().add(new VirtualizedScrollPane<>(sourceDdl));
        targetDdlHolder.getChildren().add(new VirtualizedScrollPane<>(targetDdl));
        vm.sourceDdlProperty().addListener((o, a, text) -> sourceDdl.replaceText(text));
        vm.targetDdlProperty().addListener((o, a, text) -> targetDdl.replaceText(text));
        statusLabel.textProperty().bind(vm.statusProperty());
        convertButton.disableProperty().bind(vm.busyProperty());
        applyButton.disableProperty().bind(vm.busyProperty().or(vm.resultProperty().isNull()));
        allOrNothingBox.selectedProperty().bindBidirectional(vm.allOrNothingProperty());
        saveButton.disableProperty().bind(vm.resultProperty().isNull());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        keepEditButton.disableProperty().bind(vm.selectedObjectProperty().isNull().or(vm.resultProperty().isNull()));
        severityBox.getItems().setAll(Severity.values());
        severityBox.valueProperty().bindBidirectional(vm.minimumSeverityProperty());
        itemsTable.setItems(vm.shownItems());
        severityColumn.setCellValueFactory(c -> text(c.getValue().severity().name().toLowerCase()));
        severityColumn.setCellFactory(c -> new SeverityCell());
        codeColumn.setCellValueFactory(c -> text(c.getValue().code()));
        objectColumn.setCellValueFactory(c -> text(c.getValue().object()));
        messageColumn.setCellValueFactory(c -> text(c.getValue().message()));
        actionColumn.setCellValueFactory(c -> text(c.getValue().recommendation()));
        // at 1280x800 the columns share the table's width (no column cut off at the right edge, no sideways scroll);
        // the code keeps its full width, longer text is cut with "…" and shown whole in the tooltip
        itemsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (TableColumn<ActionItem, String> c : List.of(objectColumn, messageColumn, actionColumn)) {
            c.setCellFactory(col -> org.dmspilot.gui.util.CellTooltips.textCell());
        }
        itemsTable.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                selectObject(item.object());
            }
        });
        sourceTree.setCellFactory(t -> new ObjectNameCell());
        targetTree.setCellFactory(t -> new ObjectNameCell());
        sourceTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> select(item));
        targetTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> select(item));
        vm.resultProperty().addListener((o, a, r) -> targetTree.setRoot(targetTree(vm.statements())));
        initRules();
    }

    private void initRules() {
        ruleAction.getItems().setAll(MappingRule.Action.values());
        ruleAction.setValue(MappingRule.Action.RENAME);
        ruleTarget.getItems().setAll(MappingRule.Target.values());
        ruleTarget.setValue(MappingRule.Target.TABLE);
        ruleTable.disableProperty().bind(ruleTarget.valueProperty().isEqualTo(MappingRule.Target.SCHEMA));
        ruleColumn.disableProperty().bind(ruleTarget.valueProperty().isNotEqualTo(MappingRule.Target.COLUMN));
        ruleValue.disableProperty().bind(ruleAction.valueProperty().isEqualTo(MappingRule.Action.EXCLUDE)
                .or(ruleAction.valueProperty().isEqualTo(MappingRule.Action.KEEP_CASE)));
        addRuleButton.disableProperty().bind(ruleSchema.textProperty().isEmpty());
        rulesList.setItems(vm.rules());
        rulesList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(MappingRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : rule.describe());
            }
        });
        removeRuleButton.disableProperty().bind(rulesList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onAddRule() {
        MappingRule.Target target = ruleTarget.getValue();
        vm.addRule(new MappingRule(ruleAction.getValue(), target, ruleSchema.getText().strip(),
                target == MappingRule.Target.SCHEMA ? null : blankToNull(ruleTable.getText()),
                target == MappingRule.Target.COLUMN ? blankToNull(ruleColumn.getText()) : null,
                ruleValue.isDisabled() ? null : blankToNull(ruleValue.getText())));
    }

    @FXML
    private void onRemoveRule() {
        vm.removeRule(rulesList.getSelectionModel().getSelectedItem());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void select(TreeItem<String> item) {
        if (item != null && item.isLeaf() && item.getValue().contains(".")) {
            vm.selectedObjectProperty().set(item.getValue());
        }
    }

    /** Selects the object an action item is about (its longest known prefix: schema.table of schema.table.col). */
    public void selectObject(String object) {
        String candidate = object;
        while (candidate.contains(".") && !sourceItems.containsKey(candidate)) {
            candidate = candidate.substring(0, candidate.lastIndexOf('.'));
        }
        TreeItem<String> item = sourceItems.get(candidate);
        if (item != null) {
            item.getParent().setExpanded(true);
            item.getParent().getParent().setExpanded(true);
            sourceTree.getSelectionModel().select(item);
            sourceTree.scrollTo(sourceTree.getRow(item));
        }
    }

    private TreeItem<String> sourceTree(Catalog catalog) {
        TreeItem<String> root = new TreeItem<>("");
        if (catalog == null) {
            return root;
        }
        List<TreeItem<String>> schemas = new java.util.ArrayList<>();
        for (Schema s : catalog.schemas()) {
            TreeItem<String> schema = new TreeItem<>(s.name());
            schema.setExpanded(true);
            schema.getChildren().setAll(List.of(
                    folder(lang("tree.tables"), s, s.tables().stream().map(t -> t.name()).toList()),
                    folder(lang("tree.views"), s, s.views().stream().map(v -> v.name()).toList()),
                    folder(lang("tree.routines"), s, s.routines().stream().map(r -> r.name()).toList()),
                    folder(lang("tree.triggers"), s, s.triggers().stream().map(t -> t.name()).toList())));
            schemas.add(schema);
        }
        root.getChildren().setAll(schemas);
        return root;
    }

    /** A folder with its objects, added at once (one change event, not one per object). */
    private TreeItem<String> folder(String label, Schema schema, List<String> names) {
        TreeItem<String> folder = new TreeItem<>(label + " (" + names.size() + ")");
        List<TreeItem<String>> items = new java.util.ArrayList<>(names.size());
        for (String n : names) {
            TreeItem<String> item = new TreeItem<>(schema.name() + "." + n);
            sourceItems.put(item.getValue(), item);
            items.add(item);
        }
        folder.getChildren().setAll(items);
        return folder;
    }

    /** The target's objects by stage, in script order; each folder's items added at once. */
    private static TreeItem<String> targetTree(List<ConvertedStatement> statements) {
        Map<Stage, List<TreeItem<String>>> byStage = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ConvertedStatement s : statements) {
            if (seen.add(s.stage() + " " + s.object())) {
                byStage.computeIfAbsent(s.stage(), st -> new java.util.ArrayList<>()).add(new TreeItem<>(s.object()));
            }
        }
        List<TreeItem<String>> folders = new java.util.ArrayList<>();
        byStage.forEach((stage, objects) -> {
            TreeItem<String> f = new TreeItem<>(ObjectDdl.name(stage));
            f.getChildren().setAll(objects);
            f.setExpanded(true);
            folders.add(f);
        });
        TreeItem<String> root = new TreeItem<>("");
        root.getChildren().setAll(folders);
        return root;
    }

    @FXML
    private void onConvert() {
        vm.convert();
    }

    @FXML
    private void onApply() {
        vm.applyToTarget();
    }

    @FXML
    private void onUndo() {
        vm.undo();
    }

    @FXML
    private void onKeepEdit() {
        vm.editTargetDdl(targetDdl.getText());
    }

    @FXML
    private void onSaveSingle() {
        save(SqlScriptWriter.Layout.SINGLE);
    }

    @FXML
    private void onSaveStages() {
        save(SqlScriptWriter.Layout.STAGES);
    }

    @FXML
    private void onSaveStatements() {
        save(SqlScriptWriter.Layout.STATEMENTS);
    }

    private void save(SqlScriptWriter.Layout layout) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(lang("conversion.chooseDirectory"));
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            vm.saveAsSql(dir.toPath(), layout);
        }
    }

    public BorderPane root() {
        return root;
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }

    /** Objects show their own name (the item value stays qualified); the full name is the tooltip. */
    private static final class ObjectNameCell extends javafx.scene.control.TreeCell<String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                org.dmspilot.gui.util.CellTooltips.set(this, null);
                return;
            }
            boolean object = getTreeItem() != null && getTreeItem().isLeaf() && value.contains(".");
            setText(object ? value.substring(value.indexOf('.') + 1) : value);
            org.dmspilot.gui.util.CellTooltips.set(this, object ? value : null);
        }
    }

    /** Severity in its colour. */
    private static final class SeverityCell extends TableCell<ActionItem, String> {
        @Override
        protected void updateItem(String severity, boolean empty) {
            super.updateItem(severity, empty);
            getStyleClass().removeAll("severity-critical", "severity-high", "severity-medium");
            setText(empty ? null : severity);
            if (!empty && severity != null) {
                getStyleClass().add("severity-" + severity);
            }
        }
    }

}
