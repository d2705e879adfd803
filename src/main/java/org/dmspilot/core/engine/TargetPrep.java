package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The target side of a full load, in one place: the {@code dmspilot} checkpoint schema, primary keys, secondary
 * indexes, unique constraints and foreign keys dropped before the load (their definitions kept in
 * {@code dmspilot.deferred_ddl}, so a cancelled or crashed load loses nothing) and rebuilt after it, identities
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
    }

    /** Drops the schema's keys, secondary indexes, unique constraints and foreign keys, keeping their DDL. */
    static int defer(Connection c, String schema) throws SQLException {
        List<String[]> objects = new ArrayList<>(); // {drop, create, name}
        try (PreparedStatement ps = c.prepareStatement("SELECT c.conrelid::regclass::text, c.conname,"
                + " pg_get_constraintdef(c.oid), c.contype FROM pg_constraint c"
                + " JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = ? AND c.contype IN ('f', 'p', 'u')"
                + " ORDER BY c.contype, c.conname")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = Sql.pg(rs.getString(2));
                    objects.add(new String[] {"ALTER TABLE " + table + " DROP CONSTRAINT " + name,
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + rs.getString(3),
                            rs.getString(4) + " " + rs.getString(2)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT i.indexrelid::regclass::text,"
                + " pg_get_indexdef(i.indexrelid), ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                + " JOIN pg_namespace n ON n.oid = ic.relnamespace WHERE n.nspname = ? AND NOT i.indisprimary"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
                + " AND k.contype IN ('p', 'u', 'x')) ORDER BY ic.relname")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    objects.add(new String[] {"DROP INDEX " + rs.getString(1), rs.getString(2),
                            "index " + rs.getString(3)});
                }
            }
        }
        // foreign keys ('f') sort before primary keys ('p') and unique constraints ('u'): dropped first, recreated last
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + DEFERRED
                + " (schema_name, object_name, create_sql) VALUES (?, ?, ?)")) {
            for (String[] o : objects) {
                exec(c, o[0]);
                ins.setString(1, schema);
                ins.setString(2, o[2]);
                ins.setString(3, o[1]);
                ins.addBatch();
            }
            ins.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return objects.size();
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

    /**
     * In one transaction: rebuild the deferred objects, restart identities after the loaded maximum and mark the
     * checkpoint {@code loaded} at the snapshot position.
     */
    static int finish(Connection c, String schema, List<TablePair> tables, Optional<BinlogPosition> position)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<String> creates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT create_sql FROM " + DEFERRED
                    + " WHERE schema_name = ? ORDER BY seq DESC")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        creates.add(rs.getString(1));
                    }
                }
            }
            for (String sql : creates) {
                exec(c, sql);
            }
            restartIdentities(c, schema);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + DEFERRED + " WHERE schema_name = ?")) {
                ps.setString(1, schema);
                ps.executeUpdate();
            }
            checkpoint(c, schema, "loaded", position, tables.size() + " tables loaded");
            c.commit();
            return creates.size();
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
