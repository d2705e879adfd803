package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dmspilot.core.progress.ProgressListener;

/**
 * The target side of a full load, in one place: the {@code dmspilot} checkpoint schema, primary keys, secondary
 * indexes, unique constraints and foreign keys dropped before the load and rebuilt after it ({@link DeferredObjects};
 * their definitions kept in {@code dmspilot.deferred_ddl}, so a cancelled or crashed load loses nothing), identities
 * restarted, and the checkpoint row.
 */
final class TargetPrep {
    static final String CHECKPOINT = "dmspilot.checkpoint";
    static final String DEFERRED = "dmspilot.deferred_ddl";

    private TargetPrep() {
    }

    static void ensureTables(Connection c) throws SQLException {
        exec(c, "CREATE SCHEMA IF NOT EXISTS dmspilot");
        exec(c, "CREATE TABLE IF NOT EXISTS " + CHECKPOINT + " (schema_name text PRIMARY KEY, mode text NOT NULL,"
                + " status text NOT NULL, binlog_file text, binlog_position bigint, started_at timestamptz NOT NULL,"
                + " updated_at timestamptz NOT NULL, message text)");
        exec(c, "CREATE TABLE IF NOT EXISTS " + DEFERRED + " (schema_name text NOT NULL, seq serial,"
                + " object_name text NOT NULL, create_sql text NOT NULL, PRIMARY KEY (schema_name, seq))");
        DeferredObjects.ensureColumns(c);
        LoadProgress.ensureTable(c);
    }

    /** Drops the schema's keys, secondary indexes, unique constraints and foreign keys, keeping their DDL. */
    static int defer(Connection c, String schema) throws SQLException {
        return DeferredObjects.defer(c, schema);
    }

    static void truncate(Connection c, List<TablePair> tables) throws SQLException {
        if (!tables.isEmpty()) {
            exec(c, "TRUNCATE " + String.join(", ", tables.stream().map(TablePair::qualifiedTarget).toList()));
        }
    }

    static void checkpoint(Connection c, String schema, String status, Optional<BinlogPosition> position,
            String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + CHECKPOINT + " AS k (schema_name, mode,"
                + " status, binlog_file, binlog_position, started_at, updated_at, message)"
                + " VALUES (?, 'full-load', ?, ?, ?, now(), now(), ?) ON CONFLICT (schema_name) DO UPDATE SET"
                + " mode = excluded.mode, status = excluded.status, binlog_file = excluded.binlog_file,"
                + " binlog_position = excluded.binlog_position, updated_at = now(), message = excluded.message,"
                + " started_at = CASE WHEN excluded.status = 'loading' THEN now() ELSE k.started_at END")) {
            ps.setString(1, schema);
            ps.setString(2, status);
            ps.setString(3, position.map(BinlogPosition::file).orElse(null));
            ps.setObject(4, position.map(BinlogPosition::position).orElse(null));
            ps.setString(5, message);
            ps.executeUpdate();
        }
    }

    /** As {@link #finish(Connection, ConnectionFactory, int, String, List, Optional, Map, ProgressListener)} with
     * every table loaded; returns the number of objects rebuilt. */
    static int finish(Connection c, ConnectionFactory target, int workers, String schema, List<TablePair> tables,
            Optional<BinlogPosition> position, ProgressListener progress) throws SQLException {
        return finish(c, target, workers, schema, tables, position, Map.of(), progress).objects();
    }

    /** What the rebuild did: objects rebuilt, and foreign keys kept aside because a table was not loaded. */
    record Rebuilt(int objects, List<String> keptAside) {
    }

    /**
     * Rebuilds the deferred indexes ({@code workers} at a time, see {@link DeferredObjects}), then in one
     * transaction attaches the keys, adds the foreign keys, restarts identities after the loaded maximum, pauses
     * the tables not loaded for CDC ({@code dmspilot.cdc_paused}, with their reasons) and marks the checkpoint
     * {@code loaded} at the snapshot position.
     *
     * @param notLoaded source table → why it was not loaded (left empty); their foreign keys from loaded rows stay
     *     deferred
     */
    static Rebuilt finish(Connection c, ConnectionFactory target, int workers, String schema, List<TablePair> tables,
            Optional<BinlogPosition> position, Map<String, String> notLoaded, ProgressListener progress)
            throws SQLException {
        List<DeferredObjects.Item> items = DeferredObjects.stored(c, schema);
        DeferredObjects.buildIndexes(target, workers, items, progress);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<String> keptAside = DeferredObjects.attach(c, schema, items, !notLoaded.isEmpty());
            restartIdentities(c, schema);
            for (var e : notLoaded.entrySet()) {
                CdcCheckpoint.pause(c, schema, e.getKey(), e.getValue(), position);
            }
            long loaded = tables.stream().filter(t -> !notLoaded.containsKey(t.source())).count();
            String message = loaded + " tables loaded" + (notLoaded.isEmpty() ? ""
                    : "; not loaded (left empty, paused for CDC): " + String.join(", ", new TreeSet<>(
                            notLoaded.keySet())) + (keptAside.isEmpty() ? "" : "; foreign keys kept in " + DEFERRED
                            + " until they load: " + String.join(", ", keptAside)));
            checkpoint(c, schema, "loaded", position, message);
            c.commit();
            return new Rebuilt(items.size() - keptAside.size(), List.copyOf(keptAside));
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void restartIdentities(Connection c, String schema) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM"
                + " information_schema.columns WHERE table_schema = ? AND is_identity = 'YES'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    identities.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] id : identities) {
            String table = Sql.pg(schema) + "." + Sql.pg(id[0]);
            String col = Sql.pg(id[1]);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT max(" + col + ") FROM " + table)) {
                rs.next();
                String max = rs.getString(1);
                if (max != null) {
                    exec(c, "ALTER TABLE " + table + " ALTER COLUMN " + col + " RESTART WITH "
                            + new java.math.BigInteger(max).add(java.math.BigInteger.ONE));
                }
            }
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
