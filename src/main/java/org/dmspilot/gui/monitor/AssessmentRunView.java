package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dmspilot.core.dms.DmsAssessmentRuns.Individual;

/**
 * The "DMS premigration assessment" section: Run (asks first), progress and Cancel while it runs, then a table of
 * the individual assessments (status, name, S3 result) under a summary line.
 */
final class AssessmentRunView {
    private final BorderPane root = new BorderPane();

    AssessmentRunView(AssessmentRunViewModel vm) {
        root.setId("dms-assessment");
        Label title = new Label(lang("dmsAssess.title"));
        title.getStyleClass().add("section-heading");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button run = new Button(lang("dmsAssess.run"));
        run.setId("dms-assess-run");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> vm.start());
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = new Button(lang("dmsAssess.cancel"));
        cancel.setId("dms-assess-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("dms-assess-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label step = new Label();
        step.getStyleClass().add("hint");
        step.setMinWidth(0);
        step.textProperty().bind(vm.progressTextProperty());
        HBox.setHgrow(step, Priority.ALWAYS);
        HBox top = new HBox(8, title, run, cancel, bar, step);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(lang("dmsAssess.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label summary = new Label();
        summary.setId("dms-assess-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox header = new VBox(4, top, hint, summary);
        header.setPadding(new Insets(4, 8, 4, 8));
        root.setTop(header);

        TableView<Individual> table = new TableView<>(vm.results());
        table.setId("dms-assess-results");
        table.setPlaceholder(new Label(lang("dmsAssess.empty")));
        TableColumn<Individual, String> status = new TableColumn<>(lang("dmsAssess.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : glyph(s) + " " + s);
                setStyle(empty || s == null ? null : "-fx-text-fill: " + color(s) + ";");
            }
        });
        status.setPrefWidth(100);
        status.setMaxWidth(120);
        TableColumn<Individual, String> name = new TableColumn<>(lang("dmsAssess.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(300);
        TableColumn<Individual, String> result = new TableColumn<>(lang("dmsAssess.col.result"));
        result.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().result()));
        result.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null ? null : new Tooltip(s));
            }
        });
        result.setPrefWidth(420);
        table.getColumns().setAll(java.util.List.of(status, name, result));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        root.setCenter(table);
    }

    private static String glyph(String status) {
        return switch (status) {
            case "passed" -> "\u2714";
            case "warning", "skipped" -> "\u26a0";
            case "failed", "error" -> "\u2716";
            default -> "\u2022";
        };
    }

    private static String color(String status) {
        return switch (status) {
            case "passed" -> "#1e7b34";
            case "warning", "skipped" -> "#9a6700";
            case "failed", "error" -> "#b3261e";
            default -> "#555555";
        };
    }

    BorderPane root() {
        return root;
    }
}
