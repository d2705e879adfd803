package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.projecttree.ProjectNode.Kind;
import org.dmspilot.gui.util.FxTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #14, defect 6, at the default 1280x800: no button of any view shows "…" instead of its text, and the grey
 * detail text of a tree row stays readable when the row is selected (blue).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAt1280FxTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/layout" + System.nanoTime());
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = Shell.create(stage, new FxTaskExecutor(), new AppPreferences(node), new SessionSecretStore(),
                p -> null);
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void everyViewsButtonsKeepTheirTextAt1280By800(FxRobot robot) {
        robot.interact(() -> shell.viewModel().updateProject(Project.newProject("layout")
                .withSource(ConnectionProfile.of(Engine.MARIADB, "127.0.0.1", 3307, "shopwave", "dmspilot"))
                .withTarget(ConnectionProfile.of(Engine.POSTGRESQL, "127.0.0.1", 5433, "shopwave", "dmspilot"))));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        TabPane tabs = robot.lookup("#workArea").queryAs(TabPane.class);
        assertThat(robot.window(0).getWidth()).isEqualTo(1280);
        List<String> cut = new ArrayList<>();
        for (Kind kind : new Kind[] {Kind.PROJECT, Kind.SOURCE, Kind.TARGET, Kind.CONVERSION, Kind.ASSESSMENT,
            Kind.TASKS}) {
            robot.interact(() -> tree.getSelectionModel().select(item(tree.getRoot(), kind)));
            WaitForAsyncUtils.waitForFxEvents();
            Node view = tabs.getSelectionModel().getSelectedItem().getContent();
            robot.interact(() -> collectCut(view, kind, cut));
        }
        robot.interact(() -> collectCut(robot.lookup(".tool-bar").query(), Kind.PROJECT, cut));
        assertThat(cut).as("buttons showing '…' instead of their text").isEmpty();
    }

    @Test
    void theDetailOfASelectedTreeRowIsReadable(FxRobot robot) {
        robot.interact(() -> shell.viewModel().updateProject(Project.newProject("layout")
                .withSource(ConnectionProfile.of(Engine.MARIADB, "127.0.0.1", 3307, "shopwave", "dmspilot"))));
        TreeView<ProjectNode> tree = robot.lookup("#projectTree").queryAs(TreeView.class);
        TreeItem<ProjectNode> source = item(tree.getRoot(), Kind.SOURCE);
        robot.interact(() -> {
            tree.requestFocus(); // a focused tree selects in blue
            tree.getSelectionModel().select(source);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getTreeItem() == source).findFirst().orElseThrow();
        Label detail = (Label) cell.lookup(".tree-detail");
        Color text = (Color) detail.getTextFill();
        Color row = (Color) cell.getBackground().getFills().get(cell.getBackground().getFills().size() - 1).getFill();
        assertThat(contrast(text, row)).as("detail %s on selected row %s", text, row).isGreaterThanOrEqualTo(3.0);
    }

    private static void collectCut(Node node, Kind view, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase b && b.getText() != null && !b.getText().isEmpty()
                && b.lookup(".text") instanceof Text shown) {
            String full = b.isMnemonicParsing() ? b.getText().replace("_", "") : b.getText();
            if (!shown.getText().equals(full)) {
                out.add(view + ": '" + full + "' shown as '" + shown.getText() + "'");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectCut(c, view, out));
        }
    }

    private static TreeItem<ProjectNode> item(TreeItem<ProjectNode> root, Kind kind) {
        return kind == Kind.PROJECT ? root : root.getChildren().stream().filter(i -> i.getValue().kind() == kind)
                .findFirst().orElseThrow();
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
