package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.cdc.StoredEngineMetrics;
import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;

/**
 * The local engine as a cutover backend, wherever it runs (this process, or {@code dmspilot migrate} in another):
 * everything goes through the target database — the checkpoint (state, heartbeat, stop request), the metrics the
 * engine writes there, and the validator run against both servers.
 */
public final class LocalCutoverBackend implements CutoverBackend {
    /** An engine whose heartbeat is older than this is not running. */
    static final Duration ALIVE = Duration.ofSeconds(15);
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final String schema;
    private final String pgSchema;
    private final MigrationMetrics metrics;
    private final Duration stopTimeout;
    private final org.dmspilot.core.engine.TableSelection selection;

    public LocalCutoverBackend(ConnectionFactory source, ConnectionFactory target, String schema,
            Duration stopTimeout) {
        this(source, target, schema, stopTimeout, org.dmspilot.core.engine.TableSelection.ALL);
    }

    /** The backend of a task migrating the tables {@code selection} names (validation covers only those). */
    public LocalCutoverBackend(ConnectionFactory source, ConnectionFactory target, String schema,
            Duration stopTimeout, org.dmspilot.core.engine.TableSelection selection) {
        this.selection = selection;
        this.source = source;
        this.target = target;
        this.schema = schema;
        this.pgSchema = TablePairs.targetSchema(schema);
        this.metrics = new StoredEngineMetrics(target, schema);
        this.stopTimeout = stopTimeout;
    }

    @Override
    public String describe() {
        return "local engine, " + schema + " -> " + pgSchema;
    }

    @Override
    public MigrationMetrics metrics() {
        return metrics;
    }

    @Override
    public ReplicationState state() {
        try (Connection c = target.open()) {
            Optional<CdcCheckpoint.State> state = CdcCheckpoint.read(c, pgSchema);
            if (state.isEmpty()) {
                return new ReplicationState(ReplicationState.Phase.NOT_STARTED, "no checkpoint on the target");
            }
            CdcCheckpoint.State s = state.get();
            Optional<Instant> heartbeat = CdcCheckpoint.heartbeat(c, pgSchema);
            boolean alive = heartbeat.map(h -> Duration.between(h, Instant.now()).compareTo(ALIVE) < 0)
                    .orElse(false);
            String detail = s.mode() + " / " + s.status() + (s.message() == null ? "" : ": " + s.message());
            if (s.status().equals("failed")) {
                return new ReplicationState(ReplicationState.Phase.FAILED, detail);
            }
            if (s.mode().equals("full-load")) {
                if (s.status().equals("loading")) {
                    return new ReplicationState(ReplicationState.Phase.LOADING, detail);
                }
                if (s.status().equals("loaded") && alive) {
                    // CDC writes its heartbeat from its start; the checkpoint becomes mode cdc with the first
                    // change it applies, so a quiet source left the state at "stopped" while CDC ran
                    return new ReplicationState(ReplicationState.Phase.RUNNING, detail
                            + ": CDC running, no change applied yet");
                }
                return new ReplicationState(ReplicationState.Phase.STOPPED, detail);
            }
            if (s.status().equals("running") && alive) {
                return new ReplicationState(ReplicationState.Phase.RUNNING, detail);
            }
            return new ReplicationState(ReplicationState.Phase.STOPPED, alive ? detail : detail
                    + " (engine not running" + heartbeat.map(h -> ", last heard at " + h).orElse("") + ")");
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // no dmspilot.checkpoint: the engine never ran on this target
                return new ReplicationState(ReplicationState.Phase.NOT_STARTED, "no checkpoint on the target");
            }
            throw new DmsPilotException("Could not read the engine's checkpoint on the target: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the validator now. While CDC still applies changes, a mismatch may be a change in flight: the validation
     * is repeated (up to three times, 2 s apart) and the last result counts.
     */
    @Override
    public ValidationSummary validation() {
        ReplicationState now = state();
        if (now.phase() == ReplicationState.Phase.LOADING || now.phase() == ReplicationState.Phase.NOT_STARTED) {
            // a target still being loaded differs from its source by design: comparing them only alarms
            return new ValidationSummary(false, 0, "validation waits for the full load to finish");
        }
        Validator validator = new Validator(source, target, 2, 100_000, selection);
        ValidationReport report = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            report = validator.validate(schema, ProgressListener.NONE);
            if (report.identical() || state().phase() != ReplicationState.Phase.RUNNING) {
                break;
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ValidationSummary.of(report);
    }

    @Override
    public void stop(ProgressListener progress) {
        if (state().stopped()) {
            return;
        }
        try (Connection c = target.open()) {
            CdcCheckpoint.requestStop(c, pgSchema);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not ask the engine to stop: " + e.getMessage(), e);
        }
        Instant end = Instant.now().plus(stopTimeout);
        while (Instant.now().isBefore(end)) {
            progress.checkCancelled();
            ReplicationState s = state();
            progress.progress(-1, -1, "waiting for the engine to stop: " + s.detail());
            if (s.stopped() || s.phase() == ReplicationState.Phase.FAILED) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
        throw new DmsPilotException("The local engine did not stop within " + stopTimeout.toSeconds() + " s;"
                + " stop the dmspilot migrate process (Ctrl-C) and run this step again.");
    }
}
