package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.postgresql.replication.LogSequenceNumber;

/**
 * The way back after the switch, for one migrated schema: prepare (publication, slot, triggers set aside), status,
 * stop, roll back to MySQL and remove. The stream itself is {@link FallbackStream}; it can run in this process or in
 * another one ({@code dmspilot fallback start}): everything here goes through the two databases.
 */
public final class Fallback {
    /** A heartbeat older than this means the stream is not running. */
    static final long HEARTBEAT_MILLIS = 15_000;
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final String schema;
    private final String pgSchema;
    private final String name;
    private final TableSelection selection;

    /**
     * @param source the MySQL/MariaDB source, with a login that writes while {@code read_only} is on (SUPER,
     *     CONNECTION_ADMIN or MariaDB's READ_ONLY ADMIN) and may drop and create triggers
     * @param target the PostgreSQL target, with a login that may create publications and replication slots
     */
    public Fallback(ConnectionFactory source, ConnectionFactory target, String schema, TableSelection selection) {
        this.source = source;
        this.target = target;
        this.schema = schema;
        this.pgSchema = TablePairs.targetSchema(schema);
        this.name = FallbackNames.of(pgSchema);
        this.selection = selection;
    }

    /** The slot and publication name. */
    public String slotName() {
        return name;
    }

    /**
     * Prepares the fallback at the switch, before the application writes to PostgreSQL: from here on the slot keeps
     * every change of the migrated tables. Refuses while the forward engine still applies changes (its writes must
     * not be sent back). Safe to repeat: an existing slot and its checkpoint are kept.
     *
     * @return what was done, one line each
     */
    public List<String> prepare() {
        try (Connection my = source.open(); Connection pg = target.open()) {
            CdcCheckpoint.ensureTables(pg); // a target only fully loaded lacks the CDC columns
            Optional<CdcCheckpoint.State> forward = CdcCheckpoint.read(pg, pgSchema);
            if (forward.isPresent() && forward.get().status().equals("running")
                    && CdcCheckpoint.heartbeat(pg, pgSchema).map(h -> h.isAfter(java.time.Instant.now()
                    .minusMillis(HEARTBEAT_MILLIS))).orElse(false)) {
                throw new DmsPilotException("The forward engine still applies changes to " + pgSchema + ": stop it"
                        + " first (cutover step \"Stop the replication\"), so none of its writes is sent back.");
            }
            my.setCatalog(schema);
            List<TablePair> tables = TablePairs.read(my, pg, schema, selection);
            FallbackCheckpoint.ensureTables(my);
            long lsn = FallbackSetup.preparePostgres(pg, name, tables);
            long keyless = tables.stream().filter(t -> t.primaryKey().isEmpty()).count();
            int triggers = FallbackSetup.setTriggersAside(my, schema);
            FallbackCheckpoint.create(my, schema, name, name, lsn);
            if (!my.getAutoCommit()) {
                my.commit();
            }
            return List.of("Publication and logical slot " + name + " on PostgreSQL (" + tables.size() + " tables"
                    + (lsn > 0 ? ", changes kept from " + LogSequenceNumber.valueOf(lsn).asString() : ", slot kept") + ")",
                    keyless + " tables without a primary key published with REPLICA IDENTITY FULL",
                    triggers + " MySQL triggers set aside in dmspilot.fallback_triggers (PostgreSQL's triggers"
                            + " already wrote their effects); the rollback creates them again");
        } catch (SQLException e) {
            throw new DmsPilotException("Could not prepare the fallback of " + schema + ": " + e.getMessage(), e);
        }
    }

    /** The stream's state, lag and WAL still held by its slot. */
    public FallbackStatus status() {
        try (Connection my = source.open()) {
            Optional<FallbackCheckpoint.Row> row = FallbackCheckpoint.read(my, schema);
            if (row.isEmpty()) {
                return new FallbackStatus(FallbackStatus.State.NOT_STARTED, "0/0", 0, -1, 0, null);
            }
            FallbackCheckpoint.Row r = row.get();
            FallbackStatus.State state = switch (r.status()) {
                case "failed" -> FallbackStatus.State.FAILED;
                case "rolled-back" -> FallbackStatus.State.ROLLED_BACK;
                case "prepared", "waiting" -> FallbackStatus.State.WAITING;
                case "running" -> r.heartbeatAgeMillis() >= 0 && r.heartbeatAgeMillis() < HEARTBEAT_MILLIS
                        ? FallbackStatus.State.RUNNING : FallbackStatus.State.STOPPED;
                default -> FallbackStatus.State.STOPPED;
            };
            String message = state == FallbackStatus.State.STOPPED && "running".equals(r.status())
                    ? "no heartbeat for " + (r.heartbeatAgeMillis() / 1000) + " s: the stream's process is gone"
                    : r.message();
            return new FallbackStatus(state, LogSequenceNumber.valueOf(r.lsn()).asString(),
                    state == FallbackStatus.State.RUNNING ? r.lagMillis() : 0, pendingBytes(), r.appliedChanges(),
                    message);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not read the fallback status of " + schema + ": " + e.getMessage(), e);
        }
    }

    private long pendingBytes() {
        try (Connection pg = target.open(); PreparedStatement ps = pg.prepareStatement("SELECT pg_wal_lsn_diff("
                + "pg_current_wal_lsn(), confirmed_flush_lsn)::bigint FROM pg_replication_slots WHERE slot_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Asks a running stream (in any process) to finish its batch and stop. */
    public void requestStop() {
        try (Connection my = source.open()) {
            FallbackCheckpoint.requestStop(my, schema, true);
            if (!my.getAutoCommit()) {
                my.commit();
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not ask the fallback stream to stop: " + e.getMessage(), e);
        }
    }

    /** Waits until the stream no longer runs (stopped, failed or its heartbeat gone). */
    public FallbackStatus awaitStopped(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        FallbackStatus s = status();
        while (s.state() == FallbackStatus.State.RUNNING && System.nanoTime() < end) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            s = status();
        }
        return s;
    }

    /**
     * Removes the fallback without a rollback (the application stays on PostgreSQL): drops slot and publication,
     * creates the MySQL triggers again, deletes the checkpoint. The stream must be stopped.
     */
    public void remove() {
        try (Connection my = source.open(); Connection pg = target.open()) {
            if (status().state() == FallbackStatus.State.RUNNING) {
                throw new DmsPilotException("The fallback stream still runs: stop it first (dmspilot fallback stop).");
            }
            dropSlot(pg);
            FallbackSetup.restoreTriggers(my, schema);
            FallbackCheckpoint.delete(my, schema);
            if (!my.getAutoCommit()) {
                my.commit();
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not remove the fallback of " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Drops slot and publication; a slot still released by a stopping walsender is retried for 10 s. */
    void dropSlot(Connection pg) throws SQLException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                FallbackSetup.dropPostgres(pg, name);
                return;
            } catch (SQLException e) {
                if (!"55006".equals(e.getSQLState()) || System.nanoTime() > end) { // object in use
                    throw e;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }

    /** Writes a drain marker into PostgreSQL's WAL; the stream has drained when its checkpoint passes it. */
    long drainMarker(Connection pg) throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_logical_emit_message(true,"
                + " '" + FallbackNames.MESSAGE_PREFIX + "', 'drain')::text")) {
            rs.next();
            return LogSequenceNumber.valueOf(rs.getString(1)).asLong();
        }
    }

    /** The applied LSN in the checkpoint now. */
    long appliedLsn() throws SQLException {
        try (Connection my = source.open()) {
            return FallbackCheckpoint.read(my, schema).map(FallbackCheckpoint.Row::lsn).orElse(0L);
        }
    }

    ConnectionFactory source() {
        return source;
    }

    ConnectionFactory target() {
        return target;
    }

    String schema() {
        return schema;
    }

    String pgSchema() {
        return pgSchema;
    }

    TableSelection selection() {
        return selection;
    }
}
