package org.dmspilot.gui.projecttree;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TreeItem;
import org.dmspilot.gui.projecttree.ProjectNode.Kind;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;

/** Catalog nodes under Source: schemas → Tables / Views / Routines / Triggers (with counts) → objects, lazily. */
public final class CatalogTreeItems {
    private CatalogTreeItems() {
    }

    public static List<TreeItem<ProjectNode>> schemas(Catalog catalog) {
        return catalog.schemas().stream().map(CatalogTreeItems::schema).toList();
    }

    static TreeItem<ProjectNode> schema(Schema s) {
        return new LazyTreeItem(new ProjectNode(Kind.SCHEMA, s.name(), lang("tree.objects", s.objectCount()), s),
                false,
                () -> List.of(
                        folder(lang("tree.tables"), s.tables(), Kind.TABLE, t -> t.name()),
                        folder(lang("tree.views"), s.views(), Kind.VIEW, v -> v.name()),
                        folder(lang("tree.routines"), s.routines(), Kind.ROUTINE, r -> r.name()),
                        folder(lang("tree.triggers"), s.triggers(), Kind.TRIGGER, t -> t.name())));
    }

    private static <T> TreeItem<ProjectNode> folder(String label, List<T> objects, Kind kind,
            Function<T, String> name) {
        return new LazyTreeItem(new ProjectNode(Kind.FOLDER, label, String.valueOf(objects.size())), objects.isEmpty(),
                () -> objects.stream().<TreeItem<ProjectNode>>map(o -> new LazyTreeItem(
                        new ProjectNode(kind, name.apply(o), "", o), true, List::of)).toList());
    }
}
