package org.dmspilot.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dmspilot.core.catalog.SourceDdl;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/**
 * Every object of a catalog by qualified name, and which object an action item is about: the longest prefix of the
 * item's object name that names an object ({@code shop.orders.total} → table {@code shop.orders}). When a table and
 * a routine share a name, the table wins (it is registered first).
 */
final class ObjectIndex {
    private final List<SourceObject> objects = new ArrayList<>();
    private final Map<String, SourceObject> byName = new HashMap<>();

    ObjectIndex(Catalog catalog) {
        for (Schema s : catalog.schemas()) {
            add(s.name(), ObjectCategory.SCHEMA, 0);
            for (Table t : s.tables()) {
                add(s.name() + "." + t.name(), ObjectCategory.TABLE, lines(SourceDdl.table(t)));
            }
            for (View v : s.views()) {
                add(s.name() + "." + v.name(), ObjectCategory.VIEW, lines(SourceDdl.view(v)));
            }
            for (Routine r : s.routines()) {
                add(s.name() + "." + r.name(), r.type() == Routine.Type.FUNCTION ? ObjectCategory.FUNCTION
                        : ObjectCategory.PROCEDURE, lines(SourceDdl.routine(r)));
            }
            for (Trigger t : s.triggers()) {
                add(s.name() + "." + t.name(), ObjectCategory.TRIGGER, lines(t.body()) + 2);
            }
            for (Event e : s.events()) {
                add(s.name() + "." + e.name(), ObjectCategory.EVENT, lines(e.body()) + 2);
            }
        }
    }

    private void add(String name, ObjectCategory category, long lines) {
        SourceObject o = new SourceObject(name, category, lines);
        objects.add(o);
        byName.putIfAbsent(key(name), o);
    }

    /** Every object, schema by schema, in category order within a schema. */
    List<SourceObject> objects() {
        return objects;
    }

    /** The object an action item's object name points at, if any. */
    Optional<SourceObject> find(String itemObject) {
        if (itemObject == null) {
            return Optional.empty();
        }
        String name = key(itemObject);
        while (true) {
            SourceObject o = byName.get(name);
            if (o != null) {
                return Optional.of(o);
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            name = name.substring(0, dot);
        }
    }

    static long lines(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().lines().count();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
