package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;
import static org.dmspilot.gui.wizard.AwsPages.button;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dmspilot.core.mapping.MappingDocument.Kind;
import org.dmspilot.core.mapping.MappingDocument.Rule;

/** The form of {@link MappingEditorModel}: the rule being edited above, the rules as rows below. */
final class MappingEditorView {
    private MappingEditorView() {
    }

    static Node create(MappingEditorModel vm) {
        ComboBox<Kind> kind = new ComboBox<>();
        kind.setId("ruleKindBox");
        kind.getItems().setAll(Kind.SELECTION, Kind.TRANSFORMATION);
        kind.setConverter(AwsPages.converter(Kind::json));
        kind.valueProperty().bindBidirectional(vm.kind);
        ComboBox<String> action = choice("ruleActionBox", vm.action);
        Runnable actions = () -> action.getItems().setAll(MappingEditorModel.ACTIONS.getOrDefault(vm.kind.get(),
                java.util.List.of()));
        actions.run();
        vm.kind.addListener((obs, old, k) -> {
            String keep = vm.action.get();
            actions.run();
            action.setValue(keep);
        });
        ComboBox<String> target = choice("ruleTargetBox", vm.target);
        target.getItems().setAll(MappingEditorModel.TARGETS);
        target.disableProperty().bind(vm.kind.isEqualTo(Kind.SELECTION));
        ComboBox<String> schema = picker("ruleSchemaBox", vm.schema, vm.schemas);
        ComboBox<String> table = picker("ruleTableBox", vm.table, vm.tables);
        ComboBox<String> column = picker("ruleColumnBox", vm.column, vm.columns);
        column.disableProperty().bind(vm.kind.isEqualTo(Kind.SELECTION).or(vm.target.isNotEqualTo("column")));
        table.disableProperty().bind(vm.kind.isEqualTo(Kind.TRANSFORMATION).and(vm.target.isEqualTo("schema")));
        TextField value = text("ruleValueField", vm.value);
        value.disableProperty().bind(vm.kind.isEqualTo(Kind.SELECTION)
                .or(vm.action.isNotEqualTo("rename").and(vm.action.isNotEqualTo("add-prefix"))));
        ComboBox<String> filterColumn = picker("filterColumnBox", vm.filterColumn, vm.columns);
        ComboBox<String> operator = choice("filterOperatorBox", vm.filterOperator);
        operator.getItems().setAll(MappingEditorModel.OPERATORS);
        TextField filterValue = text("filterValueField", vm.filterValue);
        filterValue.setPromptText(lang("mappings.filter.value"));
        TextField filterEnd = text("filterEndField", vm.filterEnd);
        filterEnd.setPromptText(lang("mappings.filter.end"));
        filterEnd.disableProperty().bind(vm.filterOperator.isNotEqualTo("between")
                .and(vm.filterOperator.isNotEqualTo("notbetween")));
        filterColumn.setPromptText(lang("mappings.filter.column"));
        HBox filterBox = new HBox(6, filterColumn, operator, filterValue, filterEnd);
        filterBox.disableProperty().bind(vm.kind.isNotEqualTo(Kind.SELECTION).or(vm.action.isNotEqualTo("include")));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(lang("mappings.kind")), kind, new Label(lang("mappings.action")), action,
                new Label(lang("mappings.target")), target);
        form.addRow(1, new Label(lang("mappings.field.schema")), schema, new Label(lang("mappings.field.table")),
                table, new Label(lang("mappings.field.column")), column);
        form.addRow(2, new Label(lang("mappings.value")), value);
        form.add(new Label(lang("mappings.filter")), 0, 3);
        form.add(filterBox, 1, 3, 5, 1);

        ListView<Rule> list = new ListView<>(vm.rules());
        list.setId("rulesList");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Rule r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.id() + "  " + r.describe());
                setTooltip(empty || r == null ? null : new Tooltip(r.describe()));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> vm.select(i.intValue()));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = button("addRuleButton", lang("mappings.add"), vm::add);
        Button update = button("updateRuleButton", lang("mappings.update"),
                () -> keep(list, () -> vm.update(list.getSelectionModel().getSelectedIndex()), 0));
        Button remove = button("removeRuleButton", lang("mappings.remove"),
                () -> vm.remove(list.getSelectionModel().getSelectedIndex()));
        Button up = button("ruleUpButton", lang("mappings.up"),
                () -> keep(list, () -> vm.move(list.getSelectionModel().getSelectedIndex(), -1), -1));
        Button down = button("ruleDownButton", lang("mappings.down"),
                () -> keep(list, () -> vm.move(list.getSelectionModel().getSelectedIndex(), 1), 1));
        var none = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        update.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        Label error = new Label();
        error.setId("ruleFormError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.formErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label jsonError = new Label();
        jsonError.setId("ruleJsonError");
        jsonError.getStyleClass().add("error");
        jsonError.setWrapText(true);
        jsonError.textProperty().bind(vm.jsonErrorProperty());
        jsonError.managedProperty().bind(jsonError.textProperty().isNotEmpty());
        Label hint = Form.hint(lang("mappings.hint"));
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, form, new HBox(8, add, update, remove, up, down), error, jsonError, hint, list);
        box.setPadding(new javafx.geometry.Insets(8));
        return box;
    }

    /** Runs an edit of the selected rule and selects where it went. */
    private static void keep(ListView<Rule> list, Runnable edit, int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        edit.run();
        int to = Math.max(0, Math.min(list.getItems().size() - 1, at + by));
        list.getSelectionModel().select(to);
    }

    private static ComboBox<String> choice(String id, StringProperty value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static ComboBox<String> picker(String id, StringProperty value, ObservableList<String> items) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(170);
        box.getEditor().setText(value.get());
        box.getEditor().textProperty().bindBidirectional(value);
        box.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(value.get())) {
                value.set(v);
            }
        });
        return box;
    }

    private static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
