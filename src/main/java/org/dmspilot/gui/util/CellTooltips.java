package org.dmspilot.gui.util;

import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips of table, list and tree cells. A tooltip is a popup window with a scene of its own, costly to make (issue
 * #14: a table showing 30 rows of 5 columns made 150 of them when it was first shown). A cell keeps the text and makes
 * its tooltip only when the mouse first enters it; from then on it changes only the tooltip's text as it is reused for
 * other rows (a list of 5,000 rows scrolls without making windows per row).
 */
public final class CellTooltips {
    private static final String TOOLTIP = CellTooltips.class.getName() + ".tooltip";
    private static final String TEXT = CellTooltips.class.getName() + ".text";

    private CellTooltips() {
    }

    /** Shows {@code text} as the cell's tooltip (made when the mouse enters the cell); null or empty: no tooltip. */
    public static void set(Cell<?> cell, String text) {
        boolean none = text == null || text.isEmpty();
        if (!cell.getProperties().containsKey(TEXT)) {
            if (none) {
                return;
            }
            cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> install(cell));
        }
        cell.getProperties().put(TEXT, none ? null : text);
        if (cell.getProperties().containsKey(TOOLTIP)) {
            install(cell);
        }
    }

    /** The text the cell's tooltip shows (or will show once the mouse enters it); null when it has none. */
    public static String text(Cell<?> cell) {
        return (String) cell.getProperties().get(TEXT);
    }

    private static void install(Cell<?> cell) {
        String text = text(cell);
        if (text == null) {
            cell.setTooltip(null);
            return;
        }
        Tooltip tooltip = (Tooltip) cell.getProperties().computeIfAbsent(TOOLTIP, k -> new Tooltip());
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
