package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.gui.util.DialogService;

/** Dialogs on a real screen. */
final class FxDialogService implements DialogService {
    private final Window owner;

    FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public int choose(String title, String message, java.util.List<String> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        java.util.List<ButtonType> buttons = choices.stream().map(c -> new ButtonType(c,
                javafx.scene.control.ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public SaveChoice askSave(String title, String message) {
        ButtonType save = new ButtonType(lang("dialog.save.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(lang("dialog.save.discard"),
                javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        return alert.showAndWait().map(b -> b == save ? SaveChoice.SAVE : b == discard ? SaveChoice.DISCARD
                : SaveChoice.CANCEL).orElse(SaveChoice.CANCEL);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        File f = chooser(lang("dialog.fileChooser.open")).showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToSave(String suggestedName) {
        FileChooser chooser = chooser(lang("dialog.fileChooser.save"));
        chooser.setInitialFileName(suggestedName.replaceAll("[^\\w.-]+", "-") + ProjectFiles.SUFFIX);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDumpFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(lang("dialog.fileChooser.dump"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(lang("dialog.fileChooser.dumpFilter"),
                "*.sql"), new FileChooser.ExtensionFilter(lang("dialog.fileChooser.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(lang("dialog.password.title"));
        dialog.setHeaderText(prompt);
        PasswordField field = new PasswordField();
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert;
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("dialog.fileChooser.filter"),
                "*" + ProjectFiles.SUFFIX));
        return chooser;
    }
}
