package org.dmspilot.gui.readiness;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.gui.util.Fxml;

/** Readiness checks: a status-coloured list with a filter, and the selected check's reason and fix SQL. */
public final class ReadinessView {
    @FXML
    private BorderPane root;
    @FXML
    private Button runButton;
    @FXML
    private Button copyButton;
    @FXML
    private ComboBox<ReadinessViewModel.Filter> filterBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<CheckResult> table;
    @FXML
    private TableColumn<CheckResult, CheckStatus> statusColumn;
    @FXML
    private TableColumn<CheckResult, String> checkColumn;
    @FXML
    private TableColumn<CheckResult, String> foundColumn;
    @FXML
    private Label whyLabel;
    @FXML
    private TextArea fixArea;

    private final ReadinessViewModel vm;

    public ReadinessView(ReadinessViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
    }

    @FXML
    private void initialize() {
        table.setItems(vm.shown());
        statusColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(c -> new StatusCell());
        checkColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        foundColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().found()));
        filterBox.getItems().setAll(ReadinessViewModel.Filter.values());
        filterBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReadinessViewModel.Filter f) {
                if (f == null) {
                    return "";
                }
                return switch (f) {
                    case ALL -> lang("readiness.filter.all");
                    case PROBLEMS -> lang("readiness.filter.problems");
                    case FAIL -> lang("readiness.filter.fail");
                    case WARN -> lang("readiness.filter.warn");
                    case PASS -> lang("readiness.filter.pass");
                };
            }

            @Override
            public ReadinessViewModel.Filter fromString(String s) {
                return null;
            }
        });
        filterBox.valueProperty().bindBidirectional(vm.filterProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        runButton.disableProperty().bind(vm.runningProperty());
        vm.selectedProperty().addListener((obs, old, r) -> {
            if (r != null && table.getSelectionModel().getSelectedItem() != r) {
                table.getSelectionModel().select(r);
            }
            showDetails(r);
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> vm.selectedProperty().set(r));
        copyButton.disableProperty().bind(vm.selectedProperty().isNull());
        showDetails(null);
    }

    private void showDetails(CheckResult r) {
        whyLabel.setText(r == null ? "" : r.why());
        fixArea.setText(r == null || r.fix() == null ? "" : r.fix());
    }

    @FXML
    private void onRun() {
        vm.run();
    }

    @FXML
    private void onCopy() {
        vm.copyFix();
    }

    public BorderPane root() {
        return root;
    }

    /** ✔ / ⚠ / ✖ in the status's colour. */
    private static final class StatusCell extends TableCell<CheckResult, CheckStatus> {
        @Override
        protected void updateItem(CheckStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeAll("status-pass", "status-warn", "status-fail");
            if (empty || status == null) {
                setText(null);
                return;
            }
            setText(switch (status) {
                case PASS -> "\u2714 " + lang("readiness.status.pass");
                case WARN -> "\u26a0 " + lang("readiness.status.warn");
                case FAIL -> "\u2716 " + lang("readiness.status.fail");
            });
            getStyleClass().add("status-" + status.name().toLowerCase());
        }
    }
}
