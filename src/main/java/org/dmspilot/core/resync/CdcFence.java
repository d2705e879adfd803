package org.dmspilot.core.resync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.BinlogPosition;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.RowCopy;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;

/**
 * Keeps a resync from racing the local CDC. Each repair runs in one target transaction that first locks the schema's
 * checkpoint row ({@code SELECT ... FOR UPDATE}): CDC moves that row in the transaction of every batch, so no batch
 * commits while the repair reads the source and writes the target. The rows are read from the source after the lock,
 * at a binlog position P at or after the checkpoint C; CDC then replays C..P over them, which for a keyed table (its
 * apply is by key, with full row images) ends in the source's state — the rows converge. A key-less table is not
 * idempotent under replay, so it is copied only while the source table is locked ({@code LOCK TABLES ... READ}) and
 * CDC has applied everything up to the lock: then no change of that table lies between C and P. A deadlock with a CDC
 * batch (both waiting) aborts one of the two; the repair is retried, CDC replays its batch.
 */
final class CdcFence {
    private static final int ATTEMPTS = 5;
    private final String pgSchema;

    CdcFence(String pgSchema) {
        this.pgSchema = pgSchema;
    }

    void copyKeys(Connection s, Connection g, TablePair t, KeyChunk chunk) throws SQLException {
        fenced(g, () -> {
            Resync.deleteKeys(g, t, chunk);
            RowCopy.copy(s, g, t, chunk.mysqlCondition(), 10_000, n -> { });
        });
    }

    /**
     * Replaces every row of a keyed table with the source's rows matching {@code where}, in one fenced target
     * transaction (CDC replays what it has not applied over them, by key); {@code every8192} as {@link RowCopy}.
     */
    long reloadKeyed(Connection s, Connection g, TablePair t, String where, java.util.function.LongConsumer every8192)
            throws SQLException {
        long[] copied = new long[1];
        fenced(g, () -> {
            try (Statement del = g.createStatement()) {
                del.executeUpdate("DELETE FROM " + t.qualifiedTarget());
            }
            copied[0] = RowCopy.copy(s, g, t, where, 10_000, every8192);
        });
        return copied[0];
    }

    long copyWhole(Connection s, Connection g, TablePair t) throws SQLException {
        try (Statement st = s.createStatement()) {
            st.execute("LOCK TABLES " + Sql.my(t.source()) + " READ");
            try {
                awaitCdcAt(g, BinlogPosition.current(s));
                long[] copied = new long[1];
                fenced(g, () -> {
                    try (Statement del = g.createStatement()) {
                        del.executeUpdate("DELETE FROM " + t.qualifiedTarget());
                    }
                    copied[0] = RowCopy.copy(s, g, t, "1=1", 10_000, n -> { });
                });
                return copied[0];
            } finally {
                st.execute("UNLOCK TABLES");
            }
        }
    }

    /** Waits until the CDC checkpoint reaches {@code position} (nothing to wait for without a CDC checkpoint). */
    private void awaitCdcAt(Connection g, Optional<BinlogPosition> position) throws SQLException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Optional<CdcCheckpoint.State> state = checkpoint(g);
            Optional<BinlogPosition> at = state.flatMap(CdcCheckpoint.State::position);
            if (state.isEmpty() || at.isEmpty() || position.isEmpty()
                    || at.get().isAtOrAfter(position.get()) && state.get().skip() == 0) {
                return;
            }
            boolean running = state.get().status().equals("running") && CdcCheckpoint.heartbeat(g, pgSchema)
                    .map(h -> h.isAfter(java.time.Instant.now().minusSeconds(15))).orElse(false);
            if (!running) { // nothing will move the checkpoint: say so now instead of after 60 s
                throw new DmsPilotException("The local CDC of " + pgSchema + " is not running (checkpoint "
                        + state.get().status() + " at " + at.get() + ", the source at " + position.get() + "): a table"
                        + " without a key copied now would get the changes in between a second time when CDC"
                        + " resumes. Start CDC, let it catch up, and run the resync again.");
            }
            if (System.nanoTime() > end) {
                throw new DmsPilotException("The local CDC did not reach the source's position " + position.get()
                        + " within 60 s (checkpoint at " + at.get() + ", " + state.get().status() + "): a table"
                        + " without a key is copied only when CDC has applied everything before it. Start CDC (or"
                        + " let it catch up) and run the resync again.");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private Optional<CdcCheckpoint.State> checkpoint(Connection g) throws SQLException {
        if (!checkpointTable(g)) {
            return Optional.empty();
        }
        CdcCheckpoint.ensureTables(g); // a target only fully loaded lacks the CDC columns
        return CdcCheckpoint.read(g, pgSchema);
    }

    private static boolean checkpointTable(Connection g) throws SQLException {
        try (Statement st = g.createStatement(); ResultSet rs = st.executeQuery("SELECT to_regclass("
                + "'dmspilot.checkpoint') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one target transaction holding the checkpoint row; retried after a deadlock. */
    private void fenced(Connection g, Work work) throws SQLException {
        boolean hasCheckpoint = checkpointTable(g);
        for (int attempt = 1; ; attempt++) {
            g.setAutoCommit(false);
            try {
                try (Statement st = g.createStatement()) {
                    st.execute("SET LOCAL session_replication_role = replica"); // no triggers, like the apply
                }
                if (hasCheckpoint) {
                    try (PreparedStatement ps = g.prepareStatement("SELECT 1 FROM dmspilot.checkpoint"
                            + " WHERE schema_name = ? FOR UPDATE")) {
                        ps.setString(1, pgSchema);
                        ps.executeQuery().close();
                    }
                }
                work.run();
                g.commit();
                return;
            } catch (SQLException e) {
                g.rollback();
                if (!"40P01".equals(e.getSQLState()) || attempt >= ATTEMPTS) {
                    throw e;
                }
            } catch (RuntimeException e) { // cancelled: roll back, or turning autocommit on would commit half
                g.rollback();
                throw e;
            } finally {
                g.setAutoCommit(true);
            }
        }
    }
}
