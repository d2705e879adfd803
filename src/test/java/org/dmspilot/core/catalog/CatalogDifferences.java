package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.View;

/** Compares two schemas object by object and says what differs (size statistics, which dumps lack, ignored). */
final class CatalogDifferences {
    private CatalogDifferences() {
    }

    static List<String> between(Schema live, Schema dump) {
        List<String> out = new ArrayList<>();
        compare(out, "table", live.tables(), dump.tables(), Table::name,
                t -> new Table(t.name(), t.engine(), t.collation(), null, null, t.autoIncrement(), t.partitioning(),
                        t.comment(), t.columns(), t.indexes(), t.foreignKeys(), t.checks()));
        // MySQL's live catalog cannot know a view's ALGORITHM (information_schema.VIEWS has no such column); its dump can
        boolean algorithmUnknown = live.views().stream().allMatch(v -> v.algorithm() == null);
        compare(out, "view", live.views(), dump.views(), v -> v.name(), v -> algorithmUnknown
                ? new View(v.name(), v.definition(), null, v.security(), v.checkOption(), v.definer()) : v);
        compare(out, "routine", live.routines(), dump.routines(), r -> r.type() + " " + r.name(), r -> r);
        compare(out, "trigger", live.triggers(), dump.triggers(), t -> t.name(), t -> t);
        compare(out, "event", live.events(), dump.events(), e -> e.name(), e -> e);
        return out;
    }

    /** The record components (and list elements) that differ, live vs dump. */
    private static String fields(Object live, Object dump) {
        if (live instanceof Record && dump instanceof Record && live.getClass() == dump.getClass()) {
            List<String> diffs = new ArrayList<>();
            for (var c : live.getClass().getRecordComponents()) {
                try {
                    Object x = c.getAccessor().invoke(live);
                    Object y = c.getAccessor().invoke(dump);
                    if (!java.util.Objects.equals(x, y)) {
                        diffs.add(c.getName() + ": " + fields(x, y));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return "{" + String.join("; ", diffs) + "}";
        }
        if (live instanceof List<?> x && dump instanceof List<?> y && x.size() == y.size()) {
            List<String> diffs = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                if (!x.get(i).equals(y.get(i))) {
                    diffs.add("[" + i + "] " + fields(x.get(i), y.get(i)));
                }
            }
            return String.join(", ", diffs);
        }
        return "live=" + live + " dump=" + dump;
    }

    private static <T> void compare(List<String> out, String kind, List<T> live, List<T> dump,
            Function<T, String> key, Function<T, T> comparable) {
        Map<String, T> a = live.stream().collect(Collectors.toMap(key, comparable));
        Map<String, T> b = dump.stream().collect(Collectors.toMap(key, comparable));
        if (!a.keySet().equals(b.keySet())) {
            out.add(kind + " names differ: live " + a.keySet() + " dump " + b.keySet());
        }
        for (String name : a.keySet()) {
            if (b.containsKey(name) && !a.get(name).equals(b.get(name))) {
                out.add(kind + " " + name + " differs: " + fields(a.get(name), b.get(name)));
            }
        }
        if (live.stream().map(key).toList().equals(dump.stream().map(key).toList()) == false
                && a.keySet().equals(b.keySet())) {
            out.add(kind + " order differs");
        }
    }
}
