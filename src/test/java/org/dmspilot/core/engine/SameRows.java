package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.testsupport.TestDatabase;

/**
 * Compares a table's rows one by one on the source and the target: each side's query yields text per value (the
 * caller spells each column so that both sides print the same text), ordered by the key.
 */
final class SameRows {
    private SameRows() {
    }

    /** Asserts that {@code table} has the same rows on both sides; returns how many values were compared. */
    static int assertSame(TestDatabase src, TestDatabase pg, String table, String sourceColumns, String targetColumns,
            String orderBy) throws Exception {
        List<List<String>> a = rows(src, "SELECT " + sourceColumns + " FROM `" + table + "` ORDER BY " + orderBy);
        List<List<String>> b = rows(pg, "SELECT " + targetColumns + " FROM " + Sql.pg(src.database()) + "."
                + Sql.pg(table) + " ORDER BY " + orderBy);
        assertThat(b.size()).as("rows of " + table + " on the target").isEqualTo(a.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).as(table + " row " + a.get(i)).isEqualTo(a.get(i));
        }
        return a.size() * (a.isEmpty() ? 0 : a.get(0).size());
    }

    private static List<List<String>> rows(TestDatabase db, String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
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
