package org.dmspilot.core.engine.cdc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dmspilot.core.engine.Sql;

/**
 * The foreign-key actions the binlog does not carry. InnoDB performs {@code ON DELETE / ON UPDATE CASCADE} and
 * {@code SET NULL} inside the storage engine, so the binlog has the parent's row event but none for the children
 * it changed; a replica is expected to have the same foreign keys and let them act. The applier runs with triggers
 * (and so PostgreSQL's foreign-key actions) off, so it performs them itself, recursively, from the target's
 * foreign keys. Repeating an action the binlog did carry changes nothing (the rows are already gone or null).
 */
final class ForeignKeyCascades {
    /** One foreign key with an action: child columns referencing parent columns. */
    private record Rule(String childName, String child, List<String> childColumns, List<String> parentColumns, char onDelete,
            char onUpdate) {
    }

    private final Map<String, List<Rule>> byParent = new HashMap<>();

    private ForeignKeyCascades() {
    }

    /** The actions of the foreign keys between tables of {@code pgSchema}. */
    static ForeignKeyCascades read(Connection target, String pgSchema) throws SQLException {
        ForeignKeyCascades f = new ForeignKeyCascades();
        try (PreparedStatement ps = target.prepareStatement("SELECT (SELECT relname FROM pg_class WHERE oid ="
                + " c.conrelid), (SELECT relname FROM pg_class WHERE oid = c.confrelid), ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),"
                + " ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a"
                + " ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i), c.confdeltype, c.confupdtype"
                + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = ?"
                + " AND c.contype = 'f' AND (c.confdeltype IN ('c', 'n', 'd') OR c.confupdtype IN ('c', 'n', 'd'))")) {
            ps.setString(1, pgSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    f.byParent.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Rule(rs.getString(1),
                            Sql.pg(pgSchema) + "." + Sql.pg(rs.getString(1)),
                            names(rs.getArray(3)), names(rs.getArray(4)), rs.getString(5).charAt(0),
                            rs.getString(6).charAt(0)));
                }
            }
        }
        return f;
    }

    private static List<String> names(Array a) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add(o.toString());
        }
        return out;
    }

    /** True when deleting or re-keying rows of {@code table} (target table name) may act on other rows. */
    boolean acts(String table) {
        return byParent.containsKey(table);
    }

    /** After a parent row was deleted: its children are deleted, set null or set to default. */
    void deleted(Connection c, String parent, Map<String, String> row) throws SQLException {
        for (Rule r : byParent.getOrDefault(parent, List.of())) {
            List<String> values = values(r.parentColumns(), row);
            if (values == null) {
                continue;
            }
            switch (r.onDelete()) {
                case 'c' -> {
                    for (Map<String, String> child : delete(c, r, values)) {
                        deleted(c, r.childName(), child);
                    }
                }
                case 'n' -> set(c, r, values, "NULL");
                case 'd' -> set(c, r, values, "DEFAULT");
                default -> {
                    // NO ACTION / RESTRICT: the source refused such deletes
                }
            }
        }
    }

    /** After a parent row's referenced columns changed from {@code before} to {@code after}. */
    void updated(Connection c, String parent, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        for (Rule r : byParent.getOrDefault(parent, List.of())) {
            List<String> old = values(r.parentColumns(), before);
            List<String> now = values(r.parentColumns(), after);
            if (old == null || old.equals(now)) {
                continue;
            }
            switch (r.onUpdate()) {
                case 'c' -> {
                    String sql = "UPDATE " + r.child() + " SET " + r.childColumns().stream().map(col -> Sql.pg(col)
                            + " = ?").collect(Collectors.joining(", ")) + " WHERE " + where(r);
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        int p = 1;
                        for (String v : now == null ? java.util.Collections.<String>nCopies(old.size(), null) : now) {
                            ps.setObject(p++, v, Types.OTHER);
                        }
                        for (String v : old) {
                            ps.setObject(p++, v, Types.OTHER);
                        }
                        ps.executeUpdate();
                    }
                }
                case 'n' -> set(c, r, old, "NULL");
                case 'd' -> set(c, r, old, "DEFAULT");
                default -> {
                    // NO ACTION / RESTRICT
                }
            }
        }
    }

    private List<Map<String, String>> delete(Connection c, Rule r, List<String> values) throws SQLException {
        List<String> returned = new ArrayList<>();
        for (Rule g : byParent.getOrDefault(r.childName(), List.of())) {
            g.parentColumns().stream().filter(col -> !returned.contains(col)).forEach(returned::add);
        }
        String sql = "DELETE FROM " + r.child() + " WHERE " + where(r) + (returned.isEmpty() ? "" : " RETURNING "
                + returned.stream().map(col -> Sql.pg(col) + "::text").collect(Collectors.joining(", ")));
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values, 1);
            if (returned.isEmpty()) {
                ps.executeUpdate();
                return rows;
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < returned.size(); i++) {
                        row.put(returned.get(i), rs.getString(i + 1));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void set(Connection c, Rule r, List<String> values, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + r.child() + " SET " + r.childColumns().stream()
                .map(col -> Sql.pg(col) + " = " + to).collect(Collectors.joining(", ")) + " WHERE " + where(r))) {
            bind(ps, values, 1);
            ps.executeUpdate();
        }
    }

    private static String where(Rule r) {
        return r.childColumns().stream().map(col -> Sql.pg(col) + " = ?").collect(Collectors.joining(" AND "));
    }

    private static void bind(PreparedStatement ps, List<String> values, int from) throws SQLException {
        int p = from;
        for (String v : values) {
            ps.setObject(p++, v, Types.OTHER);
        }
    }

    /** The row's values of {@code columns}, or null when one is NULL (such a row references nothing). */
    private static List<String> values(List<String> columns, Map<String, String> row) {
        List<String> out = new ArrayList<>(columns.size());
        for (String col : columns) {
            String v = row.get(col);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return out;
    }
}
