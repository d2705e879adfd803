package org.dmspilot.gui.projecttree;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TreeItem;

/**
 * Which nodes of a project tree are expanded, by their path of labels, so that a tree rebuilt after an edit (a
 * wizard change, a saved file, a task's state) opens where the user left it instead of collapsing.
 */
public final class TreeState {
    private TreeState() {
    }

    /** The label paths of the expanded items under {@code root} (root included). */
    public static Set<List<String>> expanded(TreeItem<ProjectNode> root) {
        Set<List<String>> out = new HashSet<>();
        if (root != null) {
            collect(root, new ArrayList<>(), out);
        }
        return out;
    }

    private static void collect(TreeItem<ProjectNode> item, List<String> parent, Set<List<String>> out) {
        if (!item.isExpanded()) {
            return;
        }
        List<String> path = new ArrayList<>(parent);
        path.add(item.getValue().label());
        out.add(path);
        item.getChildren().forEach(c -> collect(c, path, out));
    }

    /** Expands the items of {@code root} whose label paths are in {@code expanded}. */
    public static void restore(TreeItem<ProjectNode> root, Set<List<String>> expanded) {
        restore(root, new ArrayList<>(), expanded);
    }

    private static void restore(TreeItem<ProjectNode> item, List<String> parent, Set<List<String>> expanded) {
        List<String> path = new ArrayList<>(parent);
        path.add(item.getValue().label());
        if (!expanded.contains(path)) {
            return;
        }
        item.setExpanded(true);
        item.getChildren().forEach(c -> restore(c, path, expanded));
    }

    /** The label path of {@code item} from the root. */
    public static List<String> path(TreeItem<ProjectNode> item) {
        List<String> out = new ArrayList<>();
        for (TreeItem<ProjectNode> i = item; i != null; i = i.getParent()) {
            out.add(0, i.getValue().label());
        }
        return out;
    }

    /** The first item, among the root and the children of expanded items, that matches. */
    public static Optional<TreeItem<ProjectNode>> findVisible(TreeItem<ProjectNode> root,
            java.util.function.Predicate<TreeItem<ProjectNode>> match) {
        if (match.test(root)) {
            return Optional.of(root);
        }
        if (root.isExpanded()) {
            for (TreeItem<ProjectNode> child : root.getChildren()) {
                Optional<TreeItem<ProjectNode>> found = findVisible(child, match);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The item at a label path (only through expanded items), if present. */
    public static Optional<TreeItem<ProjectNode>> find(TreeItem<ProjectNode> root, List<String> path) {
        if (root == null || path.isEmpty() || !root.getValue().label().equals(path.get(0))) {
            return Optional.empty();
        }
        TreeItem<ProjectNode> current = root;
        for (String label : path.subList(1, path.size())) {
            if (!current.isExpanded()) {
                return Optional.empty();
            }
            current = current.getChildren().stream().filter(c -> c.getValue().label().equals(label)).findFirst()
                    .orElse(null);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }
}
