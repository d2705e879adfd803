package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.projecttree.ProjectTree;
import org.dmspilot.gui.projecttree.TreeState;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.project.Project;

/** The main window: menu, toolbar, project tree, tabbed work area and status bar with running jobs. */
public final class MainWindow {
    static final String WELCOME_KEY = "welcome";

    @FXML
    private BorderPane root;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem saveItem;
    @FXML
    private MenuItem saveAsItem;
    @FXML
    private MenuItem sandboxItem;
    @FXML
    private Button saveButton;
    @FXML
    private Button sandboxButton;
    @FXML
    private Button loadCatalogButton;
    @FXML
    private MenuItem loadCatalogItem;
    @FXML
    private MenuItem loadDumpItem;
    @FXML
    private TreeView<ProjectNode> projectTree;
    @FXML
    private TabPane workArea;
    @FXML
    private Label statusLabel;
    @FXML
    private HBox jobsBox;

    private final MainViewModel vm;
    private final Runnable quit;
    private WorkArea tabs;
    private boolean restoring;
    private NodeViews views;

    /**
     * @param runningJobs the executor's running jobs, shown in the status bar
     * @param quit closes the application (after the unsaved-changes question)
     */
    private final TaskExecutor executor;

    public MainWindow(MainViewModel vm, TaskExecutor executor, ObservableList<Task<?>> runningJobs, Runnable quit) {
        this.vm = vm;
        this.quit = quit;
        this.executor = executor;
        org.dmspilot.gui.util.Fxml.load(this);
        new JobsBar(jobsBox, runningJobs);
    }

    @FXML
    private void initialize() {
        tabs = new WorkArea(workArea);
        // the tree keeps its width when the window grows; the work area takes the rest
        javafx.scene.control.SplitPane.setResizableWithParent(projectTree, false);
        views = new NodeViews(vm, executor);
        views.setOpenKind(this::selectTopLevel);
        loadCatalogButton.disableProperty().bind(vm.projectProperty().isNull().or(vm.busyProperty()));
        loadCatalogItem.disableProperty().bind(loadCatalogButton.disableProperty());
        loadDumpItem.disableProperty().bind(vm.busyProperty());
        projectTree.setCellFactory(t -> new org.dmspilot.gui.projecttree.ProjectTreeCell());
        statusLabel.textProperty().bind(vm.statusProperty());
        vm.statusProperty().set(lang("status.ready"));
        saveItem.disableProperty().bind(vm.projectProperty().isNull());
        saveAsItem.disableProperty().bind(vm.projectProperty().isNull());
        saveButton.disableProperty().bind(vm.projectProperty().isNull());
        sandboxItem.disableProperty().bind(vm.busyProperty());
        sandboxButton.disableProperty().bind(vm.busyProperty());
        vm.projectProperty().addListener((obs, old, project) -> showProject(old, project));
        vm.projectFileProperty().addListener((obs, old, file) -> showProject(vm.projectProperty().get(),
                vm.projectProperty().get()));
        vm.localTaskProperty().addListener((obs, old, state) -> showProject(vm.projectProperty().get(),
                vm.projectProperty().get()));
        vm.recentProjects().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        projectTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!restoring) {
                openView(item);
            }
        });
        // a click on the node that is still selected reopens its tab after it was closed
        projectTree.setOnMouseClicked(e -> {
            TreeItem<ProjectNode> item = projectTree.getSelectionModel().getSelectedItem();
            if (item != null && !tabs.isOpen(NodeViews.key(item.getValue()))) {
                openView(item);
            }
        });
        // the tree follows the tabs: selecting a tab selects its node
        workArea.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == null || projectTree.getRoot() == null) {
                return;
            }
            TreeItem<ProjectNode> selected = projectTree.getSelectionModel().getSelectedItem();
            if (selected != null && tab.getId().equals(NodeViews.key(selected.getValue()))) {
                return;
            }
            TreeState.findVisible(projectTree.getRoot(), i -> tab.getId().equals(NodeViews.key(i.getValue()))
                    && (!i.getValue().isCatalogObject() || i.getValue().label().equals(tab.getText())))
                    .ifPresent(i -> {
                        restoring = true;
                        try {
                            projectTree.getSelectionModel().select(i);
                        } finally {
                            restoring = false;
                        }
                    });
        });
        tabs.open(WELCOME_KEY, lang("welcome.tab"), () -> new WelcomePane(vm).root());
    }

    private void openView(TreeItem<ProjectNode> item) {
        if (item == null) {
            return;
        }
        ProjectNode node = item.getValue();
        if (node.isCatalogObject()) {
            tabs.show(NodeViews.key(node), node.label(), views.viewFor(node));
        } else if (NodeViews.opensView(node)) {
            tabs.open(NodeViews.key(node), node.label(), () -> views.viewFor(node));
        }
    }

    /** Selects the project's top-level node of that kind, which opens its view. */
    private void selectTopLevel(ProjectNode.Kind kind) {
        if (projectTree.getRoot() != null) {
            projectTree.getRoot().getChildren().stream().filter(i -> i.getValue().kind() == kind).findFirst()
                    .ifPresent(i -> projectTree.getSelectionModel().select(i));
        }
    }

    /** Builds the heavy views once off the UI thread, so opening them the first time does not stall it. */
    java.util.concurrent.CompletableFuture<ViewWarmup.Result> warmUp() {
        return ViewWarmup.start(views.warmUpViews());
    }

    public BorderPane root() {
        return root;
    }

    private void showProject(Project old, Project project) {
        if (project == null) {
            projectTree.setRoot(null);
            return;
        }
        boolean sameProject = old != null && old.id().equals(project.id());
        if (!sameProject) {
            tabs.closeAllBut(WELCOME_KEY);
        }
        TreeItem<ProjectNode> before = projectTree.getRoot();
        var expanded = sameProject ? TreeState.expanded(before) : java.util.Set.<java.util.List<String>>of();
        var selected = sameProject && projectTree.getSelectionModel().getSelectedItem() != null
                ? TreeState.path(projectTree.getSelectionModel().getSelectedItem()) : java.util.List.<String>of();
        TreeItem<ProjectNode> rootItem = ProjectTree.build(project, project.catalog(),
                NodeViews.taskNodes(project, vm.projectFileProperty().get(), vm.localTaskProperty().get()));
        TreeState.restore(rootItem, expanded);
        restoring = true;
        try {
            projectTree.setRoot(rootItem);
            TreeState.find(rootItem, selected).ifPresent(i -> projectTree.getSelectionModel().select(i));
        } finally {
            restoring = false;
        }
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        if (vm.recentProjects().isEmpty()) {
            MenuItem none = new MenuItem(lang("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (Path p : vm.recentProjects()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(item);
        }
    }

    @FXML
    private void onNew() {
        vm.newProject();
    }

    @FXML
    private void onOpen() {
        vm.openProject();
    }

    @FXML
    private void onOpenSandbox() {
        vm.openSandbox();
    }

    @FXML
    private void onLoadCatalog() {
        vm.loadCatalog();
    }

    @FXML
    private void onLoadDump() {
        vm.loadCatalogFromDump();
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onSaveAs() {
        vm.saveAs();
    }

    @FXML
    private void onCloseTab() {
        tabs.closeSelected();
    }

    @FXML
    private void onQuit() {
        quit.run();
    }

    private org.dmspilot.gui.help.HelpWindow help;

    /** Help (F1): the bundled docs, at the page of the view in the selected tab. */
    @FXML
    private void onHelp() {
        if (help == null) {
            help = new org.dmspilot.gui.help.HelpWindow(root.getScene().getWindow());
        }
        javafx.scene.control.Tab tab = workArea.getSelectionModel().getSelectedItem();
        help.show(org.dmspilot.gui.help.HelpPages.pageFor(tab == null ? null : tab.getId()));
    }

    /** The help window once opened (null before), for tests. */
    org.dmspilot.gui.help.HelpWindow help() {
        return help;
    }

    @FXML
    private void onAbout() {
        javafx.scene.control.Alert about = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION,
                lang("dialog.about.message", org.dmspilot.core.AppVersion.describe(),
                        System.getProperty("java.version"), System.getProperty("javafx.runtime.version")));
        about.setTitle(lang("dialog.about.title"));
        about.setHeaderText(lang("app.title"));
        about.initOwner(root.getScene().getWindow());
        about.showAndWait();
    }
}
