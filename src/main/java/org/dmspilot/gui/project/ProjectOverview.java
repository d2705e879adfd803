package org.dmspilot.gui.project;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Schema;

/** The Project node: the project's name (editable) and what it holds so far. */
public final class ProjectOverview {
    private final VBox root = new VBox(12);

    /**
     * @param rename called with the project renamed
     */
    public ProjectOverview(Project project, java.nio.file.Path file, Consumer<Project> rename) {
        root.setPadding(new Insets(20, 28, 20, 28));
        root.getStyleClass().add("project-overview");
        Label heading = new Label(lang("project.overview.heading"));
        heading.getStyleClass().add("welcome-heading");
        TextField name = new TextField(project.name());
        name.setId("projectName");
        name.setPrefColumnCount(30);
        Button apply = new Button(lang("project.overview.rename"));
        apply.disableProperty().bind(name.textProperty().isEqualTo(project.name()).or(name.textProperty().isEmpty()));
        apply.setOnAction(e -> rename.accept(project.withName(name.getText().strip())));
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        int row = 0;
        for (String[] fact : facts(project, file)) {
            Label key = new Label(fact[0]);
            key.getStyleClass().add("section-heading");
            facts.addRow(row++, key, new Label(fact[1]));
        }
        root.getChildren().addAll(heading, new HBox(8, name, apply), facts);
    }

    static List<String[]> facts(Project p, java.nio.file.Path file) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {lang("project.overview.file"), file == null ? lang("project.overview.unsaved")
                : file.toString()});
        facts.add(new String[] {lang("tree.source"), describe(p.source())});
        facts.add(new String[] {lang("tree.target"), describe(p.target())});
        if (p.catalog() == null) {
            facts.add(new String[] {lang("project.overview.catalog"), lang("project.overview.noCatalog")});
        } else {
            int tables = p.catalog().schemas().stream().mapToInt(s -> s.tables().size()).sum();
            int code = p.catalog().schemas().stream().mapToInt(ProjectOverview::codeObjects).sum();
            facts.add(new String[] {lang("project.overview.catalog"), lang("project.overview.catalogFacts",
                    p.catalog().schemas().size(), tables, code, p.catalog().serverVersion(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                            .format(p.catalog().readAt()))});
        }
        facts.add(new String[] {lang("project.overview.rules"), String.valueOf(p.conversion().rules().size())});
        facts.add(new String[] {lang("project.overview.edits"),
            String.valueOf(p.conversion().editedDdl().size())});
        return facts;
    }

    private static int codeObjects(Schema s) {
        return s.views().size() + s.routines().size() + s.triggers().size();
    }

    private static String describe(ConnectionProfile profile) {
        return profile == null ? lang("tree.notConfigured") : profile.engine().displayName() + " \u00b7 "
                + profile.user() + "@" + profile.describe();
    }

    public Node root() {
        return root;
    }
}
