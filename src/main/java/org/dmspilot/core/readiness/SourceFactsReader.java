package org.dmspilot.core.readiness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.catalog.ServerVersion;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;

/** Gathers {@link SourceFacts} from a live server. */
final class SourceFactsReader {
    static final List<String> VARIABLES = List.of("log_bin", "binlog_format", "binlog_row_image",
            "expire_logs_days", "binlog_expire_logs_seconds", "server_id", "max_allowed_packet", "basedir",
            "binlog_row_value_options", "binlog_transaction_compression", "gtid_mode", "enforce_gtid_consistency",
            "binlog_row_metadata");
    private static final Set<String> DATE_TYPES = Set.of("date", "datetime", "timestamp");
    private static final int SCAN_TIMEOUT_SECONDS = 30;

    private SourceFactsReader() {
    }

    static SourceFacts read(Connection c, List<String> schemas, ProgressListener progress) {
        try {
            progress.progress(0, 4, "Reading server settings");
            ServerVersion version = LiveCatalogReader.serverVersion(c);
            Map<String, String> variables = new HashMap<>();
            String in = String.join(",", VARIABLES.stream().map(Sql::literal).toList());
            for (List<String> row : rows(c, "SHOW GLOBAL VARIABLES WHERE Variable_name IN (" + in + ")")) {
                variables.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
            }
            String user = rows(c, "SELECT CURRENT_USER()").get(0).get(0);
            List<String> grants = rows(c, "SHOW GRANTS").stream().map(r -> r.get(0)).toList();
            boolean rds = String.valueOf(variables.get("basedir")).startsWith("/rdsdbbin/");
            Map<String, String> rdsConfig = new HashMap<>();
            if (rds) {
                for (List<String> row : rows(c, "CALL mysql.rds_show_configuration")) {
                    rdsConfig.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
                }
            }
            progress.progress(1, 4, "Reading the catalog");
            Catalog catalog = new LiveCatalogReader(c, "readiness").read(schemas, ProgressListener.NONE);
            progress.progress(2, 4, "Scanning date columns for zero dates");
            List<String> zeroDates = new ArrayList<>();
            List<String> longTimes = new ArrayList<>();
            List<String> unscanned = new ArrayList<>();
            for (Schema s : catalog.schemas()) {
                for (Table t : s.tables()) {
                    progress.checkCancelled();
                    scan(c, s.name(), t, DATE_TYPES, col -> "(MONTH(" + col + ") = 0 OR DAYOFMONTH(" + col + ") = 0)",
                            zeroDates, unscanned);
                    scan(c, s.name(), t, Set.of("time"), col -> "(" + col + " < '00:00:00' OR " + col
                            + " > '24:00:00')", longTimes, unscanned);
                }
            }
            progress.progress(4, 4, "Source facts read");
            return new SourceFacts(version, variables, user, grants, rds, rdsConfig, catalog, zeroDates, unscanned,
                    longTimes);
        } catch (SQLException e) {
            throw new DmsPilotException("Reading the source for the readiness checks failed: " + e.getMessage(), e);
        }
    }

    /** Columns of {@code types} in {@code t} holding a value for which {@code test} (SQL over the column) holds. */
    private static void scan(Connection c, String schema, Table t, Set<String> types,
            java.util.function.UnaryOperator<String> test, List<String> found, List<String> unscanned)
            throws SQLException {
        List<Column> dates = t.columns().stream().filter(col -> types.contains(col.dataType())
                && col.generated() == null).toList();
        if (dates.isEmpty()) {
            return;
        }
        List<String> tests = dates.stream().map(col -> test.apply(Sql.id(col.name()))).toList();
        String sql = "SELECT " + String.join(", ", tests) + " FROM " + Sql.table(schema, t.name()) + " WHERE "
                + String.join(" OR ", tests) + " LIMIT 1";
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(SCAN_TIMEOUT_SECONDS);
            try (ResultSet rs = st.executeQuery(sql)) {
                if (rs.next()) {
                    for (int i = 0; i < dates.size(); i++) {
                        if (rs.getInt(i + 1) == 1) {
                            found.add(schema + "." + t.name() + "." + dates.get(i).name());
                        }
                    }
                }
            }
        } catch (SQLTimeoutException e) {
            if (!unscanned.contains(schema + "." + t.name())) {
                unscanned.add(schema + "." + t.name());
            }
        }
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
