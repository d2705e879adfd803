package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.scene.Node;
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

    /** The tab key for a node: one tab per kind. */
    static String key(ProjectNode node) {
        return "node:" + node.kind().name();
    }

    Node viewFor(ProjectNode node) {
        return switch (node.kind()) {
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
