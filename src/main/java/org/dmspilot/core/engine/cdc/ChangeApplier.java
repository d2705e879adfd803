package org.dmspilot.core.engine.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dmspilot.core.engine.BinlogPosition;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies batches of source transactions to PostgreSQL, each batch in one transaction that also moves the
 * checkpoint: a crash anywhere leaves either the whole batch and its position, or neither.
 *
 * <p>Fast path: per table with a primary key, the batch's changes are folded to each key's final state and written
 * as one multi-row DELETE and one multi-row {@code INSERT ... ON CONFLICT DO UPDATE}. When that meets a unique
 * violation (a unique key whose values move between rows inside the batch), the batch is rolled back and replayed
 * change by change in source order. Tables without a primary key are always applied in source order, matching a
 * single row on all its columns. Triggers and foreign-key checks are off ({@code session_replication_role =
 * replica}), as for any replica.
 */
final class ChangeApplier {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeApplier.class);
    private static final int MAX_PARAMS = 30_000;
    /** From this many folded rows of one table on, they travel by COPY into a staging table. */
    private static final int STAGE_AT = 64;
    private final Connection target;
    private final String pgSchema;
    private final Map<String, CdcTable> tables;
    private final CdcStats stats;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final ForeignKeyCascades cascades;
    private final Map<CdcTable, String> stageTables = new HashMap<>();
    private final java.util.Set<String> createdStages = new java.util.HashSet<>();

    ChangeApplier(Connection target, String pgSchema, Map<String, CdcTable> tables, CdcStats stats)
            throws SQLException {
        this.target = target;
        this.pgSchema = pgSchema;
        this.tables = tables;
        this.stats = stats;
        try (Statement s = target.createStatement()) {
            s.execute("SET session_replication_role = replica");
        }
        target.setAutoCommit(false);
        cascades = ForeignKeyCascades.read(target, pgSchema);
        target.commit();
    }

    /** A decoded change. */
    private record Change(CdcTable table, Op op, String[] before, String[] after) {
    }

    /**
     * Applies row transactions (no DDL) and moves the checkpoint to the last one's end, in one transaction.
     *
     * @return the number of row changes applied
     */
    int apply(List<SourceTransaction> batch, String status) throws SQLException {
        List<Change> changes = new ArrayList<>();
        List<Object[]> pauses = new ArrayList<>(); // {table, reason, position}
        for (SourceTransaction tx : batch) {
            for (RawChange raw : tx.changes()) {
                CdcTable t = tables.get(raw.table());
                if (t == null || t.pausedReason() != null) {
                    continue;
                }
                try {
                    changes.add(new Change(t, raw.op(), raw.before() == null ? null : t.decode(raw.before()),
                            raw.after() == null ? null : t.decode(raw.after())));
                } catch (CdcTable.TableShapeException e) {
                    t.pause(e.getMessage() + ". Reload the table to resume it.");
                    pauses.add(new Object[] {t, t.pausedReason(), tx.end()});
                }
            }
        }
        SourceTransaction last = batch.get(batch.size() - 1);
        boolean inOrder = changes.stream().anyMatch(c -> c.op() != Op.INSERT
                && cascades.acts(c.table().pair().target()));
        try {
            if (inOrder) {
                for (Change c : changes) {
                    exact(c); // foreign-key actions depend on the order of changes across tables
                }
            } else {
                fast(changes);
            }
            recordPauses(pauses);
            CdcCheckpoint.advance(target, pgSchema, last.end(), last.skip(), status, null, last.gtids());
            target.commit();
        } catch (SQLException e) {
            target.rollback();
            createdStages.clear(); // staging tables created in this transaction are gone
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            LOG.debug("unique violation in the folded batch, replaying in source order: {}", e.getMessage());
            try {
                for (Change c : changes) {
                    exact(c);
                }
                recordPauses(pauses);
                CdcCheckpoint.advance(target, pgSchema, last.end(), last.skip(), status, null, last.gtids());
                target.commit();
            } catch (SQLException again) {
                target.rollback();
                throw again;
            }
        }
        for (Change c : changes) {
            stats.count(c.table().pair().source(), c.op());
        }
        return changes.size();
    }

    private void recordPauses(List<Object[]> pauses) throws SQLException {
        for (Object[] p : pauses) {
            pause((CdcTable) p[0], (String) p[1], (BinlogPosition) p[2]);
        }
    }

    /**
     * Pauses a table inside the current transaction: its changes are skipped from now on, with the reason recorded
     * beside the checkpoint ({@code dmspilot.cdc_paused}).
     */
    void pause(CdcTable t, String reason, BinlogPosition at) throws SQLException {
        t.pause(reason);
        LOG.warn("CDC paused table {}: {}", t.pair().source(), reason);
        org.dmspilot.core.engine.CdcCheckpoint.pause(target, pgSchema, t.pair().source(), reason,
                java.util.Optional.of(at));
    }

    private void fast(List<Change> changes) throws SQLException {
        Map<CdcTable, LinkedHashMap<List<String>, String[]>> finals = new LinkedHashMap<>();
        List<Change> ordered = new ArrayList<>();
        for (Change c : changes) {
            if (!c.table().hasKey()) {
                ordered.add(c);
                continue;
            }
            LinkedHashMap<List<String>, String[]> state = finals.computeIfAbsent(c.table(), k -> new LinkedHashMap<>());
            switch (c.op()) {
                case INSERT -> state.put(c.table().key(c.after()), c.after());
                case DELETE -> state.put(c.table().key(c.before()), null);
                case UPDATE -> {
                    List<String> oldKey = c.table().key(c.before());
                    List<String> newKey = c.table().key(c.after());
                    if (!oldKey.equals(newKey)) {
                        state.put(oldKey, null);
                    }
                    state.put(newKey, c.after());
                }
            }
        }
        for (var e : finals.entrySet()) {
            List<List<String>> deletes = new ArrayList<>();
            List<String[]> upserts = new ArrayList<>();
            for (var s : e.getValue().entrySet()) {
                if (s.getValue() == null) {
                    deletes.add(s.getKey());
                } else {
                    upserts.add(s.getValue());
                }
            }
            if (deletes.size() + upserts.size() >= STAGE_AT) {
                staged(e.getKey(), deletes, upserts);
            } else {
                deleteKeys(e.getKey(), deletes);
                upsert(e.getKey(), upserts);
            }
        }
        for (Change c : ordered) {
            exact(c);
        }
    }

    /** One change, in source order, with the foreign-key actions the source performed without row events. */
    private void exact(Change c) throws SQLException {
        write(c);
        CdcTable t = c.table();
        if (c.op() != Op.INSERT && cascades.acts(t.pair().target())) {
            if (c.op() == Op.DELETE) {
                cascades.deleted(target, t.pair().target(), byColumn(t, c.before()));
            } else {
                cascades.updated(target, t.pair().target(), byColumn(t, c.before()), byColumn(t, c.after()));
            }
        }
    }

    private static Map<String, String> byColumn(CdcTable t, String[] row) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            m.put(t.columns().get(i).target(), row[i]);
        }
        return m;
    }

    private void write(Change c) throws SQLException {
        CdcTable t = c.table();
        if (t.hasKey()) {
            if (c.op() != Op.INSERT) {
                List<String> oldKey = t.key(c.before());
                if (c.op() == Op.DELETE || !oldKey.equals(t.key(c.after()))) {
                    deleteKeys(t, List.of(oldKey));
                }
            }
            if (c.op() != Op.DELETE) {
                upsert(t, List.<String[]>of(c.after()));
            }
            return;
        }
        switch (c.op()) {
            case INSERT -> upsert(t, List.<String[]>of(c.after()));
            case DELETE -> matchOne(t, "DELETE FROM " + t.pair().qualifiedTarget(), null, c.before());
            case UPDATE -> matchOne(t, "UPDATE " + t.pair().qualifiedTarget() + " SET " + t.columns().stream()
                    .map(col -> Sql.pg(col.target()) + " = ?").collect(Collectors.joining(", ")), c.after(),
                    c.before());
        }
    }

    /**
     * Large folded batches: keys and rows are copied (COPY, text format) into temporary staging tables emptied at
     * commit, then deleted and upserted with one set-based statement each.
     */
    private void staged(CdcTable t, List<List<String>> deletes, List<String[]> upserts) throws SQLException {
        String stage = stageTables.computeIfAbsent(t, k -> "dmspilot_stage_" + stageTables.size());
        List<ColumnPair> cols = t.columns();
        String keyCols = java.util.Arrays.stream(t.keyIndex()).mapToObj(i -> Sql.pg(cols.get(i).target()))
                .collect(Collectors.joining(", "));
        String allCols = cols.stream().map(c -> Sql.pg(c.target())).collect(Collectors.joining(", "));
        if (!createdStages.contains(stage)) {
            try (Statement s = target.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + "_k ON COMMIT DELETE ROWS AS SELECT "
                        + keyCols + " FROM " + t.pair().qualifiedTarget() + " WITH NO DATA");
                s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + "_r ON COMMIT DELETE ROWS AS SELECT "
                        + allCols + " FROM " + t.pair().qualifiedTarget() + " WITH NO DATA");
            }
            createdStages.add(stage);
        }
        org.postgresql.copy.CopyManager copy = target.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        try (Statement s = target.createStatement()) {
            if (!deletes.isEmpty()) {
                StringBuilder buf = new StringBuilder();
                for (List<String> key : deletes) {
                    CopyText.row(buf, key);
                }
                copy.copyIn("COPY " + stage + "_k FROM STDIN", new java.io.StringReader(buf.toString()));
                s.execute("DELETE FROM " + t.pair().qualifiedTarget() + " t USING " + stage + "_k k WHERE "
                        + java.util.Arrays.stream(t.keyIndex()).mapToObj(i -> "t." + Sql.pg(cols.get(i).target())
                                + " = k." + Sql.pg(cols.get(i).target())).collect(Collectors.joining(" AND ")));
            }
            if (!upserts.isEmpty()) {
                StringBuilder buf = new StringBuilder();
                for (String[] row : upserts) {
                    CopyText.row(buf, java.util.Arrays.asList(row));
                }
                copy.copyIn("COPY " + stage + "_r FROM STDIN", new java.io.StringReader(buf.toString()));
                s.execute(upsertHead(t) + " SELECT " + allCols + " FROM " + stage + "_r" + conflict(t));
            }
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into the staging table failed: " + e.getMessage(), e);
        }
    }

    private void deleteKeys(CdcTable t, List<List<String>> keys) throws SQLException {
        int width = t.keyIndex().length;
        int perStatement = Math.max(1, Math.min(1000, MAX_PARAMS / width));
        String keyList = "(" + java.util.Arrays.stream(t.keyIndex()).mapToObj(i -> Sql.pg(t.columns().get(i).target()))
                .collect(Collectors.joining(", ")) + ")";
        for (int from = 0; from < keys.size(); from += perStatement) {
            List<List<String>> part = keys.subList(from, Math.min(keys.size(), from + perStatement));
            PreparedStatement ps = statement(t, "delete", part.size(), () -> "DELETE FROM " + t.pair().qualifiedTarget()
                    + " WHERE " + keyList + " IN (" + repeat("(" + marks(width) + ")", part.size()) + ")");
            int p = 1;
            for (List<String> key : part) {
                for (String v : key) {
                    ps.setObject(p++, v, Types.OTHER);
                }
            }
            ps.executeUpdate();
        }
    }

    private void upsert(CdcTable t, List<String[]> rows) throws SQLException {
        List<ColumnPair> cols = t.columns();
        int perStatement = Math.max(1, Math.min(1000, MAX_PARAMS / cols.size()));
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<String[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
            PreparedStatement ps = statement(t, "upsert", part.size(), () -> upsertSql(t, part.size()));
            int p = 1;
            for (String[] row : part) {
                for (String v : row) {
                    ps.setObject(p++, v, Types.OTHER);
                }
            }
            ps.executeUpdate();
        }
    }

    private static String upsertSql(CdcTable t, int rows) {
        return upsertHead(t) + " VALUES " + repeat("(" + marks(t.columns().size()) + ")", rows) + conflict(t);
    }

    private static String upsertHead(CdcTable t) {
        return "INSERT INTO " + t.pair().qualifiedTarget() + " (" + t.columns().stream().map(c -> Sql.pg(c.target()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The ON CONFLICT clause of an upsert (none for a table without a key). */
    private static String conflict(CdcTable t) {
        List<ColumnPair> cols = t.columns();
        StringBuilder sql = new StringBuilder();
        if (t.hasKey()) {
            String key = java.util.Arrays.stream(t.keyIndex()).mapToObj(i -> Sql.pg(cols.get(i).target()))
                    .collect(Collectors.joining(", "));
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                final int idx = i;
                if (java.util.Arrays.stream(t.keyIndex()).noneMatch(k -> k == idx)) {
                    rest.add(Sql.pg(cols.get(i).target()) + " = EXCLUDED." + Sql.pg(cols.get(i).target()));
                }
            }
            sql.append(" ON CONFLICT (").append(key).append(") DO ")
                    .append(rest.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", rest));
        }
        return sql.toString();
    }

    /** UPDATE / DELETE of one row equal on every column to {@code match} (tables without a primary key). */
    private void matchOne(CdcTable t, String head, String[] set, String[] match) throws SQLException {
        List<ColumnPair> cols = t.columns();
        StringBuilder where = new StringBuilder();
        for (ColumnPair c : cols) {
            where.append(where.length() == 0 ? "" : " AND ").append(matchExpression(c));
        }
        String sql = head + " WHERE ctid = (SELECT ctid FROM " + t.pair().qualifiedTarget() + " WHERE " + where
                + " LIMIT 1)";
        PreparedStatement ps = statement(t, head.startsWith("DELETE") ? "match-delete" : "match-update", 1,
                () -> sql);
        int p = 1;
        if (set != null) {
            for (String v : set) {
                ps.setObject(p++, v, Types.OTHER);
            }
        }
        for (String v : match) {
            ps.setObject(p++, v, Types.OTHER);
        }
        if (ps.executeUpdate() != 1) {
            LOG.warn("CDC: no row of {} (no primary key) matched a {} from the source", t.pair().qualifiedTarget(),
                    set == null ? "delete" : "update");
        }
    }

    private static String matchExpression(ColumnPair c) {
        String col = Sql.pg(c.target());
        String type = c.targetType().toLowerCase();
        if (type.equals("json")) {
            return col + "::jsonb IS NOT DISTINCT FROM CAST(? AS jsonb)";
        }
        return col + " IS NOT DISTINCT FROM ?";
    }

    private PreparedStatement statement(CdcTable t, String kind, int rows, java.util.function.Supplier<String> sql)
            throws SQLException {
        String key = t.pair().qualifiedTarget() + "|" + kind + "|" + rows + "|" + System.identityHashCode(t);
        PreparedStatement ps = statements.get(key);
        if (ps == null) {
            if (statements.size() > 500) {
                for (PreparedStatement old : statements.values()) {
                    old.close();
                }
                statements.clear();
            }
            ps = target.prepareStatement(sql.get());
            statements.put(key, ps);
        }
        return ps;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String repeat(String group, int n) {
        return String.join(", ", java.util.Collections.nCopies(n, group));
    }

    /**
     * Applies DDL statements to the target, records the table's new source columns (when given) and moves the
     * checkpoint, in one transaction.
     */
    void applyDdl(List<String> pgStatements, String table, List<SourceColumn> columns, SourceTransaction at,
            String status, String message) throws SQLException {
        try (Statement s = target.createStatement()) {
            for (String sql : pgStatements) {
                s.execute(sql);
            }
            if (table != null) {
                CdcTables.record(target, pgSchema, table, columns);
            }
            CdcCheckpoint.advance(target, pgSchema, at.end(), 0, status, message, at.gtids());
            target.commit();
        } catch (SQLException e) {
            target.rollback();
            throw e;
        }
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
        try (Statement s = target.createStatement()) {
            s.execute("DISCARD TEMP"); // staging tables have the old columns
            target.commit();
        }
        stageTables.clear();
        createdStages.clear();
    }

    /** Commits a pause or a skipped DDL with the checkpoint moved past it. */
    void commitAt(SourceTransaction at, String status, String message) throws SQLException {
        applyDdl(List.of(), null, null, at, status, message);
    }
}
