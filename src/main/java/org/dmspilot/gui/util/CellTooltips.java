package org.dmspilot.gui.util;

import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;

/**
 * Tooltips of table, list and tree cells. A tooltip is a popup window, costly to make: a cell makes one the first time
 * it needs it and changes only its text as it is reused for other rows (a list of 5,000 rows scrolls without making
 * windows per row).
 */
public final class CellTooltips {
    private static final String KEY = CellTooltips.class.getName();

    private CellTooltips() {
    }

    /** Shows {@code text} as the cell's tooltip; null or empty text: no tooltip. */
    public static void set(Cell<?> cell, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        Tooltip tooltip = (Tooltip) cell.getProperties().computeIfAbsent(KEY, k -> new Tooltip());
        tooltip.setText(text);
        cell.setTooltip(tooltip);
    }

    /** A table cell showing its text, with all of it as the tooltip (a long value is cut with "…" in the cell). */
    public static <S> javafx.scene.control.TableCell<S, String> textCell() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                set(this, empty ? null : item);
            }
        };
    }
}
