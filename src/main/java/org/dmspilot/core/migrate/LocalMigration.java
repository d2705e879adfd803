package org.dmspilot.core.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.BinlogPosition;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.FullLoad;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.LoadResult;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.engine.cdc.BinlogEndpoint;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.engine.cdc.ChangeCapture;
import org.dmspilot.core.engine.cdc.EngineMetrics;
import org.dmspilot.core.progress.ProgressListener;

/**
 * A local-engine migration task, as the CLI's {@code migrate} and the GUI run it: full load, CDC, or both, with the
 * checkpoint deciding where a second run starts. A finished full load is not repeated unless {@code restart} says
 * so; CDC resumes from the checkpoint; CDC alone without any checkpoint starts at the source's current position.
 */
public final class LocalMigration {
    /** The DMS migration types. */
    public enum Mode {
        FULL_LOAD("full-load"), CDC("cdc"), FULL_LOAD_AND_CDC("full-load-and-cdc");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        /** The CLI / DMS name. */
        public String id() {
            return id;
        }

        public static Optional<Mode> of(String id) {
            for (Mode m : values()) {
                if (m.id.equals(id)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final String schema;
    private final Mode mode;
    private final LoadOptions load;
    private final boolean restart;
    private final TableSelection selection;
    private final ChangeCapture cdc;
    private volatile LoadResult loadResult;
    private volatile boolean stopped;

    public LocalMigration(ConnectionFactory source, BinlogEndpoint endpoint, ConnectionFactory target, String schema,
            Mode mode, LoadOptions load, CdcOptions cdcOptions, boolean restart) {
        this(source, endpoint, target, schema, mode, load, cdcOptions, restart, TableSelection.ALL);
    }

    /** A migration of the tables {@code selection} migrates (the task's table mappings). */
    public LocalMigration(ConnectionFactory source, BinlogEndpoint endpoint, ConnectionFactory target, String schema,
            Mode mode, LoadOptions load, CdcOptions cdcOptions, boolean restart, TableSelection selection) {
        if (mode != Mode.FULL_LOAD && selection.hasRowFilters()) {
            throw new org.dmspilot.core.BadInputException("The table mappings filter rows (selection rule"
                    + " \"filters\"); the local engine applies row filters to the full load and its validation"
                    + " only, not to replicated changes, which would bring the filtered-out rows back. Run a full"
                    + " load alone, or remove the filters.");
        }
        this.selection = selection;
        this.source = source;
        this.target = target;
        this.schema = schema;
        this.mode = mode;
        this.load = load;
        this.restart = restart;
        this.cdc = mode == Mode.FULL_LOAD ? null : new ChangeCapture(source, endpoint, target, schema, cdcOptions,
                selection);
    }

    /** The engine's live measurements (empty for a full load alone). */
    public Optional<EngineMetrics> metrics() {
        return Optional.ofNullable(cdc).map(ChangeCapture::metrics);
    }

    /** The full load's result, when this run did one. */
    public Optional<LoadResult> loadResult() {
        return Optional.ofNullable(loadResult);
    }

    /** Runs until done (full load) or until {@link #stop()} / cancellation (CDC). */
    public void run(ProgressListener progress) {
        Optional<CdcCheckpoint.State> state = checkpoint();
        boolean loadNeeded = mode == Mode.FULL_LOAD || mode == Mode.FULL_LOAD_AND_CDC
                && (restart || state.isEmpty() || !state.get().resumable());
        if (loadNeeded) {
            if (cdc != null) {
                try (Connection s = source.open(); Connection t = target.open()) {
                    ChangeCapture.recordDefinitions(s, t, schema);
                } catch (SQLException e) {
                    throw new DmsPilotException("Could not record the table definitions for CDC: " + e.getMessage(),
                            e);
                }
            }
            loadResult = new FullLoad(source, target, load, selection).run(schema, progress);
            loadResult.notLoaded().values().forEach(why -> progress.progress(0, -1, why));
            if (cdc != null) {
                cdc.metrics().fullLoad(loadResult.rowsByTable());
                if (loadResult.start().isEmpty()) {
                    throw new DmsPilotException("The source has no binary log: the full load is done, but CDC needs"
                            + " log_bin = ON with binlog_format = ROW (see the readiness checks).");
                }
            }
        } else if (mode == Mode.CDC && (restart || state.isEmpty() || !state.get().resumable())) {
            try (Connection s = source.open(); Connection t = target.open()) {
                BinlogPosition at = ChangeCapture.startFromCurrentPosition(s, t, schema);
                progress.progress(0, -1, "CDC starts at the source's current position " + at);
            } catch (SQLException e) {
                throw new DmsPilotException("Could not record the CDC start position: " + e.getMessage(), e);
            }
        }
        if (cdc != null && !stopped) {
            cdc.run(progress);
        }
    }

    /** Stops CDC cleanly (a full load in progress is cancelled through its progress listener instead). */
    public void stop() {
        stopped = true;
        if (cdc != null) {
            cdc.stop();
        }
    }

    private Optional<CdcCheckpoint.State> checkpoint() {
        try (Connection t = target.open()) {
            CdcCheckpoint.ensureTables(t);
            return CdcCheckpoint.read(t, TablePairs.targetSchema(schema));
        } catch (SQLException e) {
            throw new DmsPilotException("Could not read the checkpoint on the target: " + e.getMessage(), e);
        }
    }
}
