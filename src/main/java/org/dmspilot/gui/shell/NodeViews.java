package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.scene.Node;
import org.dmspilot.gui.catalog.ObjectDetailsView;
import org.dmspilot.gui.catalog.ObjectDetailsViewModel;
import javafx.scene.control.Label;
import org.dmspilot.gui.projecttree.ProjectNode;

/**
 * What the work area shows for a project-tree node. Each capability plugs its view in here (connection panels for
 * Source and Target, the conversion view, the task wizard...).
 */
final class NodeViews {
    private final MainViewModel vm;

    NodeViews(MainViewModel vm) {
        this.vm = vm;
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
            case SOURCE, TARGET, CONVERSION, TASKS, PROJECT -> notBuilt(node.label());
        };
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
