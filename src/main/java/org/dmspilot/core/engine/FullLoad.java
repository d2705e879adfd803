package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/**
 * Full load of one MySQL/MariaDB schema into its converted PostgreSQL schema.
 *
 * <p>Order: consistent snapshot on every worker's source connection (see {@code SourceSnapshot}), checkpoint
 * {@code loading} at the snapshot's binlog position, secondary indexes / unique constraints / foreign keys dropped
 * (kept in {@code dmspilot.deferred_ddl}), target tables truncated, chunks (whole tables or primary-key ranges,
 * largest first) streamed by the workers into COPY with triggers off ({@code session_replication_role = replica}),
 * then one transaction rebuilds the deferred objects, restarts identities and marks the checkpoint {@code loaded}.
 * Cancelled or failed: the checkpoint says so, tables are partly loaded, deferred objects stay recorded and are
 * rebuilt by the next full load.
 */
public final class FullLoad {
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final LoadOptions options;
    private final TableSelection selection;
    private volatile String sourceSchema;

    public FullLoad(ConnectionFactory source, ConnectionFactory target, LoadOptions options) {
        this(source, target, options, TableSelection.ALL);
    }

    /** A full load of the tables {@code selection} migrates. */
    public FullLoad(ConnectionFactory source, ConnectionFactory target, LoadOptions options,
            TableSelection selection) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.selection = selection;
    }

    /**
     * Loads every table of {@code sourceSchema}. Progress counts rows (done / estimated), with the table in the
     * message.
     *
     * @throws CancelledException when the listener cancels; the checkpoint then says {@code cancelled}
     * @throws DmsPilotException when the load fails
     */
    /** A source column without a target column would be dropped by the load: refused before anything is written. */
    private static void refuseMissingColumns(List<TablePair> tables) {
        List<String> missing = tables.stream().flatMap(t -> t.missingOnTarget().stream().map(p -> t.source() + ": "
                + p.message())).toList();
        if (!missing.isEmpty()) {
            throw new DmsPilotException("The target lacks columns the source has; loading would drop their values,"
                    + " so nothing was loaded: " + String.join("; ", missing) + ". Convert and apply the schema"
                    + " again, or exclude the columns with a mapping rule.");
        }
    }

    public LoadResult run(String sourceSchema, ProgressListener progress) {
        this.sourceSchema = sourceSchema;
        long started = System.currentTimeMillis();
        String pgSchema = TablePairs.targetSchema(sourceSchema);
        try (Connection control = target.open()) {
            TargetPrep.ensureTables(control);
            CdcCheckpoint.ensureTables(control); // at once: a monitor reads the checkpoint's CDC columns
            try (SourceSnapshot snapshot = SourceSnapshot.open(source, options.workers(), sourceSchema)) {
                TablePairs.Available available = TablePairs.readAvailable(snapshot.connections().get(0), control,
                        sourceSchema, selection);
                List<TablePair> tables = available.pairs();
                if (tables.isEmpty() && !available.missing().isEmpty()) {
                    throw new DmsPilotException("None of the tables of " + sourceSchema + " has a converted table"
                            + " on the target, so nothing was loaded: " + String.join("; ",
                                    available.missing().values()));
                }
                refuseMissingColumns(tables);
                Optional<BinlogPosition> position = snapshot.position();
                TargetPrep.checkpoint(control, pgSchema, "loading", position, null);
                CdcCheckpoint.ensureTables(control);
                CdcCheckpoint.gtids(control, pgSchema, snapshot.gtids());
                TargetPrep.defer(control, pgSchema);
                TargetPrep.truncate(control, tables);
                CdcCheckpoint.unpause(control, pgSchema, tables.stream().map(TablePair::source).toList());
                Map<String, Long> rows;
                Map<String, String> notLoaded = new ConcurrentHashMap<>(available.missing());
                TargetPrep.Rebuilt rebuilt;
                try {
                    rows = copyAll(snapshot, tables, progress, notLoaded);
                    List<TablePair> failed = tables.stream().filter(t -> notLoaded.containsKey(t.source())).toList();
                    TargetPrep.truncate(control, failed); // nothing half-loaded
                    failed.forEach(t -> rows.remove(t.target()));
                    rebuilt = TargetPrep.finish(control, target, options.workers(), pgSchema, tables, position,
                            notLoaded, progress);
                } catch (CancelledException e) {
                    TargetPrep.checkpoint(control, pgSchema, "cancelled", position, "Cancelled: tables partly"
                            + " loaded; indexes and foreign keys kept in " + TargetPrep.DEFERRED
                            + ", rebuilt by the next full load.");
                    throw e;
                } catch (RuntimeException | SQLException e) {
                    TargetPrep.checkpoint(control, pgSchema, "failed", position, String.valueOf(e.getMessage()));
                    throw e;
                }
                return new LoadResult(position, rows, rebuilt.objects(), System.currentTimeMillis() - started,
                        notLoaded, rebuilt.keptAside());
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Full load of " + sourceSchema + " failed: " + e.getMessage(), e);
        }
    }

    private record Chunk(TablePair table, KeyRange range) {
    }

    /**
     * Copies every chunk; a table with a value the target cannot store ({@link Unstorable}, or a value PostgreSQL
     * refuses) stops there: its reason goes to {@code notLoaded} (source name), its other chunks are skipped, the
     * other tables go on.
     */
    private Map<String, Long> copyAll(SourceSnapshot snapshot, List<TablePair> tables, ProgressListener progress,
            Map<String, String> notLoaded) throws SQLException {
        ConcurrentLinkedQueue<Chunk> queue = new ConcurrentLinkedQueue<>();
        Map<String, Long> rows = new ConcurrentHashMap<>();
        Map<String, Integer> chunks = new java.util.HashMap<>();
        long estimate = 0;
        List<TablePair> bySize = new ArrayList<>(tables);
        bySize.sort(Comparator.comparingLong(TablePair::rowEstimate).reversed());
        for (TablePair t : bySize) {
            rows.put(t.target(), 0L);
            estimate += t.rowEstimate();
            for (KeyRange r : KeyRange.plan(snapshot.connections().get(0), t, options.chunkRows())) {
                queue.add(new Chunk(t, r));
                chunks.merge(t.source(), 1, Integer::sum);
            }
        }
        try (LoadProgress perTable = LoadProgress.start(target, TablePairs.targetSchema(sourceSchema), bySize,
                chunks)) {
            return copyAll(snapshot, queue, rows, progress, perTable, estimate, notLoaded);
        }
    }

    private Map<String, Long> copyAll(SourceSnapshot snapshot, ConcurrentLinkedQueue<Chunk> queue,
            Map<String, Long> rows, ProgressListener progress, LoadProgress perTable, long estimate,
            Map<String, String> notLoaded) throws SQLException {
        AtomicLong done = new AtomicLong();
        long total = estimate;
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread th = new Thread(r, "dmspilot-load");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Connection src : snapshot.connections()) {
                futures.add(pool.submit(() -> {
                    try (Connection tgt = target.open()) {
                        prepareTarget(tgt);
                        Chunk chunk;
                        while ((chunk = queue.poll()) != null) {
                            String table = chunk.table().source();
                            if (notLoaded.containsKey(table)) {
                                continue;
                            }
                            try {
                                perTable.chunkStarted(table);
                                rows.merge(chunk.table().target(), copy(src, tgt, chunk, progress, perTable, done,
                                        total), Long::sum);
                                perTable.chunkDone(table);
                            } catch (UnloadableValueException e) {
                                notLoaded.putIfAbsent(table, e.getMessage() + NOT_LOADED);
                                perTable.abandoned(table);
                            } catch (SQLException e) {
                                if (!refusedValue(e)) {
                                    throw e;
                                }
                                notLoaded.putIfAbsent(table, "Table " + table + ": PostgreSQL refused a value: "
                                        + e.getMessage().strip().replaceAll("\\s+", " ") + NOT_LOADED);
                                perTable.abandoned(table);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    queue.clear();
                    if (e.getCause() instanceof CancelledException c) {
                        throw c;
                    }
                    if (e.getCause() instanceof SQLException s) {
                        throw s;
                    }
                    throw new DmsPilotException("Full load failed: " + e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }

    private static final String NOT_LOADED = " The table is left empty and paused for CDC; the other tables are"
            + " loaded (" + Unstorable.POLICY + ").";

    /** A value PostgreSQL refused in COPY (data exception or integrity violation): that table's problem only. */
    private static boolean refusedValue(SQLException e) {
        String state = e.getSQLState();
        return e instanceof org.postgresql.util.PSQLException && state != null
                && (state.startsWith("22") || state.startsWith("23"));
    }

    /**
     * Triggers off, and no wait for the WAL flush at each chunk's commit: the checkpoint {@code loaded} is committed
     * later with the server's setting, and the WAL is written in order, so when it is durable every chunk is too.
     */
    private static void prepareTarget(Connection tgt) throws SQLException {
        try (Statement s = tgt.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute("SET synchronous_commit = off");
        }
    }

    private long copy(Connection src, Connection tgt, Chunk chunk, ProgressListener progress, LoadProgress perTable,
            AtomicLong done, long total) throws SQLException {
        TablePair t = chunk.table();
        String where = CopyEncoder.where(t, chunk.range()) + " AND " + selection.sourcePredicate(sourceSchema,
                t.source());
        long n = RowCopy.copy(src, tgt, t, where, options.fetchSize(), rows -> {
            progress.checkCancelled();
            perTable.copied(t.source(), 8192);
            progress.progress(done.addAndGet(8192), total, t.target() + ": " + rows + " rows");
        });
        perTable.copied(t.source(), n & 8191);
        done.addAndGet(n & 8191);
        progress.progress(done.get(), total, t.target() + ": " + n + " rows");
        return n;
    }
}
