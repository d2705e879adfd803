package org.dmspilot.gui.help;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help: the bundled docs in a window owned by the main window, the contents on the left, the page on the right. */
public final class HelpWindow {
    private final Stage stage = new Stage();
    private final ListView<HelpPages.Page> contents = new ListView<>();
    private final WebView page = new WebView();

    public HelpWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle(lang("help.title"));
        contents.setId("help-contents");
        page.setId("help-page");
        contents.getItems().setAll(HelpPages.pages());
        contents.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                page.getEngine().loadContent(HelpPages.html(now.file()));
            }
        });
        SplitPane split = new SplitPane(contents, page);
        split.setDividerPositions(0.28);
        contents.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HelpPages.Page p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title());
                org.dmspilot.gui.util.CellTooltips.set(this, empty || p == null ? null : p.title());
            }
        });
        stage.setScene(new Scene(split, 1100, 720));
    }

    /** Shows {@code file} (e.g. {@code cutover.md}) and brings the window to the front. */
    public void show(String file) {
        contents.getItems().stream().filter(p -> p.file().equals(file)).findFirst()
                .ifPresent(p -> contents.getSelectionModel().select(p));
        stage.show();
        stage.toFront();
    }

    /** The page shown, for tests. */
    public String shownFile() {
        HelpPages.Page p = contents.getSelectionModel().getSelectedItem();
        return p == null ? null : p.file();
    }

    public Stage stage() {
        return stage;
    }

    WebView page() {
        return page;
    }
}
