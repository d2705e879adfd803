package org.dmspilot.gui.wizard;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A page's form: label, field and, under the field, the field's error (from the page validation), row by row. */
final class Form {
    private final GridPane grid = new GridPane();
    private final ObservableMap<String, String> errors;
    private int row;

    Form(ObservableMap<String, String> errors) {
        this.errors = errors;
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** A field with its label; {@code errorKey} names the field in the validation result (null: none). */
    Form row(String label, Node field, String errorKey) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(l, 0, row);
        VBox box = new VBox(2, field);
        if (errorKey != null) {
            Label error = new Label();
            error.getStyleClass().add("error");
            error.setId(errorKey + "Error");
            error.setWrapText(true);
            error.textProperty().bind(Bindings.valueAt(errors, errorKey));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            box.getChildren().add(error);
        }
        grid.add(box, 1, row++);
        return this;
    }

    /** A line across both columns (a hint or a whole-page control). */
    Form wide(Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    GridPane node() {
        return grid;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("wizard-title");
        return l;
    }
}
