package org.dmspilot.gui.cutover;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dmspilot.core.cutover.ChecklistItem;
import org.dmspilot.core.cutover.CutoverStep;
import org.dmspilot.core.cutover.ReadOnlyMethod;
import org.dmspilot.gui.cutover.ChecklistCell;
import org.dmspilot.gui.util.Fxml;

/**
 * The cutover panel: checklist with evidence, the steps as a vertical stepper (a Confirm button on the step that may
 * run now), the cutover log as it is written, and the rollback.
 */
public final class CutoverView {
    @FXML
    private BorderPane root;
    @FXML
    private Button evaluateButton;
    @FXML
    private javafx.scene.control.Spinner<Double> thresholdSpinner;
    @FXML
    private javafx.scene.control.Spinner<Integer> stableSpinner;
    @FXML
    private ListView<ChecklistItem> checklistList;
    @FXML
    private Label activityLabel;
    @FXML
    private VBox stepper;
    @FXML
    private javafx.scene.control.ScrollPane stepScroll;
    @FXML
    private ListView<String> logList;
    @FXML
    private Button rollbackButton;
    @FXML
    private Label guidanceLabel;
    @FXML
    private TextArea connectionText;
    @FXML
    private VBox fallbackBox;
    @FXML
    private Button fallbackStartButton;
    @FXML
    private Button fallbackStopButton;
    @FXML
    private Button fallbackRollbackButton;
    @FXML
    private Label fallbackStateLabel;
    @FXML
    private Label fallbackMessageLabel;
    @FXML
    private TextArea switchBackText;

    private final CutoverViewModel vm;

    public CutoverView(CutoverViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(CutoverView.class.getResource("cutover.css").toExternalForm());
        checklistList.setItems(vm.checklist());
        checklistList.setCellFactory(l -> new ChecklistCell());
        evaluateButton.setOnAction(e -> vm.evaluate());
        var threshold = new javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory(0, 3600,
                vm.latencyThresholdProperty().get(), 1);
        thresholdSpinner.setValueFactory(threshold);
        threshold.valueProperty().addListener((o, a, b) -> vm.latencyThresholdProperty().set(b == null ? 0 : b));
        var stable = new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 24 * 3600,
                vm.stableSecondsProperty().get(), 30);
        stableSpinner.setValueFactory(stable);
        stable.valueProperty().addListener((o, a, b) -> vm.stableSecondsProperty().set(b == null ? 300 : b));
        thresholdSpinner.setTooltip(new javafx.scene.control.Tooltip(
                org.dmspilot.gui.util.Localization.lang("cutover.criteria.tooltip")));
        stableSpinner.setTooltip(thresholdSpinner.getTooltip());
        thresholdSpinner.disableProperty().bind(vm.busyProperty());
        stableSpinner.disableProperty().bind(vm.busyProperty());
        evaluateButton.disableProperty().bind(vm.busyProperty());
        activityLabel.textProperty().bind(vm.activityProperty());
        logList.setItems(vm.log());
        vm.log().addListener((ListChangeListener<String>) c -> logList.scrollTo(vm.log().size() - 1));
        rollbackButton.setOnAction(e -> vm.liftReadOnly());
        rollbackButton.disableProperty().bind(vm.busyProperty());
        guidanceLabel.textProperty().bind(vm.rollbackGuidanceProperty());
        connectionText.textProperty().bind(vm.connectionProperty());
        connectionText.visibleProperty().bind(vm.connectionProperty().isNotEmpty());
        connectionText.managedProperty().bind(connectionText.visibleProperty());
        vm.fallback().ifPresent(this::bindFallback);
        vm.steps().addListener((ListChangeListener<CutoverViewModel.StepRow>) c -> buildSteps());
        vm.nextProperty().addListener((o, a, b) -> buildSteps());
        vm.writers().addListener((ListChangeListener<org.dmspilot.core.cutover.SourceWriters.Writer>) c
                -> buildSteps());
        buildSteps();
    }

    /** The fallback's state and lag, its start and stop, and "Roll back to MySQL" (enabled while in sync). */
    private void bindFallback(FallbackViewModel f) {
        fallbackBox.setVisible(true);
        fallbackBox.setManaged(true);
        fallbackStateLabel.textProperty().bind(f.stateProperty());
        fallbackStateLabel.getStyleClass().add("fallback-state");
        f.statusProperty().addListener((o, was, now) -> {
            fallbackStateLabel.getStyleClass().removeAll("status-pass", "status-warn", "status-fail");
            fallbackStateLabel.getStyleClass().add(now == null ? "status-warn" : switch (now.state()) {
                case RUNNING, ROLLED_BACK -> "status-pass";
                case FAILED -> "status-fail";
                default -> "status-warn";
            });
        });
        fallbackMessageLabel.textProperty().bind(f.messageProperty());
        fallbackMessageLabel.visibleProperty().bind(f.messageProperty().isNotEmpty());
        fallbackMessageLabel.managedProperty().bind(fallbackMessageLabel.visibleProperty());
        fallbackStartButton.setOnAction(e -> f.start());
        fallbackStartButton.visibleProperty().bind(f.startableProperty());
        fallbackStartButton.managedProperty().bind(fallbackStartButton.visibleProperty());
        fallbackStopButton.setOnAction(e -> f.stop());
        fallbackStopButton.visibleProperty().bind(f.inSyncProperty().or(f.streamingProperty()));
        fallbackStopButton.managedProperty().bind(fallbackStopButton.visibleProperty());
        fallbackStopButton.disableProperty().bind(f.busyProperty());
        fallbackRollbackButton.setOnAction(e -> f.rollBack());
        fallbackRollbackButton.disableProperty().bind(f.inSyncProperty().not().or(f.busyProperty())
                .or(vm.busyProperty()));
        switchBackText.textProperty().bind(f.switchBackProperty());
        switchBackText.visibleProperty().bind(f.switchBackProperty().isNotEmpty());
        switchBackText.managedProperty().bind(switchBackText.visibleProperty());
    }

    private void buildSteps() {
        stepper.getChildren().setAll(vm.steps().stream().map(this::stepNode).toList());
        javafx.application.Platform.runLater(this::showCurrentStep);
    }

    /** Scrolls the stepper so that the step that may run now is in view. */
    private void showCurrentStep() {
        CutoverStep current = vm.nextProperty().get();
        if (current == null || stepper.getChildren().size() <= current.ordinal()) {
            return;
        }
        stepper.applyCss();
        stepper.layout();
        Node node = stepper.getChildren().get(current.ordinal());
        double scrollable = stepper.getHeight() - stepScroll.getViewportBounds().getHeight();
        if (scrollable > 0) {
            stepScroll.setVvalue(Math.min(1, Math.max(0, node.getBoundsInParent().getMinY() / scrollable)));
        }
    }

    private Node stepNode(CutoverViewModel.StepRow row) {
        CutoverStep step = row.step();
        Label badge = new Label(row.outcome() == null ? String.valueOf(step.number()) : switch (row.outcome()) {
            case DONE -> "\u2714";
            case FAILED, REFUSED -> "\u2716";
            default -> String.valueOf(step.number());
        });
        badge.getStyleClass().addAll("step-badge", "step-" + (row.outcome() == null ? "pending"
                : row.outcome().name().toLowerCase(java.util.Locale.ROOT)));
        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        Label explanation = new Label(step.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add("hint");
        VBox text = new VBox(2, title, explanation);
        boolean current = step == vm.nextProperty().get();
        if (step == CutoverStep.READ_ONLY && current) {
            text.getChildren().add(readOnlyChoice());
        }
        if (step == CutoverStep.READ_ONLY && !vm.writers().isEmpty()) {
            text.getChildren().add(writersBox());
        }
        if (row.outcome() != null) {
            Label result = new Label(row.outcome() + ": " + row.message() + (row.evidence().isEmpty() ? ""
                    : "\n" + String.join("\n", row.evidence())));
            result.setWrapText(true);
            result.getStyleClass().add(switch (row.outcome()) {
                case DONE -> "status-pass";
                case FAILED, REFUSED -> "status-fail";
                default -> "status-warn";
            });
            text.getChildren().add(result);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Button confirm = new Button(lang("cutover.confirm"));
        confirm.setMinWidth(Button.USE_PREF_SIZE);
        confirm.setId("confirm-" + step.name());
        confirm.setOnAction(e -> vm.confirm(step));
        confirm.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !current)));
        HBox box = new HBox(8, badge, text, confirm);
        box.getStyleClass().addAll("step-row", current ? "step-current" : "step-other");
        return box;
    }

    /** The sessions that can still write despite read-only, with the two ways out. */
    private Node writersBox() {
        VBox box = new VBox(4);
        box.setId("writers");
        box.getStyleClass().add("writers-box");
        Label heading = new Label(lang("cutover.writers.heading"));
        heading.setWrapText(true);
        heading.getStyleClass().add("status-warn");
        box.getChildren().add(heading);
        vm.writers().forEach(w -> box.getChildren().add(new Label("\u2022 " + w.describe())));
        Button end = new Button(lang("cutover.writers.end"));
        end.setId("end-writers");
        end.setOnAction(e -> vm.endWriterSessions());
        Button lock = new Button(lang("cutover.writers.lock"));
        lock.setId("lock-instead");
        lock.setOnAction(e -> vm.useLockInstead());
        end.disableProperty().bind(vm.busyProperty());
        lock.disableProperty().bind(vm.busyProperty());
        box.getChildren().add(new HBox(8, end, lock));
        return box;
    }

    private Node readOnlyChoice() {
        ComboBox<ReadOnlyMethod> method = new ComboBox<>();
        method.getItems().setAll(ReadOnlyMethod.values());
        method.valueProperty().bindBidirectional(vm.readOnlyMethodProperty());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReadOnlyMethod m) {
                return m == null ? "" : m.label();
            }

            @Override
            public ReadOnlyMethod fromString(String s) {
                return null;
            }
        });
        Label tradeOffs = new Label();
        tradeOffs.setWrapText(true);
        tradeOffs.getStyleClass().add("hint");
        tradeOffs.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm
                .readOnlyMethodProperty().get().tradeOffs(), vm.readOnlyMethodProperty()));
        CheckBox force = new CheckBox(lang("cutover.force"));
        force.selectedProperty().bindBidirectional(vm.forceProperty());
        return new VBox(4, new HBox(8, new Label(lang("cutover.method")), method), tradeOffs, force);
    }

    public BorderPane root() {
        return root;
    }
}
