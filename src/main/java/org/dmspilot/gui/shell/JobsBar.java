package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Shows each running background job in the status bar: title, progress, message as tooltip, and Cancel. */
final class JobsBar {
    private final HBox box;

    JobsBar(HBox box, ObservableList<Task<?>> running) {
        this.box = box;
        running.addListener((ListChangeListener<Task<?>>) change -> rebuild(running));
        rebuild(running);
    }

    private void rebuild(ObservableList<Task<?>> running) {
        box.getChildren().clear();
        for (Task<?> task : running) {
            Label title = new Label();
            title.textProperty().bind(task.titleProperty());
            title.getStyleClass().add("job-title");
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(140);
            bar.progressProperty().bind(task.progressProperty());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(task.messageProperty());
            Tooltip.install(bar, tip);
            Button cancel = new Button(lang("job.cancel"));
            cancel.setOnAction(e -> task.cancel(true));
            HBox job = new HBox(6, title, bar, cancel);
            job.setAlignment(Pos.CENTER_RIGHT);
            job.getStyleClass().add("job");
            box.getChildren().add(job);
        }
    }
}
