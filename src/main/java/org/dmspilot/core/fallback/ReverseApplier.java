package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;

/**
 * Writes PostgreSQL row changes into the MySQL/MariaDB source, in the caller's transaction. Tables with a primary key
 * are written by key, converging: an insert that finds its key updates it, an update that finds no row inserts it, a
 * delete of a missing row changes nothing (a replay after a crash or a resync ends in the same state). Tables without
 * a key (published with {@code REPLICA IDENTITY FULL}) are written as PostgreSQL wrote them: an update or delete
 * changes exactly one row equal on every column, and a row that cannot be found stops the stream instead of being
 * skipped. The session runs in strict mode, so a value MySQL would truncate or bend is an error, not a loss; foreign
 * key checks are off (PostgreSQL already checked them and sends the rows its cascades changed).
 */
final class ReverseApplier implements AutoCloseable {
    private final Connection my;
    private final Map<String, TablePair> tables;
    private final Map<Integer, Bound> relations = new HashMap<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    /** A relation of the stream bound to its MySQL table: per tuple position the column, or null when unmapped. */
    private record Bound(PgOutput.Relation relation, TablePair table, List<ColumnPair> columns, List<Integer> key,
            boolean keyed) {
    }

    /** @param tables the migrated tables, by their PostgreSQL name */
    ReverseApplier(Connection my, List<TablePair> tables) {
        this.my = my;
        this.tables = tables.stream().collect(Collectors.toMap(TablePair::target, t -> t));
    }

    /** Prepares the MySQL session: UTC, utf8mb4, strict, no foreign-key checks, explicit transactions. */
    static void prepareSession(Connection my) throws SQLException {
        try (Statement s = my.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
            s.execute("SET NAMES utf8mb4");
            s.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'");
            s.execute("SET foreign_key_checks = 0");
        }
        my.setAutoCommit(false);
    }

    void relation(PgOutput.Relation r) {
        TablePair t = tables.get(r.table());
        if (t == null) {
            throw new IllegalArgumentException("PostgreSQL table " + r.schema() + "." + r.table()
                    + " is published but has no MySQL table in the fallback's table list");
        }
        Map<String, ColumnPair> byTarget = t.columns().stream().collect(Collectors.toMap(ColumnPair::target, c -> c));
        List<ColumnPair> cols = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        for (int i = 0; i < r.columns().size(); i++) {
            PgOutput.Column c = r.columns().get(i);
            cols.add(byTarget.get(c.name()));
            if (c.key() && byTarget.containsKey(c.name())) {
                key.add(i);
            }
        }
        boolean keyed = r.identity() != 'f' && !key.isEmpty();
        relations.put(r.id(), new Bound(r, t, cols, keyed ? key : allMapped(cols), keyed));
    }

    private static List<Integer> allMapped(List<ColumnPair> cols) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i) != null) {
                all.add(i);
            }
        }
        return all;
    }

    /** Applies one change; returns rows changed (for the statistics). */
    void apply(PgOutput.Change c) throws SQLException {
        Bound b = bound(c.relationId());
        switch (c.op()) {
            case 'I' -> {
                if (b.keyed()) {
                    try {
                        insert(b, c.row());
                    } catch (SQLIntegrityConstraintViolationException duplicate) {
                        if (duplicate.getErrorCode() != 1062 || update(b, c.row(), c.row()) == 0) {
                            throw duplicate;
                        }
                    }
                } else {
                    insert(b, c.row());
                }
            }
            case 'U' -> {
                List<PgOutput.Value> old = c.old() != null ? c.old() : c.row();
                if (update(b, old, c.row()) == 0) {
                    if (!b.keyed()) {
                        throw missing(b, "update", old);
                    }
                    insert(b, c.row());
                }
            }
            case 'D' -> {
                int n = delete(b, c.old());
                if (n == 0 && !b.keyed()) {
                    throw missing(b, "delete", c.old());
                }
            }
            default -> throw new IllegalStateException("unknown change " + c.op());
        }
    }

    void truncate(PgOutput.Truncate t) throws SQLException {
        for (int id : t.relationIds()) {
            try (Statement s = my.createStatement()) {
                s.executeUpdate("DELETE FROM " + Sql.my(bound(id).table().source()));
            }
        }
    }

    private Bound bound(int relationId) {
        Bound b = relations.get(relationId);
        if (b == null) {
            throw new IllegalStateException("pgoutput sent a change of relation " + relationId
                    + " before describing it");
        }
        return b;
    }

    private void insert(Bound b, List<PgOutput.Value> row) throws SQLException {
        List<Integer> idx = present(b, row, true);
        String sql = "INSERT INTO " + Sql.my(b.table().source()) + " (" + idx.stream()
                .map(i -> Sql.my(b.columns().get(i).source())).collect(Collectors.joining(", ")) + ") VALUES ("
                + idx.stream().map(i -> "?").collect(Collectors.joining(", ")) + ")";
        PreparedStatement ps = statement(sql);
        int p = 1;
        for (int i : idx) {
            ReverseValues.bind(ps, p++, b.columns().get(i), row.get(i).text());
        }
        ps.executeUpdate();
    }

    private int update(Bound b, List<PgOutput.Value> old, List<PgOutput.Value> row) throws SQLException {
        List<Integer> set = present(b, row, false);
        String sql = "UPDATE " + Sql.my(b.table().source()) + " SET " + set.stream()
                .map(i -> Sql.my(b.columns().get(i).source()) + " = ?").collect(Collectors.joining(", "))
                + where(b, old);
        PreparedStatement ps = statement(sql);
        int p = 1;
        for (int i : set) {
            ReverseValues.bind(ps, p++, b.columns().get(i), row.get(i).text());
        }
        bindKey(ps, p, b, old);
        return ps.executeUpdate();
    }

    private int delete(Bound b, List<PgOutput.Value> old) throws SQLException {
        PreparedStatement ps = statement("DELETE FROM " + Sql.my(b.table().source()) + where(b, old));
        bindKey(ps, 1, b, old);
        return ps.executeUpdate();
    }

    /** {@code WHERE} on the key (one row by key), or on every column with {@code <=>} and {@code LIMIT 1}. */
    private static String where(Bound b, List<PgOutput.Value> old) {
        String cond = b.key().stream().filter(i -> !skipInMatch(b, i, old))
                .map(i -> Sql.my(b.columns().get(i).source()) + (b.keyed() ? " = ?" : " <=> ?"))
                .collect(Collectors.joining(" AND "));
        return " WHERE " + cond + (b.keyed() ? "" : " LIMIT 1");
    }

    private static void bindKey(PreparedStatement ps, int from, Bound b, List<PgOutput.Value> old)
            throws SQLException {
        int p = from;
        for (int i : b.key()) {
            if (!skipInMatch(b, i, old)) {
                ReverseValues.bind(ps, p++, b.columns().get(i), old.get(i).text());
            }
        }
    }

    /**
     * Columns a key-less match leaves out: JSON (MySQL keeps its own text form, so text equality would miss the
     * row) and values PostgreSQL did not send.
     */
    private static boolean skipInMatch(Bound b, int i, List<PgOutput.Value> old) {
        return old.get(i).unchanged() || !b.keyed()
                && b.columns().get(i).kind() == org.dmspilot.core.engine.ValueKind.JSON;
    }

    /** Mapped columns with a value ({@code u}, an unchanged TOAST value, is left alone in an update). */
    private static List<Integer> present(Bound b, List<PgOutput.Value> row, boolean insert) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (b.columns().get(i) == null) {
                continue;
            }
            if (row.get(i).unchanged()) {
                if (insert) {
                    throw new IllegalArgumentException("table " + b.table().target() + ": PostgreSQL did not send"
                            + " column " + b.columns().get(i).target() + " (an unchanged TOAST value) for a row"
                            + " MySQL does not have; set REPLICA IDENTITY FULL on it");
                }
                continue;
            }
            idx.add(i);
        }
        return idx;
    }

    private IllegalStateException missing(Bound b, String op, List<PgOutput.Value> old) {
        return new IllegalStateException("table " + b.table().source() + " has no key and MySQL has no row equal to"
                + " the one PostgreSQL changed (" + op + " of " + old.stream().map(v -> v.isNull() ? "NULL"
                : v.unchanged() ? "?" : v.text()).collect(Collectors.joining(", ")) + "): the two have diverged;"
                + " the stream stops instead of skipping the change");
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = my.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // the connection is closed with it
            }
        }
        statements.clear();
    }
}
