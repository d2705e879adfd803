package org.dmspilot.gui.monitor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverLog;
import org.dmspilot.core.cutover.CutoverRun;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.cutover.LocalCutoverBackend;
import org.dmspilot.core.cutover.ValidationSchedule;
import org.dmspilot.core.cutover.ValidationSummary;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.fallback.Fallback;
import org.dmspilot.core.fallback.FallbackCutover;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.core.monitor.FileTaskLog;
import org.dmspilot.core.engine.cdc.StoredEngineMetrics;
import org.dmspilot.gui.cutover.CutoverViewModel;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.Notifications;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * Wires the monitor and the cutover of a local-engine task: the metrics the engine writes to the target (whether it
 * runs in this window or as {@code dmspilot migrate} elsewhere), the local validator, the stop through the target's
 * checkpoint. There is nothing to clean up in AWS.
 */
public final class LocalTaskMonitors {
    /** How often the monitor's checklist validates the task's tables again ("Validate now" runs it at once). */
    static final Duration VALIDATE_EVERY = Duration.ofMinutes(10);

    private LocalTaskMonitors() {
    }

    /**
     * What the cutover panel needs to offer the fallback stream.
     *
     * @param replication PostgreSQL connections in logical replication mode
     * @param sourceProfile the source as the application reaches it (the connection string to switch back to)
     * @param drainTimeout how long "Roll back to MySQL" waits for the stream to apply the last writes
     */
    public record FallbackWiring(ConnectionFactory replication, ConnectionProfile sourceProfile,
            Duration drainTimeout) {
    }

    /**
     * @param projectFile the saved project: the cutover log lives beside it
     * @param ui runs a callback on the UI thread
     */
    public static TaskMonitorViewModel open(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui,
            CutoverConnections db, TableSelection selection, Path projectFile, CutoverSettings settings,
            DrainSettings drain, Duration refreshEvery) {
        return open(executor, dialogs, ui, db, selection, projectFile, settings, drain, refreshEvery, null);
    }

    /** As above, with the fallback stream in the cutover panel ({@code fallback} null: without). */
    public static TaskMonitorViewModel open(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui,
            CutoverConnections db, TableSelection selection, Path projectFile, CutoverSettings settings,
            DrainSettings drain, Duration refreshEvery, FallbackWiring fallback) {
        LocalCutoverBackend backend = new LocalCutoverBackend(db.source(), db.target(), db.sourceSchema(),
                Duration.ofSeconds(60), selection);
        CutoverRun run = new CutoverRun(backend, db, CutoverLog.open(projectFile), settings, drain);
        // the checklist's validation reads every row of both sides: on a slow schedule, not on every refresh tick
        ValidationSchedule validations = new ValidationSchedule(backend::validation, VALIDATE_EVERY,
                Clock.systemUTC());
        MonitorViewModel monitor = new MonitorViewModel(executor, new StoredEngineMetrics(db.target(),
                db.sourceSchema()), validations, Clock.systemDefaultZone());
        CutoverViewModel cutover = new CutoverViewModel(executor, dialogs, ui, run);
        if (fallback != null) {
            cutover.withFallback(new FallbackCutover(run, new Fallback(db.source(), db.target(), db.sourceSchema(),
                    selection), fallback.replication(), fallback.sourceProfile(), fallback.drainTimeout()));
        }
        TaskMonitorViewModel page = new TaskMonitorViewModel(executor, dialogs, monitor, cutover,
                Optional.empty(), refreshEvery, Optional.of(new TaskLogViewModel(executor,
                        FileTaskLog.applicationLog())), backend::state, new Notifications()).withValidation(
                                new ValidationViewModel(executor, dialogs, db.source(), db.target(),
                                        db.sourceSchema(), selection).onValidated(report -> {
                                            // the checklist and the statistics show this result, not an older one
                                            validations.record(ValidationSummary.of(report));
                                            monitor.validated(report);
                                        })).withLocalCleanup(new LocalCleanupViewModel(
                                                executor, dialogs, db.target()));
        page.attach(new TaskOperationsViewModel(executor, dialogs, new LocalTaskOperations(db.source(), db.target(),
                db.sourceSchema(), selection), cutover.describe(), page::refreshNow));
        return page;
    }
}
