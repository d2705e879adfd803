package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;

/**
 * After a local migration: the engine's bookkeeping schema {@code dmspilot} on the target (checkpoints, deferred
 * DDL, CDC metrics and columns), listed, then dropped. Refused while an engine still works on the target (a full load
 * in progress, or CDC whose heartbeat is recent) and while indexes or foreign keys of a cancelled or failed load wait
 * in {@code dmspilot.deferred_ddl}: dropping would lose their definitions. The migrated schemas are not touched.
 */
public final class LocalCleanup {
    /** A CDC engine whose heartbeat is this recent still runs. */
    static final Duration ALIVE = Duration.ofSeconds(15);

    /**
     * What the cleanup would drop, and why it cannot yet.
     *
     * @param exists whether the target has a {@code dmspilot} schema at all
     * @param objects one line per table: {@code dmspilot.checkpoint (2 rows)}
     * @param tasks one line per migrated schema the bookkeeping is about: {@code shop: full-load-and-cdc / stopped}
     * @param refusals why it must not be dropped now; empty when it may
     */
    public record Plan(boolean exists, List<String> objects, List<String> tasks, List<String> refusals) {
        public Plan {
            objects = List.copyOf(objects);
            tasks = List.copyOf(tasks);
            refusals = List.copyOf(refusals);
        }
    }

    private LocalCleanup() {
    }

    /** Reads what the bookkeeping schema holds and whether it may be dropped. */
    public static Plan plan(Connection target) throws SQLException {
        List<String> objects = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'dmspilot' AND c.relkind IN"
                + " ('r', 'p') ORDER BY c.relname")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!exists(target)) {
            return new Plan(false, List.of(), List.of(), List.of());
        }
        for (String t : tables) {
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM dmspilot."
                    + Sql.pg(t))) {
                rs.next();
                objects.add("dmspilot." + t + " (" + rs.getLong(1) + " rows)");
            }
        }
        if (tables.contains("checkpoint")) {
            boolean heartbeat = columnExists(target, "checkpoint", "heartbeat_at");
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT schema_name, mode,"
                    + " status, " + (heartbeat ? "heartbeat_at" : "NULL::timestamptz") + " FROM dmspilot.checkpoint"
                    + " ORDER BY schema_name")) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    String status = rs.getString(3);
                    tasks.add(schema + ": " + rs.getString(2) + " / " + status);
                    Instant beat = rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant();
                    if (status.equals("loading")) {
                        refusals.add("The full load of " + schema + " has not finished (checkpoint 'loading'):"
                                + " stop it, or let it finish, first.");
                    } else if (beat != null && Duration.between(beat, Instant.now()).compareTo(ALIVE) < 0) {
                        refusals.add("The local engine still replicates " + schema + " (heartbeat at " + beat
                                + "): stop the task first.");
                    }
                }
            }
        }
        if (tables.contains("deferred_ddl")) {
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT schema_name, count(*)"
                    + " FROM dmspilot.deferred_ddl GROUP BY schema_name ORDER BY schema_name")) {
                while (rs.next()) {
                    refusals.add(rs.getLong(2) + " index(es), key(s) or foreign key(s) of " + rs.getString(1)
                            + " wait in dmspilot.deferred_ddl to be rebuilt by the next full load (a load was"
                            + " cancelled or failed); dropping the schema would lose their definitions. Run the"
                            + " full load to the end first.");
                }
            }
        }
        return new Plan(true, objects, tasks, refusals);
    }

    /**
     * Drops the bookkeeping schema when {@link #plan} allows it (checked again here, in the dropping transaction).
     *
     * @return the plan that was carried out
     * @throws DmsPilotException naming why not, when the plan has refusals
     */
    public static Plan drop(Connection target) throws SQLException {
        boolean auto = target.getAutoCommit();
        target.setAutoCommit(false);
        try {
            try (Statement s = target.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(hashtext('dmspilot.cleanup'))");
            }
            Plan plan = plan(target);
            if (!plan.refusals().isEmpty()) {
                target.rollback();
                throw new DmsPilotException("The dmspilot schema was not dropped: " + String.join(" ",
                        plan.refusals()));
            }
            if (plan.exists()) {
                try (Statement s = target.createStatement()) {
                    s.execute("DROP SCHEMA dmspilot CASCADE");
                }
            }
            target.commit();
            return plan;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(auto);
        }
    }

    private static boolean exists(Connection target) throws SQLException {
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM pg_namespace WHERE nspname = 'dmspilot'")) {
            return rs.next();
        }
    }

    private static boolean columnExists(Connection target, String table, String column) throws SQLException {
        try (var ps = target.prepareStatement("SELECT 1 FROM information_schema.columns WHERE table_schema ="
                + " 'dmspilot' AND table_name = ? AND column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
