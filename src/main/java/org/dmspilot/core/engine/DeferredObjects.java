package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/**
 * The keys, indexes and foreign keys a full load drops and rebuilds, kept in {@code dmspilot.deferred_ddl}.
 *
 * <p>Rebuild in two steps. First every index, including the unique index behind each primary key and (not
 * deferrable) unique constraint, is built on its own connection, several at a time ({@code CREATE INDEX} takes a
 * lock that lets the others on the same table run). Then one transaction attaches those indexes as their
 * constraints ({@code ADD CONSTRAINT ... USING INDEX}, no second build), adds the foreign keys and deletes the rows.
 * When a run stops between the two, the next full load first drops the indexes it had already built from the
 * stored rows, so nothing is created twice.
 */
final class DeferredObjects {
    private static final String TABLE = TargetPrep.DEFERRED;

    private DeferredObjects() {
    }

    /**
     * A stored object: {@code indexSql} (may be null) is built first, {@code createSql} (may be null) after;
     * {@code seq} is its row in the table.
     */
    record Item(long seq, String name, String indexName, String indexSql, String createSql) {
    }

    static void ensureColumns(Connection c) throws SQLException {
        TargetPrep.exec(c, "ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS index_name text,"
                + " ADD COLUMN IF NOT EXISTS index_sql text");
        TargetPrep.exec(c, "ALTER TABLE " + TABLE + " ALTER COLUMN create_sql DROP NOT NULL");
    }

    /** Drops the schema's keys, secondary indexes, unique constraints and foreign keys, keeping their DDL. */
    static int defer(Connection c, String schema) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Item i : stored(c, schema)) {
                if (i.indexName() != null) {
                    TargetPrep.exec(c, "DROP INDEX IF EXISTS " + i.indexName()); // built before a stop
                }
            }
            List<String[]> objects = new ArrayList<>(); // {drop, name, indexName, indexSql, createSql}
            // foreign keys ('f') sort before primary keys ('p') and unique constraints ('u'): dropped first,
            // recreated last
            try (PreparedStatement ps = c.prepareStatement("SELECT c.conrelid::regclass::text, c.conname,"
                    + " pg_get_constraintdef(c.oid), c.contype, c.condeferrable, i.indexrelid::regclass::text,"
                    + " pg_get_indexdef(i.indexrelid) FROM pg_constraint c"
                    + " JOIN pg_namespace n ON n.oid = c.connamespace LEFT JOIN pg_index i ON i.indexrelid = c.conindid"
                    + " AND c.contype IN ('p', 'u') WHERE n.nspname = ? AND c.contype IN ('f', 'p', 'u')"
                    + " ORDER BY c.contype, c.conname")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString(1);
                        String name = Sql.pg(rs.getString(2));
                        String type = rs.getString(4);
                        boolean attach = !type.equals("f") && !rs.getBoolean(5) && rs.getString(6) != null;
                        String create = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " "
                                + (attach ? (type.equals("p") ? "PRIMARY KEY" : "UNIQUE") + " USING INDEX " + name
                                        : rs.getString(3));
                        objects.add(new String[] {"ALTER TABLE " + table + " DROP CONSTRAINT " + name,
                                type + " " + rs.getString(2), attach ? rs.getString(6) : null,
                                attach ? rs.getString(7) : null, create});
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT i.indexrelid::regclass::text,"
                    + " pg_get_indexdef(i.indexrelid), ic.relname FROM pg_index i"
                    + " JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace"
                    + " WHERE n.nspname = ? AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                    + " WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x')) ORDER BY ic.relname")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        objects.add(new String[] {"DROP INDEX " + rs.getString(1), "index " + rs.getString(3),
                                rs.getString(1), rs.getString(2), null});
                    }
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + TABLE
                    + " (schema_name, object_name, index_name, index_sql, create_sql) VALUES (?, ?, ?, ?, ?)")) {
                for (String[] o : objects) {
                    TargetPrep.exec(c, o[0]);
                    ins.setString(1, schema);
                    for (int k = 1; k < 5; k++) {
                        ins.setString(k + 1, o[k]);
                    }
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            c.commit();
            return objects.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The stored objects of {@code schema}, in rebuild order (the reverse of the drop order). */
    static List<Item> stored(Connection c, String schema) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, object_name, index_name, index_sql, create_sql FROM "
                + TABLE + " WHERE schema_name = ? ORDER BY seq DESC")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return items;
    }

    /**
     * Builds the stored indexes, up to {@code workers} at a time, each on its own connection (committed one by
     * one: the rows stay until {@link #attach} so a stop loses nothing).
     */
    static void buildIndexes(ConnectionFactory target, int workers, List<Item> items, ProgressListener progress)
            throws SQLException {
        ConcurrentLinkedQueue<Item> queue = new ConcurrentLinkedQueue<>(items.stream()
                .filter(i -> i.indexSql() != null).toList());
        int total = queue.size();
        if (total == 0) {
            return;
        }
        AtomicInteger done = new AtomicInteger();
        Set<Statement> running = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, total), r -> {
            Thread th = new Thread(r, "dmspilot-index");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < Math.min(workers, total); w++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = target.open(); Statement st = c.createStatement()) {
                        st.execute("SELECT set_config('maintenance_work_mem', '128MB', false) WHERE"
                                + " pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes('128MB')");
                        running.add(st);
                        Item item;
                        while ((item = queue.poll()) != null) {
                            progress.checkCancelled();
                            progress.progress(done.get(), total, "building " + item.name());
                            st.execute(item.indexSql());
                            done.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                // a build can run for minutes: a cancel stops the running statements, not only the next ones
                while (!waitFor(f)) {
                    if (progress.isCancelled()) {
                        queue.clear();
                        for (Statement st : running) {
                            st.cancel();
                        }
                    }
                }
            }
        } catch (ExecutionException e) {
            queue.clear();
            if (e.getCause() instanceof CancelledException || progress.isCancelled()) {
                throw new CancelledException();
            }
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new DmsPilotException("Rebuilding indexes failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean waitFor(Future<?> f) throws ExecutionException, InterruptedException {
        try {
            f.get(200, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * In the caller's transaction: constraints on their built indexes, foreign keys, and the rows of what was
     * created deleted.
     *
     * @param tablesLeftEmpty true when some tables were not loaded: a foreign key whose rows reference one of them
     *     cannot be added, so it stays recorded (rebuilt by the next full load) instead of failing the others
     * @return the foreign keys kept aside for that reason ({@code f name})
     */
    static List<String> attach(Connection c, String schema, List<Item> items, boolean tablesLeftEmpty)
            throws SQLException {
        List<String> keptAside = new ArrayList<>();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE schema_name = ?"
                + " AND seq = ?")) {
            delete.setString(1, schema);
            for (Item i : items) {
                if (i.createSql() != null && !create(c, i, tablesLeftEmpty)) {
                    keptAside.add(i.name());
                    continue;
                }
                delete.setLong(2, i.seq());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return keptAside;
    }

    /** Runs the item's statement; false when it is a foreign key that the rows left empty tables break. */
    private static boolean create(Connection c, Item i, boolean tablesLeftEmpty) throws SQLException {
        if (!tablesLeftEmpty || !i.name().startsWith("f ")) {
            TargetPrep.exec(c, i.createSql());
            return true;
        }
        java.sql.Savepoint before = c.setSavepoint();
        try {
            TargetPrep.exec(c, i.createSql());
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            if (!"23503".equals(e.getSQLState())) { // foreign_key_violation
                throw e;
            }
            c.rollback(before);
            return false;
        }
    }
}
