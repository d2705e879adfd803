package org.dmspilot.core.verify;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Rows read from either engine in one comparable form: numbers by value, times as ISO text, NOW() as {@code <now>}. */
final class Values {
    /** Times this close to the probe's clock were written by NOW() / CURRENT_TIMESTAMP in the probe. */
    private static final long RECENT_MINUTES = 30;

    private Values() {
    }

    static List<List<String>> rows(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rows(rs);
        }
    }

    static List<List<String>> rows(ResultSet rs) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String type = md.getColumnTypeName(i);
                if (type.equalsIgnoreCase("YEAR")) {
                    row.add(rs.getObject(i) == null ? null : String.valueOf(rs.getInt(i)));
                } else if (rs.getObject(i) instanceof java.sql.Array array) {
                    row.add(String.join(",", java.util.Arrays.stream((Object[]) array.getArray())
                            .map(String::valueOf).toList()));
                } else {
                    row.add(normalize(rs.getObject(i)));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** Rows in a stable order (the engines need not agree on the order of an unordered query). */
    static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(List::toString));
        return out;
    }

    /** A PostgreSQL identifier, double-quoted. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String normalize(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Number n) {
            BigDecimal d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        LocalDateTime time = null;
        if (value instanceof java.sql.Timestamp t) {
            time = t.toLocalDateTime();
        } else if (value instanceof LocalDateTime t) {
            time = t;
        } else if (value instanceof java.time.OffsetDateTime t) {
            time = t.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime();
        }
        if (time != null) {
            long minutes = Math.abs(ChronoUnit.MINUTES.between(time, LocalDateTime.now()));
            return minutes <= RECENT_MINUTES ? "<now>" : time.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        return value.toString();
    }
}
