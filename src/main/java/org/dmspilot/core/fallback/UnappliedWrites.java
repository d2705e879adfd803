package org.dmspilot.core.fallback;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmspilot.core.DmsPilotException;

/**
 * Which PostgreSQL writes MySQL does not have: what a rollback without the fallback stream would lose. Read from the
 * slot without consuming it ({@code pg_logical_slot_peek_binary_changes}, possible while no stream reads it), counted
 * per table from the checkpoint's LSN on. Without a slot nothing records the writes: then every write since the
 * switch is at risk, and {@code dmspilot validate} shows the rows that differ.
 */
public final class UnappliedWrites {
    private UnappliedWrites() {
    }

    /**
     * The WAL position now, once PostgreSQL has flushed the WAL up to it: logical decoding reads only flushed WAL, and
     * with {@code synchronous_commit = off} a transaction committed just now may not be flushed yet (up to the WAL
     * writer's delay), so a peek right away would miss it.
     */
    private static String flushedNow(Connection pg) throws SQLException {
        String now;
        try (var st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            rs.next();
            now = rs.getString(1);
        }
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        try (PreparedStatement ps = pg.prepareStatement("SELECT pg_current_wal_flush_lsn() >= ?::pg_lsn")) {
            ps.setString(1, now);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1) || System.nanoTime() > end) {
                        return now;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS
                        .toNanos(20));
            }
        }
    }

    /** One line per table with writes not applied to MySQL; a single explanatory line without a slot. */
    public static List<String> describe(Fallback fallback) {
        try (Connection pg = fallback.target().open()) {
            if (!FallbackSetup.exists(pg, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?",
                    fallback.slotName())) {
                return List.of("No fallback slot exists: nothing recorded PostgreSQL's writes since the switch, so"
                        + " every one of them would be lost; `dmspilot validate` lists the rows that differ now.");
            }
            if (FallbackSetup.exists(pg, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ? AND active",
                    fallback.slotName())) {
                return List.of("The fallback stream is reading the slot; stop it to count what it has not applied.");
            }
            long applied = fallback.appliedLsn();
            String upTo = flushedNow(pg);
            Map<Integer, String> names = new HashMap<>();
            Map<String, long[]> counts = new TreeMap<>();
            Map<String, long[]> txn = new HashMap<>();
            try (PreparedStatement ps = pg.prepareStatement("SELECT data FROM pg_logical_slot_peek_binary_changes(?,"
                    + " ?::pg_lsn, NULL, 'proto_version', '1', 'publication_names', ?)")) {
                ps.setString(1, fallback.slotName());
                ps.setString(2, upTo);
                ps.setString(3, fallback.slotName());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PgOutput.Message m = PgOutput.decode(ByteBuffer.wrap(rs.getBytes(1)));
                        if (m instanceof PgOutput.Relation r) {
                            names.put(r.id(), r.table());
                        } else if (m instanceof PgOutput.Begin) {
                            txn.clear();
                        } else if (m instanceof PgOutput.Change c) {
                            long[] n = txn.computeIfAbsent(names.get(c.relationId()), k -> new long[3]);
                            n["IUD".indexOf(c.op())]++;
                        } else if (m instanceof PgOutput.Commit c && c.endLsn() > applied) {
                            txn.forEach((t, n) -> {
                                long[] sum = counts.computeIfAbsent(t, k -> new long[3]);
                                for (int i = 0; i < 3; i++) {
                                    sum[i] += n[i];
                                }
                            });
                        }
                    }
                }
            }
            List<String> lines = new ArrayList<>();
            counts.forEach((t, n) -> lines.add(t + ": " + n[0] + " inserts, " + n[1] + " updates, " + n[2]
                    + " deletes on PostgreSQL not on MySQL"));
            return lines.isEmpty() ? List.of("None: MySQL has every PostgreSQL write the slot recorded.") : lines;
        } catch (SQLException e) {
            throw new DmsPilotException("Could not read the fallback slot: " + e.getMessage(), e);
        }
    }
}
