package org.dmspilot.core.readiness;

import java.util.List;
import java.util.Locale;

/** Evaluators of the server-level checks (binary log, ids, packet size, version, privileges). */
final class ServerChecks {
    private static final double DAY_SECONDS = 86_400;
    private static final long MIN_PACKET = 64L * 1024 * 1024;

    private ServerChecks() {
    }

    /** How the fix is spelled: a persistent SET on MySQL 8, SET GLOBAL + my.cnf elsewhere, parameter group on RDS. */
    static String setVariable(SourceFacts f, String variable, String value) {
        if (f.rds()) {
            return "-- RDS: set " + variable + " = " + value + " in the DB parameter group, e.g.\n"
                    + "-- aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "
                    + "\"ParameterName=" + variable + ",ParameterValue=" + value + ",ApplyMethod=immediate\"";
        }
        if (!f.mariaDb() && f.version().atLeast(8, 0, 0)) {
            return "SET PERSIST " + variable + " = " + value + ";";
        }
        return "SET GLOBAL " + variable + " = " + value + ";\n-- and in my.cnf under [mysqld]: "
                + variable + " = " + value.replace("'", "");
    }

    static Finding binlogEnabled(SourceFacts f) {
        boolean on = "ON".equalsIgnoreCase(f.variable("log_bin")) || "1".equals(f.variable("log_bin"));
        String fix = f.rds()
                ? "-- RDS turns the binary log on with automated backups:\n"
                        + "-- aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period 1"
                        + " --apply-immediately"
                : "-- log_bin cannot be set at runtime; add to my.cnf under [mysqld] and restart:\n"
                        + "log_bin = " + (f.mariaDb() ? "mariadb-bin" : "mysql-bin") + "\nserver_id = 1\n"
                        + "binlog_format = ROW\nbinlog_row_image = FULL";
        return Finding.of(on, CheckStatus.FAIL, "log_bin = " + f.variable("log_bin"), fix);
    }

    static Finding binlogFormat(SourceFacts f) {
        String format = f.variable("binlog_format");
        return Finding.of("ROW".equalsIgnoreCase(format), CheckStatus.FAIL, "binlog_format = " + format,
                setVariable(f, "binlog_format", "'ROW'"));
    }

    static Finding binlogImage(SourceFacts f) {
        String image = f.variable("binlog_row_image");
        return Finding.of(image == null || "FULL".equalsIgnoreCase(image), CheckStatus.FAIL,
                "binlog_row_image = " + image, setVariable(f, "binlog_row_image", "'FULL'"));
    }

    static Finding binlogRetention(SourceFacts f) {
        if (f.rds()) {
            String hours = f.rdsConfig().get("binlog retention hours");
            boolean ok = hours != null && !hours.equalsIgnoreCase("NULL") && Double.parseDouble(hours) >= 24;
            return Finding.of(ok, CheckStatus.FAIL, "binlog retention hours = " + hours,
                    "CALL mysql.rds_set_configuration('binlog retention hours', 24);");
        }
        double seconds = f.number("binlog_expire_logs_seconds", 0);
        double days = f.number("expire_logs_days", 0);
        double retention = seconds > 0 ? seconds : days * DAY_SECONDS;
        String found = seconds > 0 ? "binlog_expire_logs_seconds = " + (long) seconds
                : "expire_logs_days = " + f.variable("expire_logs_days")
                        + (f.variable("binlog_expire_logs_seconds") == null ? "" : ", binlog_expire_logs_seconds = 0");
        if (retention == 0) {
            return Finding.pass(found + " (binary logs are never purged automatically)");
        }
        boolean hasSeconds = f.variable("binlog_expire_logs_seconds") != null;
        String fix = hasSeconds ? setVariable(f, "binlog_expire_logs_seconds", "86400")
                : setVariable(f, "expire_logs_days", "1");
        return Finding.of(retention >= DAY_SECONDS, CheckStatus.FAIL, found, fix);
    }

    static Finding serverId(SourceFacts f) {
        return Finding.of(f.number("server_id", 0) > 0, CheckStatus.FAIL, "server_id = " + f.variable("server_id"),
                setVariable(f, "server_id", "1"));
    }

    static Finding maxAllowedPacket(SourceFacts f) {
        double packet = f.number("max_allowed_packet", 0);
        return Finding.of(packet >= MIN_PACKET, CheckStatus.WARN,
                "max_allowed_packet = " + (long) packet + " bytes (" + (long) (packet / 1024 / 1024) + " MB)",
                setVariable(f, "max_allowed_packet", String.valueOf(MIN_PACKET)));
    }

    static Finding supportedVersion(SourceFacts f) {
        var v = f.version();
        String found = v.describe() + " (" + v.raw() + ")";
        boolean supported = v.isMariaDb() ? v.atLeast(10, 2, 0) : v.atLeast(5, 7, 0);
        if (!supported) {
            return Finding.fail(found, "-- upgrade the source to " + (v.isMariaDb() ? "MariaDB 10.6 or later"
                    : "MySQL 8.0 or later") + " before migrating");
        }
        if (!v.isMariaDb() && !v.atLeast(8, 0, 0)) {
            return Finding.warn(found + "; MySQL 5.7 is past end of life", "-- plan an upgrade to MySQL 8.0+");
        }
        return Finding.pass(found);
    }

    static Finding replicationPrivileges(SourceFacts f) {
        List<String> global = globalPrivileges(f);
        boolean all = global.contains("ALL PRIVILEGES") || global.contains("ALL");
        boolean slave = all || global.contains("REPLICATION SLAVE");
        boolean client = all || global.contains("REPLICATION CLIENT") || global.contains("BINLOG MONITOR");
        String monitor = f.mariaDb() && f.version().atLeast(10, 5, 2) ? "BINLOG MONITOR" : "REPLICATION CLIENT";
        return Finding.of(slave && client, CheckStatus.FAIL, f.currentUser() + (slave ? " has" : " lacks")
                + " REPLICATION SLAVE and" + (client ? " has " : " lacks ") + monitor,
                "GRANT REPLICATION SLAVE, " + monitor + " ON *.* TO " + f.account() + ";");
    }

    static Finding selectPrivileges(SourceFacts f) {
        List<String> global = globalPrivileges(f);
        if (global.contains("ALL PRIVILEGES") || global.contains("ALL") || global.contains("SELECT")) {
            return Finding.pass(f.currentUser() + " has SELECT on *.*");
        }
        List<String> missing = f.catalog().schemas().stream().map(s -> s.name())
                .filter(s -> !schemaPrivileges(f, s).contains("SELECT")
                        && !schemaPrivileges(f, s).contains("ALL PRIVILEGES"))
                .toList();
        return Finding.of(missing.isEmpty(), CheckStatus.FAIL, missing.isEmpty()
                ? f.currentUser() + " has SELECT on every selected schema"
                : f.currentUser() + " lacks SELECT on " + String.join(", ", missing),
                String.join("\n", missing.stream().map(s -> "GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON " + Sql.id(s)
                        + ".* TO " + f.account() + ";").toList()));
    }

    private static List<String> globalPrivileges(SourceFacts f) {
        return privileges(f, "*.*");
    }

    private static List<String> schemaPrivileges(SourceFacts f, String schema) {
        return privileges(f, Sql.id(schema) + ".*");
    }

    /** The privileges granted ON {@code level} in the SHOW GRANTS lines, upper case. */
    static List<String> privileges(SourceFacts f, String level) {
        return f.grants().stream()
                .filter(g -> g.toUpperCase(Locale.ROOT).startsWith("GRANT ") && g.contains(" ON " + level + " TO "))
                .flatMap(g -> List.of(g.substring(6, g.indexOf(" ON " + level + " TO ")).split(",")).stream())
                .map(p -> p.trim().toUpperCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)$", ""))
                .toList();
    }
}
