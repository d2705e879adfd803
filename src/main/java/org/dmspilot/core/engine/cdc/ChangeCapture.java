package org.dmspilot.core.engine.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.BinlogPosition;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binlog CDC of one schema into its converted PostgreSQL schema, from the checkpoint, until stopped.
 *
 * <p>A reader thread reads the binlog as a replica and queues whole source transactions; this thread applies them in
 * order, in batches, each batch with the checkpoint in the same PostgreSQL transaction. Any failure of the source,
 * the target or the network ends the session: what was read but not applied is dropped, the status says
 * {@code waiting for source} (or target), and a new session starts from the checkpoint after a backoff (0.5 s
 * doubling up to {@link CdcOptions#maxBackoffMillis()}), for as long as it takes, so nothing is applied twice and
 * nothing is lost. A deterministic failure (a value that cannot be decoded or applied, an event CDC does not
 * understand, a bug) stops CDC with its message and the status {@code failed} instead ({@link CdcFailures}).
 */
public final class ChangeCapture {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeCapture.class);
    private final ConnectionFactory source;
    private final BinlogEndpoint endpoint;
    private final ConnectionFactory target;
    private final String schema;
    private final String pgSchema;
    private final CdcOptions options;
    private final org.dmspilot.core.engine.TableSelection selection;
    private final CdcStats stats = new CdcStats();
    private final EngineMetrics metrics;
    private final AtomicLong queuedRows = new AtomicLong();
    private final AtomicLong queuedBytes = new AtomicLong();
    /** Row images read ahead of the applier before the reader waits, whatever the number of rows (1 MB rows: 32). */
    static final long MAX_PENDING_BYTES = 32L << 20;
    /** Row images applied in one target transaction at most (a whole piece always goes in). */
    static final long BATCH_BYTES = 16L << 20;
    private volatile boolean stopping;
    private volatile Thread runner;
    private volatile BinlogReader reader;

    public ChangeCapture(ConnectionFactory source, BinlogEndpoint endpoint, ConnectionFactory target, String schema,
            CdcOptions options) {
        this(source, endpoint, target, schema, options, org.dmspilot.core.engine.TableSelection.ALL);
    }

    /** CDC of the tables {@code selection} migrates (the others' changes are read and skipped). */
    public ChangeCapture(ConnectionFactory source, BinlogEndpoint endpoint, ConnectionFactory target, String schema,
            CdcOptions options, org.dmspilot.core.engine.TableSelection selection) {
        this.selection = selection;
        this.source = source;
        this.endpoint = endpoint;
        this.target = target;
        this.schema = schema;
        this.pgSchema = TablePairs.targetSchema(schema);
        this.options = options;
        this.metrics = new EngineMetrics(stats, schema, target, this::stop);
    }

    /** The live measurements (DMS meaning). */
    public EngineMetrics metrics() {
        return metrics;
    }

    /**
     * Records the source's current binlog position as the CDC start (CDC without a full load).
     *
     * @return that position
     */
    public static BinlogPosition startFromCurrentPosition(Connection source, Connection target, String schema)
            throws SQLException {
        String gtids = BinlogPosition.executedGtids(source); // before the position: at worst one more is replayed
        BinlogPosition pos = currentPosition(source);
        recordDefinitions(source, target, schema);
        CdcCheckpoint.start(target, TablePairs.targetSchema(schema), pos);
        CdcCheckpoint.gtids(target, TablePairs.targetSchema(schema), gtids);
        return pos;
    }

    /**
     * Records the source's column lists on the target as CDC's starting definitions: call it just before the full
     * load's snapshot, so DDL run on the source later is met in the binlog, not already in the definitions.
     */
    public static void recordDefinitions(Connection source, Connection target, String schema) throws SQLException {
        CdcCheckpoint.ensureTables(target);
        CdcTables.recordAll(source, target, schema);
    }

    static BinlogPosition currentPosition(Connection source) {
        return BinlogPosition.current(source).orElseThrow(() -> new DmsPilotException("The source reports no binlog"
                + " position: enable log_bin for CDC and give the login REPLICATION CLIENT (see the readiness"
                + " checks)."));
    }

    /**
     * Runs CDC until {@link #stop()} or cancellation, reconnecting after failures.
     *
     * @throws DmsPilotException when CDC cannot run at all (no checkpoint, partial row images, a table missing on the
     *     target)
     */
    public void run(ProgressListener progress) {
        runner = Thread.currentThread();
        metrics.start();
        long backoff = 500;
        try {
            while (!stopping) {
                long started = System.currentTimeMillis();
                long appliedBefore = stats.appliedRows();
                try {
                    session(progress);
                } catch (CancelledException e) {
                    break;
                } catch (Exception e) {
                    if (stopping) {
                        break;
                    }
                    if (!CdcFailures.isTransient(e)) {
                        String message = e instanceof DmsPilotException || e instanceof BinlogStreamException
                                || e instanceof IllegalStateException ? e.getMessage()
                                : "CDC stopped on an error that a retry cannot cure: " + describe(e);
                        markStatus("failed", message);
                        throw e instanceof DmsPilotException d ? d : new DmsPilotException(message, e);
                    }
                    if (stats.appliedRows() > appliedBefore || System.currentTimeMillis() - started > 30_000) {
                        backoff = 500;
                    }
                    String side = CdcFailures.side(e);
                    stats.waiting(side, System.currentTimeMillis());
                    String message = "CDC waiting for the " + side + " (" + describe(e) + "); resuming from the"
                            + " checkpoint in " + backoff + " ms";
                    LOG.warn(message);
                    markStatus("waiting for " + side, message);
                    progress.progress(stats.appliedRows(), -1, message);
                    if (!sleep(backoff)) {
                        break;
                    }
                    backoff = Math.min(options.maxBackoffMillis(), backoff * 2);
                }
            }
            markStatus("stopped", "Stopped after " + stats.appliedRows() + " changes applied");
        } finally {
            metrics.close();
            runner = null;
        }
    }

    /** Asks CDC to stop: the batch being applied is committed or rolled back whole, then {@link #run} returns. */
    public void stop() {
        stopping = true;
        BinlogReader r = reader;
        if (r != null) {
            r.stop();
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + (root != e && root.getMessage() != null ? " / " + root.getMessage() : "");
    }

    private boolean sleep(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!stopping && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, end - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopping;
    }

    private void markStatus(String status, String message) {
        try (Connection c = target.open()) {
            CdcCheckpoint.status(c, pgSchema, status, message);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not record CDC status {}: {}", status, e.getMessage());
        }
    }

    private void session(ProgressListener progress) throws Exception {
        LinkedBlockingQueue<SourceTransaction> queue = new LinkedBlockingQueue<>();
        queuedRows.set(0);
        queuedBytes.set(0);
        stats.resetPending();
        Map<String, CdcTable> tables;
        BinlogPosition from;
        long skip;
        String gtids;
        boolean byGtid;
        try (Connection src = source.open(); Connection control = target.open()) {
            CdcCheckpoint.ensureTables(control);
            if (!stopping) {
                CdcCheckpoint.clearStopRequest(control, pgSchema);
            }
            CdcCheckpoint.State state = CdcCheckpoint.read(control, pgSchema).orElseThrow(() ->
                    new DmsPilotException("No checkpoint for schema " + pgSchema + " on the target: run a full load"
                            + " first (dmspilot migrate --mode full-load-and-cdc), or start CDC from the source's"
                            + " current position."));
            if (!state.resumable()) {
                throw new DmsPilotException("The checkpoint of " + pgSchema + " says " + state.mode() + " / "
                        + state.status() + ": CDC starts only after a completed full load. Run the full load again"
                        + " (--restart).");
            }
            from = state.position().orElseThrow();
            skip = state.skip();
            gtids = BinlogPosition.executedGtids(src) == null ? null : state.gtids();
            byGtid = gtids != null && !BinlogFiles.has(src, from.file());
            if (byGtid) {
                LOG.warn("The source no longer has binlog file {} (purged, or another server after a failover):"
                        + " CDC resumes after the GTID set {}", from.file(), gtids);
            }
            tables = CdcTables.read(src, control, schema, selection);
            pausedTables(control, tables);
            metrics.assumeLoaded();
        }
        metrics.tables(tables.values().stream().map(t -> new String[] {t.pair().source(), t.pair().target()})
                .toList());
        for (CdcTable t : tables.values()) {
            if (!t.hasKey()) {
                LOG.warn("Table {} has no primary key: CDC applies its changes by matching whole rows (slow on"
                        + " large tables; duplicate rows are indistinguishable).", t.pair().source());
            }
        }
        progress.progress(stats.appliedRows(), -1, "CDC reading " + endpoint.host() + " from " + from);
        BinlogReader r = new BinlogReader(endpoint, schema, tx -> enqueue(queue, tx), stats,
                options.batchRows());
        reader = r;
        Exception[] readerFailure = new Exception[1];
        Thread readerThread = new Thread(() -> {
            try {
                r.run(from, skip, options.heartbeatMillis(), gtids, byGtid);
            } catch (Exception e) {
                readerFailure[0] = e;
            }
        }, "dmspilot-binlog");
        readerThread.setDaemon(true);
        if (stopping) {
            return;
        }
        readerThread.start();
        try (Connection applyConnection = target.open()) {
            ChangeApplier applier = new ChangeApplier(applyConnection, pgSchema, tables, stats);
            try (Connection src = source.open()) {
                applyLoop(queue, readerThread, readerFailure, applier, tables, src, applyConnection, progress);
            }
        } finally {
            r.stop();
            readerThread.join(5_000);
            reader = null;
        }
    }

    private void applyLoop(LinkedBlockingQueue<SourceTransaction> queue, Thread readerThread,
            Exception[] readerFailure, ChangeApplier applier, Map<String, CdcTable> tables, Connection src,
            Connection tgt, ProgressListener progress) throws Exception {
        long lastReport = 0;
        while (!stopping) {
            BinlogReader r = reader;
            if (!stats.state().equals("running") && r != null && r.connected()) {
                stats.connected();
                CdcCheckpoint.status(tgt, pgSchema, "running", "CDC reconnected to the source and the target");
                LOG.info("CDC reconnected; reading from the checkpoint");
            }
            try {
                progress.checkCancelled();
            } catch (CancelledException e) {
                stopping = true;
                throw e;
            }
            SourceTransaction first = queue.poll(100, TimeUnit.MILLISECONDS);
            if (first == null) {
                if (!readerThread.isAlive()) {
                    if (stopping) {
                        return;
                    }
                    Exception f = readerFailure[0];
                    throw f != null ? f : new java.io.IOException("the binlog reader ended");
                }
                continue;
            }
            long bytes = first.bytes();
            if (first.ddl() != null) {
                queuedRows.addAndGet(-first.rows());
                queuedBytes.addAndGet(-bytes);
                ddl(first, applier, tables, src, tgt);
                continue;
            }
            List<SourceTransaction> batch = new ArrayList<>();
            batch.add(first);
            int rows = first.rows();
            SourceTransaction next;
            while (rows < options.batchRows() && bytes < BATCH_BYTES && (next = queue.peek()) != null
                    && next.ddl() == null) {
                batch.add(queue.poll());
                rows += next.rows();
                bytes += next.bytes();
            }
            applier.apply(batch, "running");
            queuedRows.addAndGet(-rows);
            queuedBytes.addAndGet(-bytes);
            stats.applied(batch.get(batch.size() - 1).commitMillis(), rows);
            long now = System.currentTimeMillis();
            if (now - lastReport >= 1000) {
                lastReport = now;
                progress.progress(stats.appliedRows(), -1, String.format(java.util.Locale.ROOT,
                        "CDC: %d changes applied, target latency %.1f s, %d waiting", stats.appliedRows(),
                        stats.targetLatencySeconds(now), stats.pending()));
            }
        }
    }

    private void ddl(SourceTransaction tx, ChangeApplier applier, Map<String, CdcTable> tables, Connection src,
            Connection tgt) throws SQLException {
        DdlPlanner.Plan plan = DdlPlanner.plan(tx.ddl(), tx.ddlDatabase(), schema, tables);
        if (plan instanceof DdlPlanner.Apply a) {
            applier.applyDdl(a.statements(), a.table(), a.columns(), tx, "running", "DDL applied: " + a.what());
            LOG.info("CDC applied DDL on the target: {} -> {}", a.what(), a.statements());
            if (a.table() != null) {
                tables.put(a.table(), CdcTables.rebuild(tables.get(a.table()), a.columns(), tgt));
            }
        } else if (plan instanceof DdlPlanner.Rename rename) {
            renames(rename, tx, applier, tables);
        } else if (plan instanceof DdlPlanner.Pause p) {
            CdcTable t = tables.get(p.table());
            String reason = "Paused by DDL: " + p.reason() + ". Reload the table to resume it.";
            applier.pause(t, reason, tx.end());
            applier.commitAt(tx, "running", "table " + p.table() + " paused");
        } else {
            applier.commitAt(tx, "running", null);
        }
        stats.applied(tx.commitMillis(), 0);
    }

    /** Follows each rename of a migrated table on the target, or pauses the table when it cannot be followed. */
    private void renames(DdlPlanner.Rename rename, SourceTransaction tx, ChangeApplier applier,
            Map<String, CdcTable> tables) throws SQLException {
        List<String> statements = new ArrayList<>();
        List<String> followed = new ArrayList<>();
        for (TableRenames.Step step : rename.steps()) {
            CdcTable t = schema.equals(step.fromDb()) ? tables.get(step.from()) : null;
            if (t == null || t.pausedReason() != null) {
                continue;
            }
            String whyNot = TableRenames.whyNot(step, schema, tables, selection);
            if (whyNot != null) {
                applier.pause(t, "Paused: " + whyNot + " (" + rename.what() + "). Reload the table to resume it.",
                        tx.end());
                continue;
            }
            statements.addAll(TableRenames.statements(t, step));
            tables.remove(step.from());
            tables.put(step.to(), t.renamed(step.to(), org.dmspilot.core.convert.PgNames.name(step.to())));
            followed.add(step.from() + " -> " + step.to());
        }
        applier.applyDdl(statements, null, null, tx, "running", followed.isEmpty() ? null
                : "table renamed on the target: " + String.join(", ", followed));
        if (!followed.isEmpty()) {
            LOG.info("CDC followed the rename of {} on the target", followed);
            metrics.tables(tables.values().stream().map(x -> new String[] {x.pair().source(), x.pair().target()})
                    .toList());
        }
    }

    private void pausedTables(Connection control, Map<String, CdcTable> tables) throws SQLException {
        try (PreparedStatement ps = control.prepareStatement("SELECT table_name, reason FROM dmspilot.cdc_paused"
                + " WHERE schema_name = ?")) {
            ps.setString(1, pgSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CdcTable t = tables.get(rs.getString(1));
                    if (t != null) {
                        t.pause(rs.getString(2));
                    }
                }
            }
        }
    }

    private void enqueue(LinkedBlockingQueue<SourceTransaction> queue, SourceTransaction tx) {
        long bytes = tx.bytes();
        while ((queuedRows.get() > options.maxPendingRows()
                || queuedBytes.get() > 0 && queuedBytes.get() + bytes > MAX_PENDING_BYTES) && !stopping) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        queuedRows.addAndGet(tx.rows());
        queuedBytes.addAndGet(bytes);
        queue.add(tx);
    }
}
