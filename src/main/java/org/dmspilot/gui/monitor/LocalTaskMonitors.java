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
import org.dmspilot.core.engine.TableSelection;
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
    private LocalTaskMonitors() {
    }

    /**
     * @param projectFile the saved project: the cutover log lives beside it
     * @param ui runs a callback on the UI thread
     */
    public static TaskMonitorViewModel open(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui,
            CutoverConnections db, TableSelection selection, Path projectFile, CutoverSettings settings,
            DrainSettings drain, Duration refreshEvery) {
        LocalCutoverBackend backend = new LocalCutoverBackend(db.source(), db.target(), db.sourceSchema(),
                Duration.ofSeconds(60), selection);
        CutoverRun run = new CutoverRun(backend, db, CutoverLog.open(projectFile), settings, drain);
        MonitorViewModel monitor = new MonitorViewModel(executor, new StoredEngineMetrics(db.target(),
                db.sourceSchema()), backend::validation, Clock.systemUTC());
        return new TaskMonitorViewModel(executor, dialogs, monitor, new CutoverViewModel(executor, dialogs, ui, run),
                Optional.empty(), refreshEvery, Optional.of(new TaskLogViewModel(executor,
                        FileTaskLog.applicationLog())), backend::state, new Notifications());
    }
}
