package org.dmspilot.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;

/** Runs catalog queries, counting round trips and checking for cancellation while rows stream in. */
final class QueryRunner {
    private final Connection connection;
    private final ProgressListener progress;
    private int roundTrips;

    QueryRunner(Connection connection, ProgressListener progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Runs one query; every value is read as text. */
    List<Row> query(String sql, List<String> parameters) {
        progress.checkCancelled();
        roundTrips++;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            for (int i = 0; i < parameters.size(); i++) {
                ps.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                String[] labels = new String[n];
                for (int i = 0; i < n; i++) {
                    labels[i] = md.getColumnLabel(i + 1).toUpperCase(Locale.ROOT);
                }
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>(n * 2);
                    for (int i = 0; i < n; i++) {
                        values.put(labels[i], rs.getString(i + 1));
                    }
                    rows.add(new Row(values));
                    if (rows.size() % 1000 == 0) {
                        progress.checkCancelled();
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Reading the catalog failed: " + e.getMessage(), e);
        }
    }

    int roundTrips() {
        return roundTrips;
    }
}
