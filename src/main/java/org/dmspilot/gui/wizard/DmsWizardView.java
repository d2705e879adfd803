package org.dmspilot.gui.wizard;

import java.util.EnumMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.dmspilot.gui.util.Fxml;

/**
 * The migration task wizard: the pages of the chosen backend on the left, the current page in the middle, Back and
 * Next (which validate the page) below. The statistics page refreshes on a timer while shown; the refresh itself
 * runs in the background.
 */
public final class DmsWizardView {
    /** How often the statistics page refreshes. */
    static final Duration REFRESH_EVERY = Duration.seconds(15);

    @FXML
    private BorderPane root;
    @FXML
    private ListView<WizardPage> pageList;
    @FXML
    private ScrollPane pageScroll;
    @FXML
    private StackPane pageHolder;
    @FXML
    private Label errorLabel;
    @FXML
    private javafx.scene.control.ToggleButton errorDetailsButton;
    @FXML
    private javafx.scene.control.TextArea errorDetailsArea;
    @FXML
    private Label infoLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;

    private final DmsWizardViewModel vm;
    private final Map<WizardPage, Node> pages = new EnumMap<>(WizardPage.class);
    private final Timeline refresher;
    private javafx.beans.value.ObservableValue<Boolean> shown;

    public DmsWizardView(DmsWizardViewModel vm) {
        this(vm, REFRESH_EVERY);
    }

    /** @param refreshEvery how often the statistics page refreshes while shown */
    DmsWizardView(DmsWizardViewModel vm, Duration refreshEvery) {
        this.vm = vm;
        this.refresher = new Timeline(new KeyFrame(refreshEvery, e -> {
            if (vm.autoRefreshProperty().get()) {
                vm.refresh();
            }
        }));
        refresher.setCycleCount(Timeline.INDEFINITE);
        Fxml.load(this);
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void initialize() {
        WizardNavigation nav = vm.navigation();
        pageList.setItems(nav.pages());
        root.getStylesheets().add(DmsWizardView.class.getResource("wizard.css").toExternalForm());
        pageList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(WizardPage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : (getIndex() + 1) + ". " + p.title());
            }
        });
        pageList.getSelectionModel().select(nav.page());
        pageList.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null && p != nav.page() && !nav.goTo(p)) {
                javafx.application.Platform.runLater(() -> pageList.getSelectionModel().select(nav.page()));
            }
        });
        nav.pageProperty().addListener((obs, old, p) -> show(p));
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.managedProperty().bind(vm.errorProperty().isNotEmpty());
        errorDetailsButton.visibleProperty().bind(vm.errorDetailsProperty().isNotEmpty());
        errorDetailsButton.managedProperty().bind(errorDetailsButton.visibleProperty());
        errorDetailsArea.textProperty().bind(vm.errorDetailsProperty());
        errorDetailsArea.visibleProperty().bind(errorDetailsButton.selectedProperty()
                .and(vm.errorDetailsProperty().isNotEmpty()));
        errorDetailsArea.managedProperty().bind(errorDetailsArea.visibleProperty());
        infoLabel.textProperty().bind(vm.infoProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        backButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> nav.pages().indexOf(nav.page()) <= 0, nav.pageProperty(), nav.pages()));
        nextButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> nav.pages().indexOf(nav.page()) >= nav.pages().size() - 1, nav.pageProperty(), nav.pages()));
        shown = root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).orElse(false);
        shown.addListener((obs, old, visible) -> timer(nav.page()));
        vm.loadProfiles();
        show(nav.page());
    }

    private void show(WizardPage page) {
        pageHolder.getChildren().setAll(pages.computeIfAbsent(page, this::build));
        pageList.getSelectionModel().select(page);
        pageScroll.setVvalue(0);
        timer(page);
    }

    /** The statistics refresh runs only while its page is shown in a window. */
    private void timer(WizardPage page) {
        if ((page == WizardPage.STATS || page == WizardPage.LOCAL_START) && Boolean.TRUE.equals(shown.getValue())) {
            refresher.play();
        } else {
            refresher.stop();
        }
    }

    private Node build(WizardPage page) {
        AwsPages aws = new AwsPages(vm);
        TaskPages task = new TaskPages(vm);
        return switch (page) {
            case BACKEND -> task.backend();
            case ACCOUNT -> aws.account();
            case IAM -> aws.iam();
            case NETWORK -> aws.network();
            case INSTANCE -> aws.instance();
            case SERVERLESS -> aws.serverless();
            case ENDPOINTS -> aws.endpoints();
            case TASK -> task.task();
            case REVIEW -> task.review();
            case PROVISION -> task.provision();
            case STATS -> task.stats();
            case LOCAL_START -> task.localStart();
        };
    }

    @FXML
    private void next() {
        vm.navigation().next();
    }

    @FXML
    private void back() {
        vm.navigation().back();
    }
}
