package org.dmspilot.gui.connection;

import static org.dmspilot.gui.util.Localization.lang;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.dmspilot.gui.connection.ConnectionViewModel.Status;
import org.dmspilot.gui.util.Fxml;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.SshTunnel.SshAuth;
import org.dmspilot.model.TlsMode;

/**
 * The connection panel of the source or the target: a thin view over {@link ConnectionViewModel} (layout in
 * {@code ConnectionView.fxml}). Only the file choosers live here.
 */
public final class ConnectionView {
    @FXML
    private Label heading;
    @FXML
    private ComboBox<Engine> engineChoice;
    @FXML
    private TextField hostField;
    @FXML
    private TextField portField;
    @FXML
    private TextField databaseField;
    @FXML
    private TextField userField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private ComboBox<TlsMode> tlsChoice;
    @FXML
    private TextField caFileField;
    @FXML
    private Button caFileButton;
    @FXML
    private TextField timeoutField;
    @FXML
    private CheckBox sshCheck;
    @FXML
    private GridPane sshGrid;
    @FXML
    private TextField sshHostField;
    @FXML
    private TextField sshPortField;
    @FXML
    private TextField sshUserField;
    @FXML
    private ComboBox<SshAuth> sshAuthChoice;
    @FXML
    private TextField sshKeyField;
    @FXML
    private Button sshKeyButton;
    @FXML
    private Label sshSecretLabel;
    @FXML
    private PasswordField sshSecretField;
    @FXML
    private Label validationLabel;
    @FXML
    private Button testButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button applyButton;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label resultHeadline;
    @FXML
    private Label resultMessage;
    private final ScrollPane root;

    public ConnectionView(ConnectionViewModel vm) {
        root = Fxml.load(this);
        root.getStylesheets().add(ConnectionView.class.getResource("connection.css").toExternalForm());
        heading.setText(vm.role() == ConnectionRole.SOURCE ? lang("connection.heading.source")
                : lang("connection.heading.target"));

        engineChoice.setItems(vm.engines());
        engineChoice.setConverter(labels(Engine::displayName));
        engineChoice.valueProperty().bindBidirectional(vm.engineProperty());
        bind(hostField, vm.hostProperty());
        bind(portField, vm.portProperty());
        bind(databaseField, vm.databaseProperty());
        bind(userField, vm.userProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        tlsChoice.getItems().setAll(TlsMode.values());
        tlsChoice.setConverter(labels(ConnectionView::tlsLabel));
        tlsChoice.valueProperty().bindBidirectional(vm.tlsModeProperty());
        bind(caFileField, vm.caFileProperty());
        caFileField.disableProperty().bind(vm.caFileRelevantProperty().not());
        caFileButton.disableProperty().bind(vm.caFileRelevantProperty().not());
        caFileButton.setOnAction(e -> choose(lang("connection.chooseCaFile"), vm.caFileProperty()));
        bind(timeoutField, vm.connectTimeoutProperty());

        sshCheck.selectedProperty().bindBidirectional(vm.sshEnabledProperty());
        sshGrid.visibleProperty().bind(vm.sshEnabledProperty());
        sshGrid.managedProperty().bind(vm.sshEnabledProperty());
        bind(sshHostField, vm.sshHostProperty());
        bind(sshPortField, vm.sshPortProperty());
        bind(sshUserField, vm.sshUserProperty());
        sshAuthChoice.getItems().setAll(SshAuth.values());
        sshAuthChoice.setConverter(labels(a -> a == SshAuth.KEY ? lang("connection.ssh.auth.key")
                : lang("connection.ssh.auth.password")));
        sshAuthChoice.valueProperty().bindBidirectional(vm.sshAuthProperty());
        bind(sshKeyField, vm.sshKeyFileProperty());
        sshKeyField.disableProperty().bind(vm.sshKeyRelevantProperty().not());
        sshKeyButton.disableProperty().bind(vm.sshKeyRelevantProperty().not());
        sshKeyButton.setOnAction(e -> choose(lang("connection.chooseKeyFile"), vm.sshKeyFileProperty()));
        sshSecretLabel.textProperty().bind(vm.sshSecretLabelProperty());
        sshSecretField.textProperty().bindBidirectional(vm.sshSecretProperty());

        validationLabel.textProperty().bind(vm.validationMessageProperty());
        validationLabel.visibleProperty().bind(vm.validProperty().not());
        validationLabel.managedProperty().bind(validationLabel.visibleProperty());
        testButton.disableProperty().bind(vm.canTestProperty().not());
        testButton.setOnAction(e -> vm.testConnection());
        cancelButton.visibleProperty().bind(vm.statusProperty().isEqualTo(Status.TESTING));
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(e -> vm.cancelTest());
        applyButton.disableProperty().bind(vm.validProperty().not());
        applyButton.setOnAction(e -> vm.apply());
        progress.visibleProperty().bind(vm.statusProperty().isEqualTo(Status.TESTING));
        resultHeadline.textProperty().bind(vm.resultHeadlineProperty());
        resultMessage.textProperty().bind(vm.resultMessageProperty());
        vm.statusProperty().addListener((obs, old, now) -> {
            resultHeadline.getStyleClass().removeAll("result-success", "result-failure");
            if (now == Status.SUCCEEDED) {
                resultHeadline.getStyleClass().add("result-success");
            } else if (now == Status.FAILED) {
                resultHeadline.getStyleClass().add("result-failure");
            }
        });
    }

    public ScrollPane root() {
        return root;
    }

    static String tlsLabel(TlsMode mode) {
        return switch (mode) {
            case DISABLE -> lang("connection.tls.disable");
            case PREFER -> lang("connection.tls.prefer");
            case REQUIRE -> lang("connection.tls.require");
            case VERIFY_CA -> lang("connection.tls.verifyCa");
            case VERIFY_FULL -> lang("connection.tls.verifyFull");
        };
    }

    private static void bind(TextField field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    private void choose(String title, StringProperty target) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (!target.get().isBlank()) {
            File current = new File(target.get()).getParentFile();
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
        }
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            target.set(chosen.getAbsolutePath());
        }
    }

    private static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
