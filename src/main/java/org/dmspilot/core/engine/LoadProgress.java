package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a full load's (or a reload's) per-table progress in the target ({@code dmspilot.load_progress}) once a
 * second while it copies — rows copied, the source's estimate, start and finish — where a monitor in this or another
 * process reads it ({@code StoredEngineMetrics}). The workers count in memory; one thread writes on its own
 * connection, so a copy never waits for it. A failed write is logged and retried at the next second: progress is
 * information, the load goes on without it.
 */
public final class LoadProgress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadProgress.class);
    private static final String TABLE = "dmspilot.load_progress";

    private static final class Table {
        final AtomicLong rows = new AtomicLong();
        final AtomicInteger chunksLeft;
        final long estimate;
        volatile Instant started;
        volatile Instant finished;

        Table(long estimate, int chunks) {
            this.estimate = estimate;
            this.chunksLeft = new AtomicInteger(chunks);
        }
    }

    private final ConnectionFactory target;
    private final String pgSchema;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final ScheduledExecutorService writer;
    private Connection connection;

    /**
     * Starts recording: every table queued (0 rows), written at once, then once a second.
     *
     * @param chunks source table → how many chunks it is copied in
     */
    public static LoadProgress start(ConnectionFactory target, String pgSchema, Collection<TablePair> pairs,
            Map<String, Integer> chunks) {
        LoadProgress p = new LoadProgress(target, pgSchema);
        for (TablePair t : pairs) {
            p.tables.put(t.source(), new Table(t.rowEstimate(), chunks.getOrDefault(t.source(), 1)));
        }
        p.write(true);
        p.writer.scheduleWithFixedDelay(() -> p.write(false), 1, 1, TimeUnit.SECONDS);
        return p;
    }

    private LoadProgress(ConnectionFactory target, String pgSchema) {
        this.target = target;
        this.pgSchema = pgSchema;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dmspilot-load-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** A chunk of {@code table} starts (the first one starts the table's clock). */
    public void chunkStarted(String table) {
        Table t = tables.get(table);
        if (t != null && t.started == null) {
            synchronized (t) {
                if (t.started == null) {
                    t.started = Instant.now();
                }
            }
        }
    }

    /** {@code rows} more rows of {@code table} copied. */
    public void copied(String table, long rows) {
        Table t = tables.get(table);
        if (t != null) {
            t.rows.addAndGet(rows);
        }
    }

    /** A chunk of {@code table} is done; the last one finishes the table. */
    public void chunkDone(String table) {
        Table t = tables.get(table);
        if (t != null && t.chunksLeft.decrementAndGet() <= 0) {
            t.finished = Instant.now();
        }
    }

    /** The table was not loaded (its rows are removed again): it is recorded as not finished. */
    public void abandoned(String table) {
        Table t = tables.get(table);
        if (t != null) {
            t.rows.set(0);
            t.finished = null;
            t.chunksLeft.set(Integer.MAX_VALUE);
        }
    }

    /** Writes the current counts; the first write replaces what an earlier load of these tables left. */
    private synchronized void write(boolean first) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = target.open();
                connection.setAutoCommit(true);
            }
            if (first) {
                ensureTable(connection); // a target an older version loaded lacks it
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE + " (schema_name,"
                    + " table_name, rows_loaded, rows_expected, started_at, finished_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT (schema_name, table_name) DO UPDATE SET"
                    + " rows_loaded = excluded.rows_loaded, rows_expected = excluded.rows_expected,"
                    + " started_at = excluded.started_at, finished_at = excluded.finished_at, updated_at = now()")) {
                for (Map.Entry<String, Table> e : tables.entrySet()) {
                    Table t = e.getValue();
                    long rows = t.rows.get();
                    ps.setString(1, pgSchema);
                    ps.setString(2, e.getKey());
                    ps.setLong(3, rows);
                    ps.setLong(4, t.finished != null ? rows : t.estimate);
                    ps.setTimestamp(5, t.started == null ? null : Timestamp.from(t.started));
                    ps.setTimestamp(6, t.finished == null ? null : Timestamp.from(t.finished));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException | RuntimeException e) {
            if (first) {
                LOG.warn("The load's progress is not recorded on the target: {}", e.getMessage());
            } else {
                LOG.debug("load progress not written: {}", e.getMessage());
            }
            closeConnection();
        }
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing anyway
        }
        connection = null;
    }

    /** Stops the writer after a last write of the final counts. */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(false);
        synchronized (this) {
            closeConnection();
        }
    }

    /** Creates {@code dmspilot.load_progress} (the schema {@code dmspilot} exists). */
    static void ensureTable(Connection c) throws SQLException {
        TargetPrep.exec(c, "CREATE SCHEMA IF NOT EXISTS dmspilot");
        TargetPrep.exec(c, "CREATE TABLE IF NOT EXISTS " + TABLE + " (schema_name text NOT NULL, table_name text"
                + " NOT NULL, rows_loaded bigint NOT NULL, rows_expected bigint NOT NULL, started_at timestamptz,"
                + " finished_at timestamptz, updated_at timestamptz NOT NULL, PRIMARY KEY (schema_name, table_name))");
    }
}
