package org.dmspilot.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A MySQL database (= schema) and the objects in it. Lists are sorted by name; routines by name then type; triggers
 * by table, timing (BEFORE first), event and order, the order in which they fire.
 */
public record Schema(String name, String defaultCharset, String defaultCollation, List<Table> tables,
        List<View> views, List<Routine> routines, List<Trigger> triggers, List<Event> events) {
    public Schema {
        tables = Lists.copy(tables);
        views = Lists.copy(views);
        routines = Lists.copy(routines);
        triggers = Lists.copy(triggers);
        events = Lists.copy(events);
    }

    /**
     * Tables, views, routines, triggers and events: the objects the project tree and the assessment count (the
     * schema itself is not one of them).
     */
    public int objectCount() {
        return tables.size() + views.size() + routines.size() + triggers.size() + events.size();
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }
}
