package org.dmspilot.gui.shell;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Skin;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.CheckBoxSkin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.control.skin.SeparatorSkin;
import javafx.scene.control.skin.SplitPaneSkin;
import javafx.scene.control.skin.TabPaneSkin;
import javafx.scene.control.skin.TableCellSkin;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.control.skin.TreeCellSkin;
import javafx.scene.control.skin.TreeViewSkin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the heavy views once, off the UI thread, right after the window is shown, and throws them away (issue #14:
 * opening a view the first time stalled the UI thread for 150-300 ms, most of it loading and linking classes: the
 * controls, their skins and behaviours, FXML, RichTextFX, the charts, and the lambdas of each). JavaFX lets nodes be
 * built and changed on any thread while they are not in a showing window; these never are. What stays for the UI thread
 * when the user opens a view is that view's own nodes, CSS and layout.
 */
public final class ViewWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ViewWarmup.class);

    private ViewWarmup() {
    }

    /** What the warm-up did: how long it took, how many views it built, how many it could not build. */
    public record Result(Duration took, int built, int failed) {
    }

    /**
     * Builds each view on a background thread (a daemon: it never holds the application open); the future completes
     * with the time it took. A view that cannot be built here is skipped: it is then built the first time it is
     * opened, as before.
     */
    static CompletableFuture<Result> start(List<Supplier<Node>> views) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            int failed = 0;
            for (Supplier<Node> view : views) {
                try {
                    skin(view.get());
                } catch (RuntimeException | LinkageError e) {
                    failed++;
                    LOG.debug("A view could not be built ahead of time; it is built when opened", e);
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.debug("Views built ahead of time in {} ms ({} could not be)", took.toMillis(), failed);
            done.complete(new Result(took, views.size() - failed, failed));
        }, "dmspilot-view-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return done;
    }

    /** Gives the node and everything under it the skins JavaFX would create at the first CSS pass, depth first. */
    static void skin(Node node) {
        if (node instanceof Control control && control.getSkin() == null) {
            Skin<?> skin = defaultSkin(control);
            if (skin != null) {
                control.setSkin(skin);
            }
            if (control instanceof TableView<?> table) {
                cells(table);
            } else if (control instanceof TreeView<?> tree) {
                cell(tree);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                skin(child);
            }
        }
    }

    /** The skin of the controls the views use (the exact classes: a subclass may bring its own). */
    private static Skin<?> defaultSkin(Control c) {
        Class<?> type = c.getClass();
        if (type == TableView.class) {
            return new TableViewSkin<>((TableView<?>) c);
        } else if (type == TreeView.class) {
            return new TreeViewSkin<>((TreeView<?>) c);
        } else if (type == ListView.class) {
            return new ListViewSkin<>((ListView<?>) c);
        } else if (type == TextArea.class) {
            return new TextAreaSkin((TextArea) c);
        } else if (type == TextField.class) {
            return new TextFieldSkin((TextField) c);
        } else if (type == TabPane.class) {
            return new TabPaneSkin((TabPane) c);
        } else if (type == SplitPane.class) {
            return new SplitPaneSkin((SplitPane) c);
        } else if (type == ComboBox.class) {
            return new ComboBoxListViewSkin<>((ComboBox<?>) c);
        } else if (type == MenuButton.class) {
            return new MenuButtonSkin((MenuButton) c);
        } else if (type == Button.class) {
            return new ButtonSkin((Button) c);
        } else if (type == CheckBox.class) {
            return new CheckBoxSkin((CheckBox) c);
        } else if (type == Label.class) {
            return new LabelSkin((Label) c);
        } else if (type == ScrollPane.class) {
            return new ScrollPaneSkin((ScrollPane) c);
        } else if (type == Separator.class) {
            return new SeparatorSkin((Separator) c);
        }
        return null;
    }

    /** A row and one cell per column, from the table's own factories, showing the first item (if any). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void cells(TableView table) {
        TableRow row = table.getRowFactory() == null ? new TableRow<>() : (TableRow) table.getRowFactory().call(table);
        row.updateTableView(table);
        row.setSkin(new TableRowSkin<>(row));
        row.updateIndex(table.getItems().isEmpty() ? -1 : 0);
        for (Object o : table.getVisibleLeafColumns()) {
            TableColumn column = (TableColumn) o;
            TableCell cell = (TableCell) column.getCellFactory().call(column);
            cell.updateTableView(table);
            cell.updateTableColumn(column);
            cell.updateTableRow(row);
            cell.setSkin(new TableCellSkin<>(cell));
            cell.updateIndex(row.getIndex());
        }
    }

    /** One cell from the tree's own factory. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void cell(TreeView tree) {
        TreeCell cell = tree.getCellFactory() == null ? new TreeCell<>() : (TreeCell) tree.getCellFactory().call(tree);
        cell.updateTreeView(tree);
        cell.setSkin(new TreeCellSkin<>(cell));
        cell.updateIndex(tree.getExpandedItemCount() > 0 ? 0 : -1);
    }
}
