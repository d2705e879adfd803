package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.dmspilot.core.monitor.LogLine;

/** The task log panel: severity and table filters, follow, and the lines newest first. */
public final class TaskLogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final BorderPane root = new BorderPane();

    public TaskLogView(TaskLogViewModel vm) {
        root.getStyleClass().add("task-log");
        ComboBox<LogLine.Level> level = new ComboBox<>();
        level.setId("log-level");
        level.getItems().setAll(LogLine.Level.values());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        TextField table = new TextField();
        table.setId("log-table");
        table.setPromptText(lang("monitor.log.tablePrompt"));
        table.textProperty().bindBidirectional(vm.tableProperty());
        CheckBox follow = new CheckBox(lang("monitor.log.follow"));
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(vm.followProperty());
        Label status = new Label();
        status.setId("log-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(vm.statusProperty());
        level.setMinWidth(120);
        table.setPrefColumnCount(20);
        Label title = new Label(lang("monitor.log.title"));
        title.getStyleClass().add("section-heading");
        Label levelLabel = new Label(lang("monitor.log.level"));
        for (Region r : new Region[] {title, levelLabel, follow, table}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, title, levelLabel, level, table, follow);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        status.setPadding(new Insets(0, 8, 4, 8));
        ListView<LogLine> lines = new ListView<>(vm.shown());
        lines.setId("log-lines");
        lines.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("log-error", "log-warning");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(TIME.format(line.at()) + "  " + line.text());
                if (line.level() == LogLine.Level.ERROR) {
                    getStyleClass().add("log-error");
                } else if (line.level() == LogLine.Level.WARNING) {
                    getStyleClass().add("log-warning");
                }
            }
        });
        root.setTop(new javafx.scene.layout.VBox(2, bar, status));
        root.setCenter(lines);
    }

    public BorderPane root() {
        return root;
    }
}
