package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The CDC side of the checkpoint row in {@code dmspilot.checkpoint}: where the binlog reader resumes. The applier
 * advances it inside the same PostgreSQL transaction as each applied batch, so a crash at any point resumes exactly
 * once.
 */
public final class CdcCheckpoint {
    /**
     * The stored checkpoint.
     *
     * @param mode {@code full-load} or {@code cdc}
     * @param status e.g. {@code loading}, {@code loaded}, {@code running}, {@code stopped}, {@code failed}
     * @param position where CDC (re)starts; empty when the source had no binlog
     * @param skip row changes of the transaction at {@code position} already applied (a large transaction applied
     *     in pieces); 0 normally
     * @param gtids the source's executed GTID set at {@code position} (MySQL with gtid_mode ON), else null
     */
    public record State(String mode, String status, Optional<BinlogPosition> position, long skip, String message,
            String gtids) {
        /** True when CDC can start or resume from {@link #position()}: a finished full load or a CDC run. */
        public boolean resumable() {
            return position.isPresent() && (mode.equals("cdc") || status.equals("loaded"));
        }
    }

    private CdcCheckpoint() {
    }

    /** Creates the {@code dmspilot} tables when missing. */
    public static void ensureTables(Connection c) throws SQLException {
        TargetPrep.ensureTables(c);
        TargetPrep.exec(c, "CREATE TABLE IF NOT EXISTS dmspilot.cdc_paused (schema_name text NOT NULL,"
                + " table_name text NOT NULL, reason text NOT NULL, binlog_file text, binlog_position bigint,"
                + " paused_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (schema_name, table_name))");
        TargetPrep.exec(c, "ALTER TABLE " + TargetPrep.CHECKPOINT + " ADD COLUMN IF NOT EXISTS heartbeat_at timestamptz,"
                + " ADD COLUMN IF NOT EXISTS stop_requested boolean NOT NULL DEFAULT false,"
                + " ADD COLUMN IF NOT EXISTS skip_changes bigint NOT NULL DEFAULT 0,"
                + " ADD COLUMN IF NOT EXISTS gtid_set text");
        TargetPrep.exec(c, "CREATE TABLE IF NOT EXISTS dmspilot.cdc_metrics (schema_name text NOT NULL,"
                + " at timestamptz NOT NULL, source_latency double precision NOT NULL,"
                + " target_latency double precision NOT NULL, incoming bigint NOT NULL,"
                + " throughput double precision NOT NULL, PRIMARY KEY (schema_name, at))");
        TargetPrep.exec(c, "CREATE TABLE IF NOT EXISTS dmspilot.cdc_columns (schema_name text NOT NULL,"
                + " table_name text NOT NULL, columns jsonb NOT NULL, PRIMARY KEY (schema_name, table_name))");
        TargetPrep.exec(c, "CREATE TABLE IF NOT EXISTS dmspilot.cdc_table_stats (schema_name text NOT NULL,"
                + " table_name text NOT NULL, full_load_done boolean NOT NULL, full_load_rows bigint NOT NULL,"
                + " inserts bigint NOT NULL, updates bigint NOT NULL, deletes bigint NOT NULL,"
                + " PRIMARY KEY (schema_name, table_name))");
    }

    /**
     * Pauses {@code table} (source name) of {@code pgSchema} for CDC with {@code reason} (inside the caller's
     * transaction): CDC skips its changes until it is loaded again.
     */
    public static void pause(Connection c, String pgSchema, String table, String reason, Optional<BinlogPosition> at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dmspilot.cdc_paused (schema_name, table_name,"
                + " reason, binlog_file, binlog_position) VALUES (?, ?, ?, ?, ?) ON CONFLICT (schema_name,"
                + " table_name) DO UPDATE SET reason = excluded.reason, binlog_file = excluded.binlog_file,"
                + " binlog_position = excluded.binlog_position, paused_at = now()")) {
            ps.setString(1, pgSchema);
            ps.setString(2, table);
            ps.setString(3, reason);
            ps.setString(4, at.map(BinlogPosition::file).orElse(null));
            ps.setObject(5, at.map(BinlogPosition::position).orElse(null));
            ps.executeUpdate();
        }
    }

    /** Lifts the CDC pause of the tables a full load loads again (source names). */
    static void unpause(Connection c, String pgSchema, java.util.Collection<String> tables) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM dmspilot.cdc_paused WHERE schema_name = ?"
                + " AND table_name = ANY (?)")) {
            ps.setString(1, pgSchema);
            ps.setArray(2, c.createArrayOf("text", tables.toArray()));
            ps.executeUpdate();
        }
    }

    /**
     * Asks the engine running CDC for {@code pgSchema} (in this process or another) to stop after its current batch.
     */
    public static void requestStop(Connection c, String pgSchema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TargetPrep.CHECKPOINT
                + " SET stop_requested = true WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            ps.executeUpdate();
        }
    }

    /** Clears a stop request (a new CDC run starts). */
    public static void clearStopRequest(Connection c, String pgSchema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TargetPrep.CHECKPOINT
                + " SET stop_requested = false WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            ps.executeUpdate();
        }
    }

    /** When the engine last reported itself alive (its metrics flush), if ever. */
    public static Optional<java.time.Instant> heartbeat(Connection c, String pgSchema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT heartbeat_at FROM " + TargetPrep.CHECKPOINT
                + " WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getTimestamp(1) != null ? Optional.of(rs.getTimestamp(1).toInstant())
                        : Optional.empty();
            }
        }
    }

    /** The checkpoint of the PostgreSQL schema {@code pgSchema}, if any. */
    public static Optional<State> read(Connection c, String pgSchema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mode, status, binlog_file, binlog_position, message,"
                + " skip_changes, gtid_set FROM " + TargetPrep.CHECKPOINT + " WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Optional<BinlogPosition> pos = rs.getString(3) == null ? Optional.empty()
                        : Optional.of(new BinlogPosition(rs.getString(3), rs.getLong(4)));
                return Optional.of(new State(rs.getString(1), rs.getString(2), pos,
                        "cdc".equals(rs.getString(1)) ? rs.getLong(6) : 0, rs.getString(5), rs.getString(7)));
            }
        }
    }

    /** Records that CDC starts at {@code position} (CDC without a full load: from the source's current position). */
    public static void start(Connection c, String pgSchema, BinlogPosition position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TargetPrep.CHECKPOINT + " (schema_name, mode,"
                + " status, binlog_file, binlog_position, started_at, updated_at, message)"
                + " VALUES (?, 'cdc', 'running', ?, ?, now(), now(), 'CDC started without a full load')"
                + " ON CONFLICT (schema_name) DO UPDATE SET mode = 'cdc', status = 'running', skip_changes = 0,"
                + " binlog_file = excluded.binlog_file, binlog_position = excluded.binlog_position,"
                + " started_at = now(), updated_at = now(), message = excluded.message")) {
            ps.setString(1, pgSchema);
            ps.setString(2, position.file());
            ps.setLong(3, position.position());
            ps.executeUpdate();
        }
    }

    /**
     * Moves the checkpoint to {@code position} with {@code status}; call it inside the transaction that applied the
     * changes up to that position.
     */
    public static void advance(Connection c, String pgSchema, BinlogPosition position, long skip, String status,
            String message, String gtids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TargetPrep.CHECKPOINT + " SET mode = 'cdc',"
                + " status = ?, binlog_file = ?, binlog_position = ?, skip_changes = ?, updated_at = now(),"
                + " message = ?, gtid_set = coalesce(?, gtid_set) WHERE schema_name = ?")) {
            ps.setString(1, status);
            ps.setString(2, position.file());
            ps.setLong(3, position.position());
            ps.setLong(4, skip);
            ps.setString(5, message);
            ps.setString(6, gtids);
            ps.setString(7, pgSchema);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("The checkpoint of schema " + pgSchema + " disappeared from "
                        + TargetPrep.CHECKPOINT);
            }
        }
    }

    /**
     * Records the source's executed GTID set at the checkpoint's position (MySQL with gtid_mode ON): with it, CDC
     * finds its place again after the binlog file was purged or on a replica promoted after a failover.
     */
    public static void gtids(Connection c, String pgSchema, String gtids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TargetPrep.CHECKPOINT
                + " SET gtid_set = ? WHERE schema_name = ?")) {
            ps.setString(1, gtids);
            ps.setString(2, pgSchema);
            ps.executeUpdate();
        }
    }

    /** Sets the status (and message) without moving the position, e.g. {@code stopped} or {@code failed}. */
    public static void status(Connection c, String pgSchema, String status, String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TargetPrep.CHECKPOINT
                + " SET status = ?, updated_at = now(), message = ? WHERE schema_name = ?")) {
            ps.setString(1, status);
            ps.setString(2, message);
            ps.setString(3, pgSchema);
            ps.executeUpdate();
        }
    }
}
