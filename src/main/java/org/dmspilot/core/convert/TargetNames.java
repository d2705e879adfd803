package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Unique, deterministic target names for sibling source objects — the tables of a schema, the columns of a table —
 * whose wanted names collide in PostgreSQL: MySQL tables {@code Case} and {@code case} (lower_case_table_names = 0)
 * both fold to {@code case}, long names meet after the 63-byte limit, a rename rule picks a name another object has.
 * A source name that already is its wanted name keeps it; the others claim theirs in code-point order, and a taken
 * name gets {@code _2}, {@code _3}... as index names do. The result depends only on the set of names and the rules,
 * so the converter and the engine (full load, CDC, validation), each computing it from the source, agree.
 */
public final class TargetNames {
    private TargetNames() {
    }

    /**
     * @param sourceNames the sibling source names (duplicates ignored)
     * @param wanted the target name one source name gets on its own (rules applied, lower case, at most 63 bytes)
     * @return source name → unique target name, in the order of {@code sourceNames}
     */
    public static Map<String, String> assign(Collection<String> sourceNames, UnaryOperator<String> wanted) {
        return assign(sourceNames, wanted, List.of());
    }

    /**
     * As {@link #assign(Collection, UnaryOperator)}, with {@code taken} target names already held by others (the
     * views of a schema after its tables: PostgreSQL keeps both in one namespace).
     */
    public static Map<String, String> assign(Collection<String> sourceNames, UnaryOperator<String> wanted,
            Collection<String> taken) {
        Map<String, String> wants = new LinkedHashMap<>();
        for (String s : new LinkedHashSet<>(sourceNames)) {
            wants.put(s, wanted.apply(s));
        }
        List<String> order = new ArrayList<>(wants.keySet());
        order.sort(Comparator.comparing((String s) -> !wants.get(s).equals(s)).thenComparing(Comparator.naturalOrder()));
        PgNames.Registry registry = new PgNames.Registry();
        taken.forEach(registry::claim);
        Map<String, String> claimed = new LinkedHashMap<>();
        for (String s : order) {
            claimed.put(s, registry.claim(wants.get(s)));
        }
        Map<String, String> out = new LinkedHashMap<>();
        wants.keySet().forEach(s -> out.put(s, claimed.get(s)));
        return out;
    }

    /** The action item of a name that had to change: which source object took the wanted name. */
    static MappedType.Note collision(String kind, String source, String target, String wanted, String holder) {
        return ActionCode.NAME_COLLISION.note(kind + " " + source
                + " becomes " + target + ": its PostgreSQL name " + wanted + " is taken by " + holder
                + " (PostgreSQL folds unquoted names to lower case and keeps 63 bytes).");
    }
}
