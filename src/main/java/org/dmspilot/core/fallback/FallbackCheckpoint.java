package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The fallback stream's checkpoint, kept on the MySQL/MariaDB side in the database {@code dmspilot} (never in the
 * migrated schema): the end LSN of the last PostgreSQL transaction applied, written in the same MySQL transaction as
 * the rows it applied, so a crash at any point resumes exactly once. The stream also writes its heartbeat, lag and a
 * stop request here, so {@code dmspilot fallback status|stop} and the GUI see a stream running in another process.
 */
final class FallbackCheckpoint {
    static final String DB = "`dmspilot`";
    static final String TABLE = DB + ".`fallback_checkpoint`";
    static final String TRIGGERS = DB + ".`fallback_triggers`";

    /** One row of the checkpoint. */
    record Row(String schema, String slot, String publication, long lsn, String status, String message,
            long heartbeatAgeMillis, boolean stopRequested, long lagMillis, long appliedChanges,
            long appliedTransactions) {
    }

    private FallbackCheckpoint() {
    }

    static void ensureTables(Connection my) throws SQLException {
        try (Statement s = my.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DB);
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (schema_name varchar(64) NOT NULL PRIMARY KEY,"
                    + " slot_name varchar(64) NOT NULL, publication_name varchar(64) NOT NULL,"
                    + " lsn bigint NOT NULL DEFAULT 0, status varchar(16) NOT NULL, message text,"
                    + " started_at datetime(3) NOT NULL, updated_at datetime(3) NOT NULL, heartbeat_at datetime(3),"
                    + " stop_requested tinyint NOT NULL DEFAULT 0, lag_ms bigint NOT NULL DEFAULT 0,"
                    + " applied_changes bigint NOT NULL DEFAULT 0, applied_transactions bigint NOT NULL DEFAULT 0)"
                    + " ENGINE=InnoDB");
            s.execute("CREATE TABLE IF NOT EXISTS " + TRIGGERS + " (schema_name varchar(64) NOT NULL,"
                    + " trigger_name varchar(64) NOT NULL, sql_mode text NOT NULL, definition longtext NOT NULL,"
                    + " PRIMARY KEY (schema_name, trigger_name)) ENGINE=InnoDB");
        }
    }

    /** Creates the row for a new fallback (status {@code prepared}); keeps an existing one. */
    static void create(Connection my, String schema, String slot, String publication, long lsn) throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("INSERT IGNORE INTO " + TABLE + " (schema_name, slot_name,"
                + " publication_name, lsn, status, message, started_at, updated_at) VALUES (?, ?, ?, ?, 'prepared',"
                + " 'slot created; no change applied yet', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")) {
            ps.setString(1, schema);
            ps.setString(2, slot);
            ps.setString(3, publication);
            ps.setLong(4, lsn);
            ps.executeUpdate();
        }
    }

    static Optional<Row> read(Connection my, String schema) throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("SELECT slot_name, publication_name, lsn, status, message,"
                + " COALESCE(TIMESTAMPDIFF(MICROSECOND, heartbeat_at, UTC_TIMESTAMP(3)) DIV 1000, -1),"
                + " stop_requested, lag_ms, applied_changes, applied_transactions FROM " + TABLE
                + " WHERE schema_name = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(schema, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getInt(7) != 0, rs.getLong(8), rs.getLong(9),
                        rs.getLong(10)));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 1146 || e.getErrorCode() == 1049) { // no such table / database
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Moves the LSN; call it inside the MySQL transaction that applied the changes up to {@code lsn}. */
    static void advance(Connection my, String schema, long lsn, long changes, long transactions) throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("UPDATE " + TABLE + " SET lsn = ?, status = 'running',"
                + " message = NULL, updated_at = UTC_TIMESTAMP(3), applied_changes = applied_changes + ?,"
                + " applied_transactions = applied_transactions + ? WHERE schema_name = ?")) {
            ps.setLong(1, lsn);
            ps.setLong(2, changes);
            ps.setLong(3, transactions);
            ps.setString(4, schema);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("The fallback checkpoint of " + schema + " disappeared from " + TABLE);
            }
        }
    }

    /** Heartbeat with the lag; returns whether a stop was requested. */
    static boolean heartbeat(Connection my, String schema, String status, String message, long lagMillis)
            throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("UPDATE " + TABLE + " SET heartbeat_at = UTC_TIMESTAMP(3),"
                + " status = ?, message = ?, lag_ms = ? WHERE schema_name = ?")) {
            ps.setString(1, status);
            ps.setString(2, message);
            ps.setLong(3, lagMillis);
            ps.setString(4, schema);
            ps.executeUpdate();
        }
        return read(my, schema).map(Row::stopRequested).orElse(true);
    }

    /** Sets the status (and message) of a stream that ends, e.g. {@code stopped} or {@code failed}. */
    static void status(Connection my, String schema, String status, String message) throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("UPDATE " + TABLE + " SET status = ?, message = ?,"
                + " updated_at = UTC_TIMESTAMP(3), heartbeat_at = NULL WHERE schema_name = ?")) {
            ps.setString(1, status);
            ps.setString(2, message);
            ps.setString(3, schema);
            ps.executeUpdate();
        }
    }

    /** Asks the stream (in any process) to stop after its batch; {@code false} clears the request. */
    static void requestStop(Connection my, String schema, boolean stop) throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("UPDATE " + TABLE + " SET stop_requested = ?"
                + " WHERE schema_name = ?")) {
            ps.setInt(1, stop ? 1 : 0);
            ps.setString(2, schema);
            ps.executeUpdate();
        }
    }

    static void delete(Connection my, String schema) throws SQLException {
        try (PreparedStatement ps = my.prepareStatement("DELETE FROM " + TABLE + " WHERE schema_name = ?")) {
            ps.setString(1, schema);
            ps.executeUpdate();
        }
    }
}
