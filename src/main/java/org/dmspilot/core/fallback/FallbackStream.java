package org.dmspilot.core.fallback;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback stream: PostgreSQL's logical replication ({@code pgoutput}, through pgJDBC's replication API) of the
 * migrated tables, applied to the MySQL/MariaDB source after the switch. Whole PostgreSQL transactions are applied in
 * one MySQL transaction per batch together with the checkpoint ({@link FallbackCheckpoint}); only after that commit is
 * the slot's flush position confirmed, and a transaction whose end LSN the checkpoint already holds is skipped: exactly
 * once across crashes. A lost connection to either side ends the session and a new one starts after a backoff
 * (0.5 s doubling up to 30 s); a change MySQL cannot take stops the stream ({@code failed}) with the reason.
 */
public final class FallbackStream {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackStream.class);
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final ConnectionFactory replication;
    private final String schema;
    private final TableSelection selection;
    private final int batchRows;
    private volatile boolean stopping;
    private long appliedLsn;
    private long heartbeatAt;

    /**
     * @param source the MySQL/MariaDB source (written by the stream)
     * @param target the PostgreSQL target (read: table definitions)
     * @param replication PostgreSQL connections in replication mode ({@code replication=database})
     * @param schema the source schema
     * @param batchRows row changes per MySQL transaction at most (whole PostgreSQL transactions)
     */
    public FallbackStream(ConnectionFactory source, ConnectionFactory target, ConnectionFactory replication,
            String schema, TableSelection selection, int batchRows) {
        this.source = source;
        this.target = target;
        this.replication = replication;
        this.schema = schema;
        this.selection = selection;
        this.batchRows = batchRows;
    }

    /** Asks {@link #run()} to finish its batch and return. */
    public void stop() {
        stopping = true;
    }

    /** Runs until stopped (here or by {@link Fallback#requestStop}); throws when a change cannot be applied. */
    public void run() {
        long backoff = 500;
        while (!stopping) {
            try {
                if (session()) {
                    break;
                }
                backoff = 500;
            } catch (ApplyFailure e) {
                fail(e.getMessage());
                throw new DmsPilotException("The fallback stream stopped: " + e.getMessage(), e.getCause());
            } catch (SQLException | RuntimeException e) {
                if (!transientProblem(e)) {
                    fail(String.valueOf(e.getMessage()));
                    throw new DmsPilotException("The fallback stream stopped: " + e.getMessage(), e);
                }
                LOG.warn("Fallback stream interrupted ({}); reconnecting in {} ms", e.getMessage(), backoff);
                mark("waiting", "reconnecting: " + e.getMessage());
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoff));
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        mark("stopped", "stopped");
    }

    /** One session; true when a stop was requested. */
    private boolean session() throws SQLException {
        try (Connection my = source.open(); Connection pg = target.open(); Connection repl = replication.open()) {
            my.setCatalog(schema);
            List<TablePair> tables = TablePairs.read(my, pg, schema, selection);
            ReverseApplier.prepareSession(my);
            FallbackCheckpoint.Row row = FallbackCheckpoint.read(my, schema).orElseThrow(() -> new ApplyFailure(
                    "no fallback is prepared for " + schema + " (dmspilot fallback start prepares it)", null));
            appliedLsn = row.lsn();
            FallbackCheckpoint.heartbeat(my, schema, "running", "connected", 0);
            my.commit();
            PGReplicationStream stream = repl.unwrap(PGConnection.class).getReplicationAPI().replicationStream()
                    .logical().withSlotName(row.slot()).withStartPosition(LogSequenceNumber.valueOf(row.lsn()))
                    .withSlotOption("proto_version", "1").withSlotOption("publication_names", row.publication())
                    .withSlotOption("messages", "true").withStatusInterval(1, TimeUnit.SECONDS).start();
            try (ReverseApplier applier = new ReverseApplier(my, tables)) {
                return loop(my, stream, applier);
            } finally {
                stream.close();
            }
        }
    }

    private record Txn(Instant commitTime, List<PgOutput.Message> changes, long endLsn) {
    }

    private boolean loop(Connection my, PGReplicationStream stream, ReverseApplier applier) throws SQLException {
        List<Txn> batch = new ArrayList<>();
        List<PgOutput.Message> current = null;
        Instant currentTime = null;
        long pending = 0;
        while (true) {
            ByteBuffer buf = stream.readPending();
            if (buf != null) {
                PgOutput.Message m = PgOutput.decode(buf);
                if (m instanceof PgOutput.Begin b) {
                    current = new ArrayList<>();
                    currentTime = b.commitTime();
                } else if (m instanceof PgOutput.Relation r) {
                    applier.relation(r);
                } else if (m instanceof PgOutput.Change || m instanceof PgOutput.Truncate) {
                    current.add(m);
                } else if (m instanceof PgOutput.Commit c) {
                    if (c.endLsn() > appliedLsn) {
                        batch.add(new Txn(currentTime, current, c.endLsn()));
                        pending += current.size();
                    }
                    current = null;
                    if (pending >= batchRows) {
                        flush(my, stream, applier, batch);
                        pending = 0;
                    }
                }
                continue;
            }
            if (!batch.isEmpty()) {
                flush(my, stream, applier, batch);
                pending = 0;
            } else if (current == null) {
                LogSequenceNumber received = stream.getLastReceiveLSN();
                if (received.asLong() > appliedLsn) { // nothing of ours up to there: let the slot move on
                    stream.setFlushedLSN(received);
                    stream.setAppliedLSN(received);
                }
            }
            if (System.nanoTime() - heartbeatAt > TimeUnit.SECONDS.toNanos(1)) {
                long lag = current == null ? 0 : Duration.between(currentTime, Instant.now()).toMillis();
                boolean stopRequested = FallbackCheckpoint.heartbeat(my, schema, "running", null, Math.max(0, lag));
                my.commit();
                stream.forceUpdateStatus();
                heartbeatAt = System.nanoTime();
                if ((stopRequested || stopping) && current == null) {
                    FallbackCheckpoint.requestStop(my, schema, false);
                    my.commit();
                    return true;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private void flush(Connection my, PGReplicationStream stream, ReverseApplier applier, List<Txn> batch)
            throws SQLException {
        long changes = 0;
        long end = appliedLsn;
        try {
            for (Txn t : batch) {
                for (PgOutput.Message m : t.changes()) {
                    if (m instanceof PgOutput.Change c) {
                        applier.apply(c);
                    } else {
                        applier.truncate((PgOutput.Truncate) m);
                    }
                    changes++;
                }
                end = t.endLsn();
            }
            FallbackCheckpoint.advance(my, schema, end, changes, batch.size());
            long lag = Duration.between(batch.get(batch.size() - 1).commitTime(), Instant.now()).toMillis();
            FallbackCheckpoint.heartbeat(my, schema, "running", null, Math.max(0, lag));
            my.commit();
        } catch (SQLException e) {
            rollbackQuietly(my);
            if (connectionProblem(e)) {
                throw e;
            }
            throw new ApplyFailure("MySQL refused a change of the transaction ending at "
                    + LogSequenceNumber.valueOf(end) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly(my);
            throw new ApplyFailure("a change after " + LogSequenceNumber.valueOf(appliedLsn) + " cannot be applied: "
                    + e.getMessage(), e);
        }
        appliedLsn = end;
        heartbeatAt = System.nanoTime();
        stream.setFlushedLSN(LogSequenceNumber.valueOf(end));
        stream.setAppliedLSN(LogSequenceNumber.valueOf(end));
        batch.clear();
    }

    private static void rollbackQuietly(Connection my) {
        try {
            my.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getMessage());
        }
    }

    private static boolean connectionProblem(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P03"));
    }

    private static boolean transientProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && connectionProblem(s) || t instanceof java.io.IOException) {
                return true;
            }
            if (t instanceof org.dmspilot.core.connect.ConnectionFailedException) {
                return true;
            }
        }
        return false;
    }

    private void fail(String message) {
        mark("failed", message);
    }

    private void mark(String status, String message) {
        try (Connection my = source.open()) {
            FallbackCheckpoint.status(my, schema, status, message);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not record fallback status {}: {}", status, e.getMessage());
        }
    }

    /** A change that cannot be applied: the stream stops. */
    private static final class ApplyFailure extends RuntimeException {
        ApplyFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
