package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;

/**
 * Readiness for the way back, checked before the switch, each finding with the SQL that fixes it: PostgreSQL's
 * {@code wal_level} and replication rights and free slots, every table keyed (or {@code REPLICA IDENTITY FULL}), the
 * MySQL login able to write while the source is read-only, and the values PostgreSQL accepts that the MySQL column
 * would not take ({@link ValueLimits}: longer text, numbers out of range, characters outside the column's character
 * set, fractional seconds MySQL would round).
 */
public final class FallbackReadiness {
    private FallbackReadiness() {
    }

    /** Runs every check. */
    public static List<CheckResult> check(ConnectionFactory source, ConnectionFactory target, String schema,
            TableSelection selection) {
        try (Connection my = source.open(); Connection pg = target.open()) {
            my.setCatalog(schema);
            List<TablePair> tables = TablePairs.read(my, pg, schema, selection);
            List<CheckResult> results = new ArrayList<>();
            results.add(walLevel(pg));
            results.add(replicationRight(pg));
            results.add(slots(pg));
            results.add(keys(pg, tables));
            results.add(writerOnReadOnly(my));
            results.addAll(ValueLimits.check(my, pg, schema, tables));
            return results;
        } catch (SQLException e) {
            throw new DmsPilotException("The fallback readiness check of " + schema + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs the fix SQL of the failed PostgreSQL-side checks that DMS Pilot may apply itself (ids below). */
    public static List<String> applyTargetFixes(ConnectionFactory target, List<CheckResult> results) {
        List<String> applied = new ArrayList<>();
        try (Connection pg = target.open(); Statement s = pg.createStatement()) {
            pg.setAutoCommit(true);
            for (CheckResult r : results) {
                if (r.status() != CheckStatus.PASS && (r.id().equals("fallback-replica-identity")
                        || r.id().equals("fallback-fractional-seconds"))) {
                    s.execute(r.fix());
                    applied.add(r.title());
                }
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not apply a fallback fix on the target: " + e.getMessage(), e);
        }
        return applied;
    }

    private static CheckResult walLevel(Connection pg) throws SQLException {
        String level = scalar(pg, "SHOW wal_level");
        boolean rds = scalar(pg, "SELECT count(*) FROM pg_settings WHERE name = 'rds.logical_replication'")
                .equals("1");
        return result("fallback-wal-level", "wal_level = logical on the target", level.equals("logical"),
                CheckStatus.FAIL, "wal_level = " + level, "Logical decoding, which the fallback stream reads, needs"
                        + " wal_level = logical (a server restart).",
                rds ? "Set rds.logical_replication = 1 in the DB (cluster) parameter group and reboot the instance."
                        : "ALTER SYSTEM SET wal_level = logical; -- then restart PostgreSQL");
    }

    private static CheckResult replicationRight(Connection pg) throws SQLException {
        String user = scalar(pg, "SELECT current_user");
        boolean ok = scalar(pg, "SELECT (rolsuper OR rolreplication OR pg_has_role(current_user, oid, 'member')"
                + " AND rolname = 'rds_replication')::text FROM pg_roles WHERE rolname = current_user").equals("true")
                || scalar(pg, "SELECT count(*) FROM pg_roles WHERE rolname = 'rds_replication' AND"
                + " pg_has_role(current_user, oid, 'member')").equals("1");
        return result("fallback-replication-role", "Replication right for " + user, ok, CheckStatus.FAIL,
                ok ? user + " may create replication slots" : user + " has neither REPLICATION nor superuser",
                "The stream creates a logical slot and reads it through a replication connection.",
                "ALTER ROLE " + org.dmspilot.core.engine.Sql.pg(user) + " WITH REPLICATION; -- RDS/Aurora: GRANT"
                        + " rds_replication TO " + org.dmspilot.core.engine.Sql.pg(user) + ";");
    }

    private static CheckResult slots(Connection pg) throws SQLException {
        long max = Long.parseLong(scalar(pg, "SHOW max_replication_slots"));
        long used = Long.parseLong(scalar(pg, "SELECT count(*) FROM pg_replication_slots"));
        long senders = Long.parseLong(scalar(pg, "SHOW max_wal_senders"));
        return result("fallback-slots", "A free replication slot and WAL sender", used < max && senders > 0,
                CheckStatus.FAIL, used + " of " + max + " slots used, max_wal_senders = " + senders,
                "The fallback keeps one slot and one WAL sender while it runs.",
                "ALTER SYSTEM SET max_replication_slots = " + (max + 1) + "; -- and max_wal_senders >= 1, then restart");
    }

    private static CheckResult keys(Connection pg, List<TablePair> tables) throws SQLException {
        List<String> missing = new ArrayList<>();
        StringBuilder fix = new StringBuilder();
        for (TablePair t : tables) {
            if (!t.primaryKey().isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = pg.prepareStatement("SELECT relreplident FROM pg_class WHERE oid = ?::regclass")) {
                ps.setString(1, t.qualifiedTarget());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !"f".equals(rs.getString(1))) {
                        missing.add(t.target());
                        fix.append("ALTER TABLE ").append(t.qualifiedTarget()).append(" REPLICA IDENTITY FULL;\n");
                    }
                }
            }
        }
        return result("fallback-replica-identity", "Every table keyed or REPLICA IDENTITY FULL", missing.isEmpty(),
                CheckStatus.WARN, missing.isEmpty() ? tables.size() + " tables can be replicated back"
                        : "without key nor REPLICA IDENTITY FULL: " + String.join(", ", missing),
                "PostgreSQL refuses UPDATE and DELETE on a published table without a replica identity, and the"
                        + " stream needs the old row to find it in MySQL (dmspilot fallback start sets it).",
                fix.toString().strip());
    }

    private static CheckResult writerOnReadOnly(Connection my) throws SQLException {
        List<String> grants = new ArrayList<>();
        try (Statement s = my.createStatement(); ResultSet rs = s.executeQuery("SHOW GRANTS")) {
            while (rs.next()) {
                grants.add(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        boolean ok = grants.stream().anyMatch(g -> g.contains(" ON *.*") && (g.contains("ALL PRIVILEGES")
                || g.contains("SUPER") || g.contains("READ_ONLY ADMIN") || g.contains("CONNECTION_ADMIN")));
        String user = scalar(my, "SELECT CURRENT_USER()");
        return result("fallback-source-writer", "The source login writes while read_only is on", ok, CheckStatus.FAIL,
                ok ? user + " is exempt from read_only" : user + " has none of SUPER, CONNECTION_ADMIN,"
                        + " READ_ONLY ADMIN", "The source stays read-only for the application after the switch;"
                        + " only the fallback stream writes to it (super_read_only and the tool lock stop it too).",
                "GRANT CONNECTION_ADMIN ON *.* TO " + user + "; -- MariaDB: GRANT READ_ONLY ADMIN ON *.* TO " + user
                        + ";");
    }

    static CheckResult result(String id, String title, boolean ok, CheckStatus otherwise, String found, String why,
            String fix) {
        return new CheckResult(id, title, ok ? CheckStatus.PASS : otherwise, found, why, ok ? "" : fix);
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        }
    }
}
