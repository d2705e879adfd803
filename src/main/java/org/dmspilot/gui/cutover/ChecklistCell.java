package org.dmspilot.gui.cutover;

import javafx.scene.control.ListCell;
import org.dmspilot.core.cutover.ChecklistItem;

/** A checklist line: state icon, title, and the evidence below, coloured by state. */
public final class ChecklistCell extends ListCell<ChecklistItem> {
    @Override
    protected void updateItem(ChecklistItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("status-pass", "status-warn", "status-fail");
        if (empty || item == null) {
            setText(null);
            return;
        }
        setWrapText(true);
        setText(switch (item.state()) {
            case PASS -> "\u2714 ";
            case FAIL -> "\u2716 ";
            case WAITING -> "\u2026 ";
        } + item.title() + "\n    " + item.evidence());
        getStyleClass().add(switch (item.state()) {
            case PASS -> "status-pass";
            case FAIL -> "status-fail";
            case WAITING -> "status-warn";
        });
    }
}
