package org.dmspilot.core.convert;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.catalog.SourceDdl;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;

/**
 * Asks a live source what the data holds for the columns whose conversion depends on it: {@code tinyint(1)} (only
 * 0/1/NULL → boolean), {@code bigint unsigned} (above the bigint range → numeric(20)) and {@code time} (durations
 * beyond a day or negative → interval). One query per table that
 * has such columns; other tables are not touched.
 */
public final class LiveFacts implements FactsSource {
    private final Map<String, ColumnFacts> facts = new HashMap<>();

    private LiveFacts() {
    }

    /** Reads the facts for one schema's tables. */
    public static LiveFacts read(Connection source, Schema schema, ProgressListener progress) {
        LiveFacts result = new LiveFacts();
        List<Table> tables = schema.tables().stream().filter(t -> !interesting(t).isEmpty()).toList();
        int done = 0;
        try (Statement st = source.createStatement()) {
            for (Table t : tables) {
                progress.checkCancelled();
                progress.progress(done++, tables.size(), "Checking data of " + t.name());
                List<Column> columns = interesting(t);
                List<String> selects = new ArrayList<>();
                for (Column c : columns) {
                    String q = SourceDdl.quote(c.name());
                    if (isTime(c)) {
                        // a time of day fits PostgreSQL time; durations beyond a day or negative do not
                        selects.add("NULL");
                        selects.add("SUM(" + q + " < TIME '00:00:00' OR " + q + " > TIME '24:00:00')");
                    } else {
                        selects.add("MAX(" + q + ")");
                        selects.add("SUM(" + q + " NOT IN (0, 1))");
                    }
                }
                String sql = "SELECT " + String.join(", ", selects) + " FROM " + SourceDdl.quote(schema.name()) + "."
                        + SourceDdl.quote(t.name());
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    for (int i = 0; i < columns.size(); i++) {
                        String max = rs.getString(2 * i + 1);
                        long outside = rs.getLong(2 * i + 2);
                        result.facts.put(key(t.name(), columns.get(i).name()), isTime(columns.get(i))
                                ? ColumnFacts.time(outside == 0)
                                : ColumnFacts.of(outside == 0, max == null ? BigInteger.ZERO : new BigInteger(max)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not inspect the data of schema " + schema.name() + ": "
                    + e.getMessage(), e);
        }
        return result;
    }

    private static List<Column> interesting(Table t) {
        return t.columns().stream().filter(c -> {
            MysqlColumnType type = MysqlColumnType.parse(c.columnType());
            return type.base().equals("tinyint") && type.intArg(0, 0) == 1
                    || type.base().equals("bigint") && type.unsigned() || type.base().equals("time");
        }).toList();
    }

    private static boolean isTime(Column c) {
        return MysqlColumnType.parse(c.columnType()).base().equals("time");
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }

    @Override
    public ColumnFacts facts(String table, String column) {
        return facts.getOrDefault(key(table, column), ColumnFacts.UNKNOWN);
    }
}
