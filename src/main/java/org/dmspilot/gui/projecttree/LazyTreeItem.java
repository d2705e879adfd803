package org.dmspilot.gui.projecttree;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree item whose children are built the first time they are asked for (large catalogs stay fast). When it is
 * expanded, it also builds its children's children: a folder's 5,000 tables are added while the folder is still
 * collapsed, because a TreeView that sees children added to an expanded item looks up the row of each added child
 * (quadratic: seconds for 5,000 children).
 */
final class LazyTreeItem extends TreeItem<ProjectNode> {
    private final Supplier<List<TreeItem<ProjectNode>>> children;
    private final boolean leaf;
    private boolean built;

    LazyTreeItem(ProjectNode node, boolean leaf, Supplier<List<TreeItem<ProjectNode>>> children) {
        super(node);
        this.leaf = leaf;
        this.children = children;
        expandedProperty().addListener((o, was, expanded) -> {
            if (expanded) {
                getChildren().forEach(TreeItem::getChildren);
            }
        });
    }

    @Override
    public boolean isLeaf() {
        return leaf;
    }

    @Override
    public ObservableList<TreeItem<ProjectNode>> getChildren() {
        if (!built) {
            built = true;
            super.getChildren().setAll(children.get());
        }
        return super.getChildren();
    }

    /** Whether the children were built yet (for tests of laziness). */
    boolean isBuilt() {
        return built;
    }
}
