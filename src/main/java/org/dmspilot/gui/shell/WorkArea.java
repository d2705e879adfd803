package org.dmspilot.gui.shell;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.dmspilot.gui.util.Disposal;

/**
 * The tabbed work area: one tab per key; opening a key again selects its tab. A tab's view is {@linkplain Disposal
 * disposed} when the tab closes or shows another view.
 */
final class WorkArea {
    private final TabPane tabs;

    WorkArea(TabPane tabs) {
        this.tabs = tabs;
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getRemoved().stream().filter(t -> !change.getList().contains(t))
                        .forEach(t -> Disposal.dispose(t.getContent()));
            }
        });
    }

    /** Selects the tab for {@code key}, creating it with {@code content} when absent. */
    Tab open(String key, String title, Supplier<Node> content) {
        for (Tab tab : tabs.getTabs()) {
            if (key.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
                return tab;
            }
        }
        Tab tab = new Tab(title, content.get());
        tab.setId(key);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return tab;
    }

    /** Shows {@code content} in the tab for {@code key} (replacing what it showed), creating the tab if needed. */
    Tab show(String key, String title, Node content) {
        Tab tab = open(key, title, () -> content);
        tab.setText(title);
        if (tab.getContent() != content) {
            Disposal.dispose(tab.getContent());
        }
        tab.setContent(content);
        return tab;
    }

    /** Whether a tab for {@code key} is open. */
    boolean isOpen(String key) {
        return tabs.getTabs().stream().anyMatch(t -> key.equals(t.getId()));
    }

    /** Closes the selected tab (Ctrl+W). */
    void closeSelected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.isClosable()) {
            tabs.getTabs().remove(tab);
        }
    }

    /** Closes every tab except the one with {@code keepKey}. */
    void closeAllBut(String keepKey) {
        tabs.getTabs().removeIf(t -> !keepKey.equals(t.getId()));
    }
}
