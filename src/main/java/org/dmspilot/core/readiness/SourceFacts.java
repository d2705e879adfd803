package org.dmspilot.core.readiness;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.catalog.ServerVersion;
import org.dmspilot.model.catalog.Catalog;

/**
 * What the checks look at, gathered once: server variables, the current account's grants, the catalog of the
 * selected schemas, RDS configuration and the zero-date scan.
 *
 * @param variables global variables, lower-case names
 * @param currentUser {@code CURRENT_USER()} as {@code user@host}
 * @param grants the lines of {@code SHOW GRANTS}
 * @param rdsConfig {@code mysql.rds_show_configuration} name → value (lower-case names), empty when not RDS
 * @param zeroDates {@code schema.table.column} holding zero dates
 * @param unscanned tables whose zero-date or TIME scan did not finish
 * @param longTimes {@code schema.table.column} of TIME columns holding values outside 00:00:00..24:00:00
 */
record SourceFacts(ServerVersion version, Map<String, String> variables, String currentUser, List<String> grants,
        boolean rds, Map<String, String> rdsConfig, Catalog catalog, List<String> zeroDates, List<String> unscanned,
        List<String> longTimes) {

    String variable(String name) {
        return variables.get(name.toLowerCase(Locale.ROOT));
    }

    /** A numeric variable, or {@code fallback} when absent or not a number. */
    double number(String name, double fallback) {
        String v = variable(name);
        try {
            return v == null ? fallback : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean mariaDb() {
        return version.isMariaDb();
    }

    /** {@code 'user'@'host'} for GRANT statements. */
    String account() {
        int at = currentUser.lastIndexOf('@');
        String user = at < 0 ? currentUser : currentUser.substring(0, at);
        String host = at < 0 ? "%" : currentUser.substring(at + 1);
        return Sql.literal(user) + "@" + Sql.literal(host);
    }
}
