package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The monitor's operations bar: Stop, Resume, Restart; Reload the tables selected in the statistics (data or
 * validation only); Modify the mappings and settings of a stopped task in a dialog. Buttons follow what the
 * replication's phase allows.
 */
final class TaskOperationsView {
    private final HBox bar = new HBox(8);
    private final TaskOperationsViewModel vm;

    TaskOperationsView(TaskOperationsViewModel vm) {
        this.vm = vm;
        Button stop = button("op-stop", lang("ops.stop"), vm::stop);
        stop.disableProperty().bind(vm.canStopBinding().not());
        Button resume = button("op-resume", lang("ops.resume"), vm::resume);
        Button restart = button("op-restart", lang("ops.restart"), vm::restart);
        resume.disableProperty().bind(vm.canStartBinding().not());
        restart.disableProperty().bind(vm.canStartBinding().not());
        ChoiceBox<Boolean> mode = new ChoiceBox<>();
        mode.setId("op-reload-mode");
        mode.getItems().setAll(false, true);
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean validation) {
                return Boolean.TRUE.equals(validation) ? lang("ops.reload.validation") : lang("ops.reload.data");
            }

            @Override
            public Boolean fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        mode.valueProperty().bindBidirectional(vm.validateOnlyProperty().asObject());
        Button reload = button("op-reload", lang("ops.reload"), vm::reload);
        reload.disableProperty().bind(vm.canReloadBinding().not());
        if (vm.controlsTheRun()) {
            bar.getChildren().addAll(stop, resume, restart, new Separator(javafx.geometry.Orientation.VERTICAL));
        }
        bar.getChildren().add(reload);
        if (vm.reloadsValidationOnly()) {
            bar.getChildren().add(mode);
        } else {
            Label hint = new Label(lang("ops.reload.localHint"));
            hint.getStyleClass().add("hint");
            hint.setMinWidth(Label.USE_PREF_SIZE);
            bar.getChildren().add(hint);
        }
        if (vm.modifiable()) {
            Button modify = button("op-modify", lang("ops.modify"), this::modify);
            modify.disableProperty().bind(vm.canModifyBinding().not());
            bar.getChildren().addAll(new Separator(javafx.geometry.Orientation.VERTICAL), modify);
        }
        Label message = fitting("op-message", vm.messageProperty());
        message.getStyleClass().add("hint");
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.getChildren().add(message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 10, 6, 10));
    }

    /** A label that may be cut to fit ("…"), its whole text as the tooltip. */
    static Label fitting(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(0);
        label.textProperty().bind(text);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(text);
        label.setTooltip(whole);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The task's documents in a dialog; OK sends them when DMS's checks pass, else the dialog stays open. */
    private void modify() {
        vm.loadDocuments();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(lang("ops.modify.title"));
        dialog.initOwner(bar.getScene().getWindow());
        TabPane documents = new TabPane(new Tab(lang("ops.modify.mappings"), area("op-mappings",
                vm.tableMappingsProperty())), new Tab(lang("ops.modify.settings"), area("op-settings",
                        vm.taskSettingsProperty())));
        documents.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label error = new Label();
        error.setId("op-document-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.documentErrorProperty());
        VBox content = new VBox(8, new Label(lang("ops.modify.hint")), documents, error);
        content.setPrefSize(720, 480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!vm.modify()) {
                e.consume();
            }
        });
        dialog.show();
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.getStyleClass().add("code");
        area.textProperty().bindBidirectional(text);
        return area;
    }

    HBox root() {
        return bar;
    }
}
