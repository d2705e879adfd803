package org.dmspilot.core.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares every value of one table between the source and the target, row by row and column by column, independently
 * of the validator: each side's value is read as text and compared by what it means (numbers and JSON numbers by
 * value, doubles bit for bit, durations in microseconds, bits as bit strings, JSON as trees).
 */
final class ValueByValue {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** How a column's two texts are compared. */
    enum As { TEXT, NUMBER, DOUBLE, DURATION, DATETIME, BITS, JSON }

    /** A column: its name on both sides, the source and target SELECT expressions, the comparison. */
    record Col(String name, String mysql, String postgres, As as) {
        static Col of(String name, As as) {
            String my = "`" + name + "`";
            String pg = "\"" + name + "\"";
            return switch (as) {
                case BITS -> new Col(name, "BIN(" + my + ")", pg + "::text", as);
                // a DOUBLE result travels exactly; MySQL's CAST(double AS CHAR) may drop a digit
                case DOUBLE -> new Col(name, "CAST(" + my + " AS DOUBLE)", pg + "::float8::text", as);
                default -> new Col(name, "CAST(" + my + " AS CHAR)", pg + "::text", as);
            };
        }
    }

    private ValueByValue() {
    }

    /**
     * The differences between source table {@code table} and target table {@code schema.table}, as
     * {@code key/column: source <> target} (empty when every value is equal), comparing {@code rows} rows by
     * {@code key}.
     */
    static List<String> differences(Connection source, Connection target, String schema, String table, String key,
            List<Col> cols) throws SQLException {
        List<List<String>> mine = read(source, "SELECT " + String.join(", ", cols.stream().map(Col::mysql).toList())
                + " FROM `" + table + "` k ORDER BY k.`" + key + "`", cols.size());
        List<List<String>> theirs = read(target, "SELECT " + String.join(", ", cols.stream().map(Col::postgres)
                .toList()) + " FROM \"" + schema + "\".\"" + table + "\" k ORDER BY k.\"" + key + "\"", cols.size());
        List<String> diffs = new ArrayList<>();
        if (mine.size() != theirs.size()) {
            diffs.add(table + ": " + mine.size() + " source rows, " + theirs.size() + " target rows");
            return diffs;
        }
        for (int r = 0; r < mine.size(); r++) {
            for (int i = 0; i < cols.size(); i++) {
                String a = mine.get(r).get(i);
                String b = theirs.get(r).get(i);
                if (!same(cols.get(i).as(), a, b)) {
                    diffs.add(table + " row " + (r + 1) + "/" + cols.get(i).name() + ": " + abbreviate(a) + " <> "
                            + abbreviate(b));
                }
            }
        }
        return diffs;
    }

    private static List<List<String>> read(Connection c, String sql, int n) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static boolean same(As as, String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return switch (as) {
            case TEXT -> a.equals(b);
            case NUMBER -> new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
            case DOUBLE -> Double.doubleToLongBits(Double.parseDouble(a)) == Double.doubleToLongBits(
                    Double.parseDouble(b));
            case DURATION -> micros(a) == micros(b);
            case DATETIME -> withoutTrailingZeros(a).equals(withoutTrailingZeros(b));
            case BITS -> a.equals(b.replaceFirst("^0+(?=.)", ""));
            case JSON -> tree(a).equals(NUMBERS_BY_VALUE, tree(b));
        };
    }

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (x, y) -> {
        if (x instanceof NumericNode && y instanceof NumericNode) {
            return x.decimalValue().compareTo(y.decimalValue());
        }
        return Objects.equals(x, y) ? 0 : 1;
    };

    /** {@code [-]H:MM:SS[.ffffff]} (MySQL TIME, PostgreSQL time or interval text) in microseconds. */
    static long micros(String text) {
        boolean negative = text.startsWith("-");
        String[] p = text.replace("-", "").split(":");
        BigDecimal seconds = new BigDecimal(p[0]).multiply(BigDecimal.valueOf(3600))
                .add(new BigDecimal(p[1]).multiply(BigDecimal.valueOf(60))).add(new BigDecimal(p[2]));
        long us = seconds.movePointRight(6).longValueExact();
        return negative ? -us : us;
    }

    /** {@code 2038-01-19 03:14:08.000} → {@code 2038-01-19 03:14:08}. */
    private static String withoutTrailingZeros(String timestamp) {
        return timestamp.contains(".") ? timestamp.replaceAll("\\.?0+$", "") : timestamp;
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(text), e);
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
