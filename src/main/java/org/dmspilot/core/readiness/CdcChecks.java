package org.dmspilot.core.readiness;

import java.util.List;

/**
 * Evaluators of the checks that decide whether CDC from this server starts consistently and reads every change:
 * the snapshot lock, MySQL's binlog extras (partial JSON, compression, row metadata), GTIDs, and TIME values
 * PostgreSQL cannot store.
 */
final class CdcChecks {
    private CdcChecks() {
    }

    /**
     * The full load's consistent start: MySQL needs a brief FLUSH TABLES WITH READ LOCK (RELOAD); without it the
     * engine refuses to start (rows written meanwhile would be lost). MariaDB starts lock-free and needs the lock
     * only when the source is so busy that ten lock-free attempts disagree.
     */
    static Finding snapshotLock(SourceFacts f) {
        List<String> global = ServerChecks.privileges(f, "*.*");
        boolean reload = global.contains("ALL PRIVILEGES") || global.contains("ALL") || global.contains("RELOAD");
        if (f.rds() && !f.mariaDb()) {
            return Finding.fail("RDS/Aurora MySQL does not allow FLUSH TABLES WITH READ LOCK: the engine refuses a"
                    + " full load + CDC start it cannot make consistent",
                    "-- stop writes to the migrated schemas while the load starts (its snapshot is taken in"
                            + " seconds), then run:\n-- dmspilot migrate --mode full-load-and-cdc ...\n"
                            + "-- or restore a snapshot / stopped read replica, load from it with --mode full-load,"
                            + " and start CDC at its binlog position (--mode cdc)");
        }
        String found = f.currentUser() + (reload ? " has" : " lacks") + " RELOAD (FLUSH TABLES WITH READ LOCK)";
        String fix = "GRANT RELOAD ON *.* TO " + f.account() + ";";
        if (f.mariaDb()) {
            return Finding.of(reload, CheckStatus.WARN, found + (reload ? "" : "; MariaDB starts lock-free, but a"
                    + " very busy source may need the lock, and the start is then refused"), fix);
        }
        return Finding.of(reload, CheckStatus.FAIL, found + (reload ? "" : "; without it the full load + CDC start"
                + " is refused (it could not be made consistent)"), fix);
    }

    /** PARTIAL_JSON updates are applied from the whole before image, which needs binlog_row_image = FULL. */
    static Finding partialJson(SourceFacts f) {
        String options = f.variable("binlog_row_value_options");
        if (options == null || options.isBlank()) {
            return Finding.pass(f.mariaDb() ? "not applicable (MariaDB)" : "binlog_row_value_options = ''"
                    + " (sessions may still set PARTIAL_JSON: supported with a FULL row image)");
        }
        String image = f.variable("binlog_row_image");
        boolean full = image == null || "FULL".equalsIgnoreCase(image);
        return Finding.of(full, CheckStatus.FAIL, "binlog_row_value_options = " + options + ", binlog_row_image = "
                + image + (full ? " (partial JSON updates are applied to the whole before image)" : ""),
                ServerChecks.setVariable(f, "binlog_row_value_options", "''") + "\n"
                        + ServerChecks.setVariable(f, "binlog_row_image", "'FULL'"));
    }

    /** Compressed transactions are decoded (zstd); reported so that the setting is known. */
    static Finding compression(SourceFacts f) {
        String c = f.variable("binlog_transaction_compression");
        if (c == null) {
            return Finding.pass("not applicable (" + (f.mariaDb() ? "MariaDB" : "before MySQL 8.0.20") + ")");
        }
        return Finding.pass("binlog_transaction_compression = " + c + ("ON".equalsIgnoreCase(c)
                ? " (zstd transaction payloads are decoded by CDC)" : ""));
    }

    /** With GTIDs the checkpoint also records the executed set: a resume after a purge or a failover finds its place. */
    static Finding gtids(SourceFacts f) {
        if (f.mariaDb()) {
            return Finding.pass("MariaDB: CDC resumes by binlog file and position");
        }
        String mode = f.variable("gtid_mode");
        String enforce = f.variable("enforce_gtid_consistency");
        boolean on = "ON".equalsIgnoreCase(mode) && "ON".equalsIgnoreCase(enforce);
        String fix = f.rds() ? ServerChecks.setVariable(f, "enforce_gtid_consistency", "ON") + "\n"
                + ServerChecks.setVariable(f, "gtid-mode", "ON")
                : "SET PERSIST enforce_gtid_consistency = ON;\nSET PERSIST gtid_mode = OFF_PERMISSIVE;\n"
                        + "SET PERSIST gtid_mode = ON_PERMISSIVE;\n-- wait until no anonymous transaction is left:\n"
                        + "-- SHOW STATUS LIKE 'Ongoing_anonymous_transaction_count';  (0)\n"
                        + "SET PERSIST gtid_mode = ON;";
        return Finding.of(on, CheckStatus.WARN, "gtid_mode = " + mode + ", enforce_gtid_consistency = " + enforce
                + (on ? "" : ": a resume after the checkpoint's binlog file is purged, or after a failover to a"
                + " replica, cannot find its place"), fix);
    }

    /** CDC keeps its own column lists (dmspilot.cdc_columns), so MINIMAL metadata suffices. */
    static Finding rowMetadata(SourceFacts f) {
        String m = f.variable("binlog_row_metadata");
        return Finding.pass(m == null ? "not applicable (" + (f.mariaDb() ? "MariaDB" : "before MySQL 8.0.1") + ")"
                : "binlog_row_metadata = " + m + " (CDC decodes rows with the column lists it records at the"
                        + " snapshot and with each DDL; FULL is not required)");
    }

    /** TIME values PostgreSQL's time cannot hold (MySQL allows -838:59:59 to 838:59:59). */
    static Finding longTimes(SourceFacts f) {
        List<String> found = f.longTimes();
        if (found.isEmpty()) {
            return Finding.pass("no TIME value outside 00:00:00..24:00:00");
        }
        String fix = String.join("\n", found.stream().map(q -> {
            String[] p = q.split("\\.", 3);
            return "SELECT COUNT(*) FROM " + Sql.table(p[0], p[1]) + " WHERE " + Sql.id(p[2]) + " < '00:00:00' OR "
                    + Sql.id(p[2]) + " > '24:00:00';";
        }).toList()) + "\n-- map these columns to interval in the DMS Pilot mapping rules (a time column cannot hold"
                + " them: the load fails and CDC pauses the table), or fix the data";
        return Finding.fail(found.size() + " TIME column(s) holding values outside PostgreSQL's time range: "
                + String.join(", ", found), fix);
    }
}
