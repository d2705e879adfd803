package org.dmspilot.core.engine;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A half-open range of an integer primary key, {@code lower <= key < upper}; a null end is open, so the first and
 * last ranges also take keys outside the planned span.
 *
 * @param lower inclusive lower bound, or null
 * @param upper exclusive upper bound, or null
 */
public record KeyRange(BigInteger lower, BigInteger upper) {
    /** The whole table. */
    public static final KeyRange ALL = new KeyRange(null, null);

    /** A WHERE condition (without WHERE), or {@code 1=1} for the whole table. */
    public String condition(String quotedColumn) {
        if (lower == null && upper == null) {
            return "1=1";
        }
        if (lower == null) {
            return quotedColumn + " < " + upper;
        }
        if (upper == null) {
            return quotedColumn + " >= " + lower;
        }
        return quotedColumn + " >= " + lower + " AND " + quotedColumn + " < " + upper;
    }

    /**
     * Splits a table with an integer key into ranges of about {@code chunkRows} rows (by key span and the row
     * estimate), reading MIN and MAX of the key on {@code source}. Other tables are one range.
     */
    public static List<KeyRange> plan(Connection source, TablePair table, long chunkRows) throws SQLException {
        if (!table.hasIntegerKey() || table.rowEstimate() <= chunkRows) {
            return List.of(ALL);
        }
        String key = Sql.my(table.primaryKey().get(0).source());
        BigInteger min;
        BigInteger max;
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(" + key + "), MAX("
                + key + ") FROM " + Sql.my(table.source()))) {
            rs.next();
            if (rs.getString(1) == null) {
                return List.of(ALL);
            }
            min = new BigInteger(rs.getString(1));
            max = new BigInteger(rs.getString(2));
        }
        return split(min, max, (table.rowEstimate() + chunkRows - 1) / chunkRows);
    }

    static List<KeyRange> split(BigInteger min, BigInteger max, long pieces) {
        BigInteger span = max.subtract(min).add(BigInteger.ONE);
        BigInteger n = BigInteger.valueOf(Math.max(1, pieces)).min(span);
        BigInteger step = span.add(n).subtract(BigInteger.ONE).divide(n);
        List<KeyRange> ranges = new ArrayList<>();
        BigInteger lower = null;
        for (BigInteger b = min.add(step); b.compareTo(max) <= 0; b = b.add(step)) {
            ranges.add(new KeyRange(lower, b));
            lower = b;
        }
        ranges.add(new KeyRange(lower, null));
        return ranges;
    }
}
