package org.dmspilot.core.validate;

import java.math.BigInteger;
import org.dmspilot.core.engine.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Compares two row streams ordered by an integer key without holding a chunk in memory: each row is the key, then
 * the values to compare. Keys only on one side, or with values that differ, are collected (at most {@code limit}).
 */
final class KeyMerge {
    record Result(List<String> keys, long sourceRows, long targetRows) {
    }

    private KeyMerge() {
    }

    static Result compare(Connection source, String sourceSql, Connection target, String targetSql, int values,
            BiPredicate<List<String>, List<String>> same, int limit) throws SQLException {
        boolean auto = target.getAutoCommit();
        target.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        try (Statement a = source.createStatement(); Statement b = target.createStatement()) {
            Sql.stream(a, 10_000);
            Sql.stream(b, 10_000);
            try (ResultSet left = a.executeQuery(sourceSql); ResultSet right = b.executeQuery(targetSql)) {
                List<String> keys = new ArrayList<>();
                long nl = 0;
                long nr = 0;
                boolean hasL = left.next();
                boolean hasR = right.next();
                while (hasL || hasR) {
                    int cmp = !hasL ? 1 : !hasR ? -1
                            : new BigInteger(left.getString(1)).compareTo(new BigInteger(right.getString(1)));
                    if (cmp < 0) {
                        add(keys, left.getString(1), limit);
                        nl++;
                        hasL = left.next();
                    } else if (cmp > 0) {
                        add(keys, right.getString(1), limit);
                        nr++;
                        hasR = right.next();
                    } else {
                        if (!same.test(row(left, values), row(right, values))) {
                            add(keys, left.getString(1), limit);
                        }
                        nl++;
                        nr++;
                        hasL = left.next();
                        hasR = right.next();
                    }
                }
                return new Result(keys, nl, nr);
            }
        } finally {
            target.commit();
            target.setAutoCommit(auto);
        }
    }

    private static void add(List<String> keys, String key, int limit) {
        if (keys.size() < limit) {
            keys.add(key);
        }
    }

    private static List<String> row(ResultSet rs, int values) throws SQLException {
        List<String> v = new ArrayList<>(values);
        for (int i = 2; i <= 1 + values; i++) {
            v.add(rs.getString(i));
        }
        return v;
    }
}
