package org.dmspilot.gui.shell;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.dmspilot.gui.util.Fxml;

/** The first page: offers the sandbox, a new project, or an existing one. */
final class WelcomePane {
    @FXML
    private Button sandboxButton;
    @FXML
    private Button newButton;
    @FXML
    private Button openButton;
    @FXML
    private ListView<Path> recentList;
    private final VBox root;

    WelcomePane(MainViewModel vm) {
        root = Fxml.load(this);
        sandboxButton.setOnAction(e -> vm.openSandbox());
        newButton.setOnAction(e -> vm.newProject());
        openButton.setOnAction(e -> vm.openProject());
        recentList.setItems(vm.recentProjects());
        recentList.setOnMouseClicked(e -> {
            Path selected = recentList.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null) {
                vm.openRecent(selected);
            }
        });
        sandboxButton.disableProperty().bind(vm.busyProperty());
    }

    VBox root() {
        return root;
    }
}
