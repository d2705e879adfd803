package org.dmspilot.gui.projecttree;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/** Shows a node's label with its detail (host, counts) in smaller, lighter text. */
public final class ProjectTreeCell extends TreeCell<ProjectNode> {
    @Override
    protected void updateItem(ProjectNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(null);
        Label label = new Label(node.label());
        if (node.detail() == null || node.detail().isEmpty()) {
            setGraphic(label);
            setTooltip(null);
            return;
        }
        Label detail = new Label(node.detail());
        detail.getStyleClass().add("tree-detail");
        setGraphic(new HBox(6, label, detail));
        setTooltip(new Tooltip(node.detail()));
    }
}
