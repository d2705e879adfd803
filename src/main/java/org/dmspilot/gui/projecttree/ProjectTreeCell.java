package org.dmspilot.gui.projecttree;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.dmspilot.gui.util.CellTooltips;

/**
 * Shows a node's label with its detail (host, counts) in smaller, lighter text. The cell keeps its nodes and its
 * tooltip and only changes their text: a tree of 5,000 tables scrolls without building nodes (and their CSS) per row.
 */
public final class ProjectTreeCell extends TreeCell<ProjectNode> {
    private final Label label = new Label();
    private final Label detail = new Label();
    private final HBox graphic = new HBox(6, label, detail);

    public ProjectTreeCell() {
        detail.getStyleClass().add("tree-detail");
        detail.managedProperty().bind(detail.visibleProperty());
    }

    @Override
    protected void updateItem(ProjectNode node, boolean empty) {
        super.updateItem(node, empty);
        setText(null);
        if (empty || node == null) {
            setGraphic(null);
            CellTooltips.set(this, null);
            return;
        }
        label.setText(node.label());
        boolean hasDetail = node.detail() != null && !node.detail().isEmpty();
        detail.setText(hasDetail ? node.detail() : "");
        detail.setVisible(hasDetail);
        CellTooltips.set(this, node.detail());
        setGraphic(graphic);
    }
}
