package org.dmspilot.gui.shell;

import javafx.scene.control.TreeItem;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.projecttree.ProjectNode.Kind;

/** Finds the first item of a kind in the project tree, depth first, for tests that select a node as a user would. */
public final class ProjectTreeSearch {
    private ProjectTreeSearch() {
    }

    /** The first item of {@code kind} anywhere under {@code root}, or null. */
    public static TreeItem<ProjectNode> find(TreeItem<ProjectNode> root, Kind kind) {
        return find(root, kind, null);
    }

    /** As {@link #find(TreeItem, Kind)}, without opening the children of items of kind {@code notInto}. */
    public static TreeItem<ProjectNode> find(TreeItem<ProjectNode> item, Kind kind, Kind notInto) {
        Kind here = item.getValue() == null ? null : item.getValue().kind();
        if (here == kind) {
            return item;
        }
        if (here != null && here == notInto) {
            return null;
        }
        for (TreeItem<ProjectNode> child : item.getChildren()) {
            TreeItem<ProjectNode> found = find(child, kind, notInto);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
