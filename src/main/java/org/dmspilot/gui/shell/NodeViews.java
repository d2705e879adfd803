package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.scene.Node;
import org.dmspilot.core.connect.ConnectionTester;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.gui.connection.ConnectionView;
import org.dmspilot.gui.connection.ConnectionViewModel;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;
import org.dmspilot.gui.assessment.AssessmentView;
import org.dmspilot.gui.assessment.AssessmentViewModel;
import org.dmspilot.gui.catalog.ObjectDetailsView;
import org.dmspilot.gui.conversion.ConversionView;
import org.dmspilot.gui.project.ProjectOverview;
import org.dmspilot.gui.conversion.ConversionViewModel;
import org.dmspilot.gui.catalog.ObjectDetailsViewModel;
import org.dmspilot.gui.readiness.ReadinessView;
import org.dmspilot.gui.readiness.ReadinessViewModel;
import org.dmspilot.gui.util.TaskExecutor;
import javafx.scene.control.Label;
import org.dmspilot.gui.projecttree.ProjectNode;

/**
 * What the work area shows for a project-tree node. Each capability plugs its view in here (connection panels for
 * Source and Target, the conversion view, the task wizard...).
 */
final class NodeViews {
    private final MainViewModel vm;
    private final TaskExecutor executor;
    /** The conversion view last opened, so the assessment can show an object in it. */
    private ConversionView conversion;
    private java.util.function.Consumer<ProjectNode.Kind> openKind = kind -> { };

    NodeViews(MainViewModel vm, TaskExecutor executor) {
        this.vm = vm;
        this.executor = executor;
    }

    /** How to open the view of a top-level node (the window selects it in the tree). */
    void setOpenKind(java.util.function.Consumer<ProjectNode.Kind> open) {
        this.openKind = open;
    }

    private static void copyToClipboard(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** The tab key for a node: one tab per kind; catalog objects share one details tab. */
    static String key(ProjectNode node) {
        return node.isCatalogObject() ? "details" : "node:" + node.kind().name();
    }

    /** Whether selecting the node opens a view (folders and schemas only expand). */
    static boolean opensView(ProjectNode node) {
        return node.kind() != ProjectNode.Kind.SCHEMA && node.kind() != ProjectNode.Kind.FOLDER;
    }

    /** The view for a node, or null when the node opens nothing (folders, schemas). */
    Node viewFor(ProjectNode node) {
        return switch (node.kind()) {
            case TABLE, VIEW, ROUTINE, TRIGGER -> new ObjectDetailsView(new ObjectDetailsViewModel(node.payload()))
                    .root();
            case SCHEMA, FOLDER -> null;
            case READINESS -> vm.readinessChecks().<Node>map(work -> new ReadinessView(new ReadinessViewModel(
                    executor, work, NodeViews::copyToClipboard)).root()).orElseGet(() -> notBuilt(node.label()));
            case CONVERSION -> {
                conversion = new ConversionView(new ConversionViewModel(executor, vm.dialogs(), vm.connections(),
                        vm.projectProperty()::get, vm::updateProject, new SqlPrograms()),
                        vm.projectProperty().get().catalog());
                yield conversion.root();
            }
            case ASSESSMENT -> assessmentView();
            case SOURCE -> connectionView(ConnectionRole.SOURCE);
            case TARGET -> connectionView(ConnectionRole.TARGET);
            case PROJECT -> new ProjectOverview(vm.projectProperty().get(), vm.projectFileProperty().get(),
                    vm::updateProject).root();
            case TASKS -> dmsWizard();
            case DMS_TASK -> DmsTaskNode.monitor(vm, executor, node);
            case LOCAL_TASK -> LocalTaskNode.monitor(vm, executor);
        };
    }

    /** The assessment; opening an action item shows its object in the conversion view. */
    private Node assessmentView() {
        AssessmentViewModel assessment = new AssessmentViewModel(executor, vm.dialogs(), vm.connections(),
                vm.projectProperty()::get, new SqlPrograms());
        assessment.setOnOpenObject(object -> {
            openKind.accept(ProjectNode.Kind.CONVERSION);
            if (conversion != null) {
                conversion.selectObject(object);
            }
        });
        return new AssessmentView(assessment).root();
    }

    /** The connection panel of one side, applying to the open project. */
    private Node connectionView(ConnectionRole role) {
        ConnectionViewModel panel = new ConnectionViewModel(role, executor, new ConnectionTester(),
                vm.connections().store());
        Project project = vm.projectProperty().get();
        panel.load(project.id(), role == ConnectionRole.SOURCE ? project.source() : project.target());
        panel.setOnApply(profile -> {
            Project current = vm.projectProperty().get();
            vm.updateProject(role == ConnectionRole.SOURCE ? current.withSource(profile)
                    : current.withTarget(profile));
        });
        return new ConnectionView(panel).root();
    }

    /** The AWS DMS wizard; its state lives beside the project file (none until the project is saved). */
    private Node dmsWizard() {
        Project project = vm.projectProperty().get();
        java.nio.file.Path file = vm.projectFileProperty().get();
        org.dmspilot.core.dms.DmsState state;
        try {
            state = file == null ? org.dmspilot.core.dms.DmsState.empty(project.id(), null)
                    : org.dmspilot.core.dms.DmsStateFiles.load(file, project.id(), null);
        } catch (org.dmspilot.core.DmsPilotException e) {
            return new Label(e.getMessage());
        }
        org.dmspilot.core.dms.PasswordSource passwords = org.dmspilot.core.dms.PasswordSource.secretStore(
                vm.connections()::store, project.id()).orElse(org.dmspilot.core.dms.PasswordSource.environment());
        org.dmspilot.gui.wizard.DmsWizardViewModel wizard = new org.dmspilot.gui.wizard.DmsWizardViewModel(
                org.dmspilot.gui.wizard.WizardServices.of(executor, javafx.application.Platform::runLater, passwords,
                        vm.dialogs()::confirm),
                vm.projectProperty()::get, vm::updateProject, state,
                s -> {
                    if (file != null) {
                        org.dmspilot.core.dms.DmsStateFiles.save(file, s);
                    }
                });
        wizard.localStatusProperty().addListener((o, old, reported) -> {
            if (reported != null) {
                vm.reportLocalTask(reported);
            }
        });
        return new org.dmspilot.gui.wizard.DmsWizardView(wizard).root();
    }

    /** The provisioned AWS DMS task of the project, if its state records one. */
    static java.util.List<ProjectNode> taskNodes(Project project, java.nio.file.Path file,
            org.dmspilot.gui.wizard.LocalTaskStatus local) {
        java.util.List<ProjectNode> nodes = new java.util.ArrayList<>();
        DmsTaskNode.of(project, file).ifPresent(nodes::add);
        LocalTaskNode.of(project, local).ifPresent(nodes::add);
        return nodes;
    }

    /**
     * The heavy views as they look for a small project, each built by its own supplier on any thread and never shown
     * ({@link ViewWarmup}): the object details, the conversion view, the assessment, and a project tree.
     */
    java.util.List<java.util.function.Supplier<Node>> warmUpViews() {
        org.dmspilot.model.catalog.Column id = new org.dmspilot.model.catalog.Column("id", 1, "int", "int", null, 10L,
                0L, null, false, false, null, null, false, null, null, false, null, true, null);
        org.dmspilot.model.catalog.Table table = new org.dmspilot.model.catalog.Table("warm_up", "InnoDB", null, 0L,
                0L, null, null, null, java.util.List.of(id), java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        org.dmspilot.model.catalog.Catalog catalog = new org.dmspilot.model.catalog.Catalog(
                org.dmspilot.model.Engine.MYSQL, null, null, null, java.util.List.of(new org.dmspilot.model.catalog
                        .Schema("warm_up", null, null, java.util.List.of(table), java.util.List.of(),
                        java.util.List.of(), java.util.List.of(), java.util.List.of())));
        Project sample = Project.newProject("warm-up").withCatalog(catalog);
        return java.util.List.of(
                () -> {
                    javafx.scene.control.TreeView<ProjectNode> tree = new javafx.scene.control.TreeView<>(
                            org.dmspilot.gui.projecttree.ProjectTree.build(sample, catalog));
                    tree.setCellFactory(t -> new org.dmspilot.gui.projecttree.ProjectTreeCell());
                    return tree;
                },
                () -> new ObjectDetailsView(new ObjectDetailsViewModel(table)).root(),
                () -> new ConversionView(new ConversionViewModel(executor, vm.dialogs(), vm.connections(),
                        () -> sample, p -> { }, new SqlPrograms()), catalog).root(),
                () -> new AssessmentView(new AssessmentViewModel(executor, vm.dialogs(), vm.connections(),
                        () -> sample, new SqlPrograms())).root());
    }

    private static Node notBuilt(String what) {
        Label label = new Label(lang("placeholder.notBuilt", what));
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        return label;
    }

    MainViewModel viewModel() {
        return vm;
    }
}
