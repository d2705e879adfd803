package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;

/**
 * Creates and removes what the fallback needs: on PostgreSQL a publication of the migrated tables, a logical slot
 * ({@code pgoutput}) and {@code REPLICA IDENTITY FULL} on tables without a key; on MySQL the checkpoint tables and the
 * schema's triggers set aside. PostgreSQL's own triggers already wrote their effects, which the stream carries, so the
 * MySQL triggers must not fire a second time while the stream writes: their definitions are stored in
 * {@code dmspilot.fallback_triggers} before they are dropped, and created again by the rollback or the removal.
 */
final class FallbackSetup {
    private FallbackSetup() {
    }

    /** Publication, slot (kept when it exists) and replica identities; returns the slot's start LSN (0 if kept). */
    static long preparePostgres(Connection pg, String name, List<TablePair> tables) throws SQLException {
        pg.setAutoCommit(true);
        try (Statement s = pg.createStatement()) {
            for (TablePair t : tables) {
                if (t.primaryKey().isEmpty()) {
                    s.execute("ALTER TABLE " + t.qualifiedTarget() + " REPLICA IDENTITY FULL");
                }
            }
            String list = tables.stream().map(TablePair::qualifiedTarget).collect(Collectors.joining(", "));
            boolean exists = exists(pg, "SELECT 1 FROM pg_publication WHERE pubname = ?", name);
            s.execute((exists ? "ALTER PUBLICATION " + Sql.pg(name) + " SET TABLE " : "CREATE PUBLICATION "
                    + Sql.pg(name) + " FOR TABLE ") + list);
            if (exists(pg, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?", name)) {
                return 0;
            }
            try (PreparedStatement ps = pg.prepareStatement("SELECT lsn FROM pg_create_logical_replication_slot(?,"
                    + " 'pgoutput')")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return org.postgresql.replication.LogSequenceNumber.valueOf(rs.getString(1)).asLong();
                }
            }
        }
    }

    /** Drops the slot and the publication (the stream must be stopped: an active slot cannot be dropped). */
    static void dropPostgres(Connection pg, String name) throws SQLException {
        pg.setAutoCommit(true);
        if (exists(pg, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?", name)) {
            try (PreparedStatement ps = pg.prepareStatement("SELECT pg_drop_replication_slot(?)")) {
                ps.setString(1, name);
                ps.execute();
            }
        }
        try (Statement s = pg.createStatement()) {
            s.execute("DROP PUBLICATION IF EXISTS " + Sql.pg(name));
        }
    }

    /** Stores the definitions of the schema's triggers, then drops them (a re-run keeps what is stored). */
    static int setTriggersAside(Connection my, String schema) throws SQLException {
        List<String[]> triggers = new ArrayList<>();
        try (PreparedStatement ps = my.prepareStatement("SELECT TRIGGER_NAME, SQL_MODE FROM information_schema.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = ? ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, ACTION_ORDER")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    triggers.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] t : triggers) {
            String definition;
            try (Statement s = my.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TRIGGER "
                    + Sql.my(schema) + "." + Sql.my(t[0]))) {
                rs.next();
                definition = rs.getString("SQL Original Statement");
            }
            try (PreparedStatement ps = my.prepareStatement("INSERT IGNORE INTO " + FallbackCheckpoint.TRIGGERS
                    + " (schema_name, trigger_name, sql_mode, definition) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, schema);
                ps.setString(2, t[0]);
                ps.setString(3, t[1]);
                ps.setString(4, definition);
                ps.executeUpdate();
            }
            if (!my.getAutoCommit()) {
                my.commit();
            }
            try (Statement s = my.createStatement()) {
                s.execute("DROP TRIGGER " + Sql.my(schema) + "." + Sql.my(t[0]));
            }
        }
        return triggers.size();
    }

    /** Creates the set-aside triggers again, each with its stored sql_mode; returns how many. */
    static int restoreTriggers(Connection my, String schema) throws SQLException {
        List<String[]> stored = new ArrayList<>();
        try (PreparedStatement ps = my.prepareStatement("SELECT trigger_name, sql_mode, definition FROM "
                + FallbackCheckpoint.TRIGGERS + " WHERE schema_name = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 1146 || e.getErrorCode() == 1049) {
                return 0;
            }
            throw e;
        }
        String catalog = my.getCatalog();
        my.setCatalog(schema);
        try (Statement s = my.createStatement()) {
            for (String[] t : stored) {
                try (PreparedStatement mode = my.prepareStatement("SET SESSION sql_mode = ?")) {
                    mode.setString(1, t[1]);
                    mode.execute();
                }
                try {
                    s.execute(t[2]);
                } catch (SQLException e) {
                    if (e.getErrorCode() != 1359) { // already exists: restored before
                        throw new DmsPilotException("Could not create trigger " + t[0] + " again on the source: "
                                + e.getMessage() + ". Its definition stays in dmspilot.fallback_triggers.", e);
                    }
                }
                try (PreparedStatement ps = my.prepareStatement("DELETE FROM " + FallbackCheckpoint.TRIGGERS
                        + " WHERE schema_name = ? AND trigger_name = ?")) {
                    ps.setString(1, schema);
                    ps.setString(2, t[0]);
                    ps.executeUpdate();
                }
                if (!my.getAutoCommit()) {
                    my.commit();
                }
            }
        } finally {
            if (catalog != null) {
                my.setCatalog(catalog);
            }
        }
        return stored.size();
    }

    static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
