package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.gui.util.Fxml;

/** The AWS DMS task wizard: choices on the left; steps, reviewed plan and table statistics on the right. */
public final class DmsWizardView {
    @FXML
    private BorderPane root;
    @FXML
    private TextField regionField;
    @FXML
    private TextField profileField;
    @FXML
    private TextField endpointField;
    @FXML
    private Label identityLabel;
    @FXML
    private TextField subnetsField;
    @FXML
    private TextField securityGroupsField;
    @FXML
    private TextField instanceClassField;
    @FXML
    private CheckBox multiAzBox;
    @FXML
    private CheckBox secretsBox;
    @FXML
    private CheckBox rolesBox;
    @FXML
    private Button provisionButton;
    @FXML
    private Button startButton;
    @FXML
    private Button refreshButton;
    @FXML
    private Label errorLabel;
    @FXML
    private ListView<StepState> stepsList;
    @FXML
    private TextArea planArea;
    @FXML
    private TableView<TaskStatus.TableStats> tablesTable;
    @FXML
    private TableColumn<TaskStatus.TableStats, String> tableColumn;
    @FXML
    private TableColumn<TaskStatus.TableStats, String> loadedColumn;
    @FXML
    private TableColumn<TaskStatus.TableStats, String> changesColumn;
    @FXML
    private TableColumn<TaskStatus.TableStats, String> stateColumn;

    private final DmsWizardViewModel vm;

    public DmsWizardView(DmsWizardViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void initialize() {
        regionField.textProperty().bindBidirectional(vm.regionProperty());
        profileField.textProperty().bindBidirectional(vm.profileProperty());
        endpointField.textProperty().bindBidirectional(vm.endpointOverrideProperty());
        subnetsField.textProperty().bindBidirectional(vm.subnetsProperty());
        securityGroupsField.textProperty().bindBidirectional(vm.securityGroupsProperty());
        instanceClassField.textProperty().bindBidirectional(vm.instanceClassProperty());
        multiAzBox.selectedProperty().bindBidirectional(vm.multiAzProperty());
        secretsBox.selectedProperty().bindBidirectional(vm.secretsManagerProperty());
        rolesBox.selectedProperty().bindBidirectional(vm.createIamRolesProperty());
        identityLabel.textProperty().bind(vm.identityProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        provisionButton.disableProperty().bind(vm.busyProperty());
        startButton.disableProperty().bind(vm.busyProperty());
        refreshButton.disableProperty().bind(vm.busyProperty());
        stepsList.setItems(vm.steps());
        stepsList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StepState s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : lang("wizard.step", s.status(), s.step().title(),
                        s.message() == null ? "" : "\u2014 " + s.message()));
            }
        });
        vm.planLines().addListener((ListChangeListener<String>) c -> planArea.setText(String.join("\n",
                vm.planLines())));
        vm.taskStatusProperty().addListener((obs, old, status) -> tablesTable.getItems().setAll(
                status == null ? java.util.List.of() : status.tables()));
        tableColumn.setCellValueFactory(c -> text(c.getValue().schema() + "." + c.getValue().table()));
        loadedColumn.setCellValueFactory(c -> text(String.valueOf(c.getValue().fullLoadRows())));
        changesColumn.setCellValueFactory(c -> text(c.getValue().inserts() + " / " + c.getValue().updates() + " / "
                + c.getValue().deletes()));
        stateColumn.setCellValueFactory(c -> text(c.getValue().tableState() + " / " + c.getValue()
                .validationState()));
    }

    @FXML
    private void checkAccount() {
        vm.checkAccount();
    }

    @FXML
    private void review() {
        vm.review();
    }

    @FXML
    private void provision() {
        if (vm.review()) {
            vm.provision();
        }
    }

    @FXML
    private void start() {
        vm.startTask();
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    private static ObservableValue<String> text(String s) {
        return new ReadOnlyStringWrapper(s);
    }
}
