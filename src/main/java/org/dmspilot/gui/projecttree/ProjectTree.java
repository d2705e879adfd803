package org.dmspilot.gui.projecttree;

import static org.dmspilot.gui.util.Localization.lang;

import javafx.scene.control.TreeItem;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.project.Project;

/** Builds the project tree: Project → Source, Target, Schema conversion, Migration tasks. */
public final class ProjectTree {
    private ProjectTree() {
    }

    public static TreeItem<ProjectNode> build(Project project) {
        return build(project, null);
    }

    /** The tree with the source's catalog (schemas and objects, built lazily) under Source, when loaded. */
    public static TreeItem<ProjectNode> build(Project project, org.dmspilot.model.catalog.Catalog catalog) {
        return build(project, catalog, java.util.List.of());
    }

    /** The tree with {@code taskNodes} (e.g. the provisioned AWS DMS task) under Migration tasks. */
    public static TreeItem<ProjectNode> build(Project project, org.dmspilot.model.catalog.Catalog catalog,
            java.util.List<ProjectNode> taskNodes) {
        TreeItem<ProjectNode> root = new TreeItem<>(new ProjectNode(ProjectNode.Kind.PROJECT, project.name(), ""));
        TreeItem<ProjectNode> source = new TreeItem<>(new ProjectNode(ProjectNode.Kind.SOURCE, lang("tree.source"),
                describe(project.source())));
        if (project.source() != null) {
            source.getChildren().add(new TreeItem<>(new ProjectNode(ProjectNode.Kind.READINESS,
                    lang("tree.readiness"), "")));
        }
        if (catalog != null) {
            source.getChildren().addAll(CatalogTreeItems.schemas(catalog));
            source.setExpanded(true);
        }
        root.getChildren().add(source);
        root.getChildren().add(new TreeItem<>(new ProjectNode(ProjectNode.Kind.TARGET, lang("tree.target"),
                describe(project.target()))));
        root.getChildren().add(new TreeItem<>(new ProjectNode(ProjectNode.Kind.CONVERSION, lang("tree.conversion"),
                "")));
        root.getChildren().add(new TreeItem<>(new ProjectNode(ProjectNode.Kind.ASSESSMENT, lang("tree.assessment"),
                "")));
        TreeItem<ProjectNode> tasks = new TreeItem<>(new ProjectNode(ProjectNode.Kind.TASKS, lang("tree.tasks"),
                taskNodes.isEmpty() ? lang("tree.tasks.none") : String.valueOf(taskNodes.size())));
        taskNodes.forEach(n -> tasks.getChildren().add(new TreeItem<>(n)));
        tasks.setExpanded(!taskNodes.isEmpty());
        root.getChildren().add(tasks);
        root.setExpanded(true);
        return root;
    }

    static String describe(ConnectionProfile profile) {
        if (profile == null) {
            return lang("tree.notConfigured");
        }
        return profile.engine().displayName() + " \u00b7 " + profile.host() + ":" + profile.port();
    }
}
