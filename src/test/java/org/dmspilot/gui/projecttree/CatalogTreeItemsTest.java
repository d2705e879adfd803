package org.dmspilot.gui.projecttree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.dmspilot.core.convert.SchemaConverterTest;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

class CatalogTreeItemsTest {
    private final Catalog catalog = new Catalog(Engine.MARIADB, "11.4.5-MariaDB", "test", Instant.EPOCH,
            List.of(SchemaConverterTest.shop()));

    @Test
    void sourceShowsSchemasWithFoldersAndCounts() {
        TreeItem<ProjectNode> root = ProjectTree.build(Project.newProject("p"), catalog);
        TreeItem<ProjectNode> source = root.getChildren().get(0);
        assertThat(source.getChildren()).extracting(i -> i.getValue().label()).containsExactly("Shop");
        TreeItem<ProjectNode> schema = source.getChildren().get(0);
        assertThat(schema.getValue().detail()).isEqualTo("3 objects");
        assertThat(schema.getChildren()).extracting(i -> i.getValue().label() + " " + i.getValue().detail())
                .containsExactly("Tables 3", "Views 0", "Routines 0", "Triggers 0");
        TreeItem<ProjectNode> tables = schema.getChildren().get(0);
        assertThat(tables.getChildren()).extracting(i -> i.getValue().label())
                .containsExactly("customers", "orders", "audit_log");
        assertThat(tables.getChildren().get(0).getValue().isCatalogObject()).isTrue();
        assertThat(schema.getChildren().get(1).isLeaf()).isTrue();
    }

    @Test
    void objectsAreBuiltOnlyWhenAFolderIsOpened() {
        LazyTreeItem schema = (LazyTreeItem) CatalogTreeItems.schemas(catalog).get(0);
        assertThat(schema.isBuilt()).isFalse();
        LazyTreeItem tables = (LazyTreeItem) schema.getChildren().get(0);
        assertThat(tables.isBuilt()).isFalse();
        assertThat(tables.getChildren()).hasSize(3);
        assertThat(tables.isBuilt()).isTrue();
    }

    /** A TreeView looks up the row of every child added to an expanded item: 5,000 tables took seconds. */
    @Test
    void expandingASchemaBuildsItsFoldersObjectsWhileTheFoldersAreStillCollapsed() {
        LazyTreeItem schema = (LazyTreeItem) CatalogTreeItems.schemas(catalog).get(0);
        schema.setExpanded(true);
        LazyTreeItem tables = (LazyTreeItem) schema.getChildren().get(0);
        assertThat(tables.isExpanded()).isFalse();
        assertThat(tables.isBuilt()).as("built before the user opens the folder").isTrue();
        assertThat(tables.getChildren()).hasSize(3);
    }
}
