package org.dmspilot.core.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.sqlparse.MysqlScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shopwave sample database: a small online shop written to exercise what a MySQL to PostgreSQL migration meets
 * (ENUM, SET, unsigned, JSON, generated columns, routines, triggers, a table without a primary key...). The script is
 * the resource {@code shopwave.sql} next to this class; its header lists the features.
 */
public final class Shopwave {
    /** The database name the sandbox uses on both servers. */
    public static final String DATABASE = "shopwave";

    /** The row count of each main table after loading, in load order. */
    public static final Map<String, Integer> ROW_COUNTS = rowCounts();

    private static final Logger LOG = LoggerFactory.getLogger(Shopwave.class);
    private static final String RESOURCE = "shopwave.sql";

    private Shopwave() {
    }

    /** The script text (MariaDB syntax, with {@code DELIMITER} blocks). */
    public static String script() {
        try (InputStream in = Shopwave.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the shopwave tables, routines, triggers and views with their data in the connection's current database,
     * which should be empty. Runs with auto-commit; the connection needs the privileges to create routines and
     * triggers (with the binary log on, SUPER or {@code log_bin_trust_function_creators}).
     *
     * @throws DmsPilotException naming the statement that failed
     */
    public static void load(Connection connection) {
        List<String> statements = MysqlScript.statements(script(), "shopwave.sql").stream()
                .map(MysqlScript.Statement::text).toList();
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new DmsPilotException("Loading the shopwave sample failed at statement " + (i + 1) + " ("
                            + firstLine(sql) + "): " + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Loading the shopwave sample failed: " + e.getMessage(), e);
        }
        LOG.info("Loaded shopwave: {} statements", statements.size());
    }

    private static String firstLine(String sql) {
        String line = sql.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("--")).findFirst().orElse(sql);
        return line.length() > 80 ? line.substring(0, 80) + "..." : line.strip();
    }

    private static Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("customers", 10);
        counts.put("products", 10);
        counts.put("orders", 10);
        counts.put("order_items", 12);
        counts.put("payments", 10);
        return java.util.Collections.unmodifiableMap(counts);
    }
}
