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
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.CloudWatchTaskLog;
import org.dmspilot.core.dms.DmsAssessmentRuns;
import org.dmspilot.core.dms.DmsCleanup;
import org.dmspilot.core.dms.DmsCutoverBackend;
import org.dmspilot.core.dms.DmsMetrics;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.cutover.CutoverViewModel;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.Notifications;
import org.dmspilot.gui.util.TaskExecutor;

/** Wires the monitor, the cutover and the cleanup of an AWS DMS task recorded in a project's DMS state. */
public final class DmsTaskMonitors {
    private DmsTaskMonitors() {
    }

    /**
     * @param projectFile the saved project: the DMS state and the cutover log live beside it
     * @param ui runs a callback on the UI thread
     */
    public static TaskMonitorViewModel open(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui,
            AwsClients aws, DmsPlan plan, DmsState state, Path projectFile, CutoverConnections db, Timing timing,
            DrainSettings drain, Duration refreshEvery) {
        return open(executor, dialogs, ui, aws, plan, state, projectFile, db, timing, drain, refreshEvery,
                new Notifications());
    }

    /** The same, raising the task's failure in {@code notifications}. */
    public static TaskMonitorViewModel open(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui,
            AwsClients aws, DmsPlan plan, DmsState state, Path projectFile, CutoverConnections db, Timing timing,
            DrainSettings drain, Duration refreshEvery, Notifications notifications) {
        DmsCutoverBackend backend = new DmsCutoverBackend(aws, plan, state, timing);
        CutoverRun run = new CutoverRun(backend, db, CutoverLog.open(projectFile), CutoverSettings.defaults(), drain);
        MonitorViewModel monitor = new MonitorViewModel(executor, new DmsMetrics(aws, plan, state,
                ProgressListener.NONE), backend::validation, Clock.systemUTC());
        TaskMonitorViewModel.Cleanup cleanup = (all, progress) -> {
            DmsCleanup c = new DmsCleanup(aws, timing);
            c.cleanup(DmsStateFiles.load(projectFile, state.projectId(), state.region()), all, progress,
                    s -> DmsStateFiles.save(projectFile, s));
            return c.remaining(state.projectId(), progress);
        };
        TaskLogViewModel logs = new TaskLogViewModel(executor, CloudWatchTaskLog.of(aws, plan, state, timing));
        TaskMonitorViewModel vm = new TaskMonitorViewModel(executor, dialogs, monitor, new CutoverViewModel(executor,
                dialogs, ui, run), Optional.of(cleanup), refreshEvery, Optional.of(logs), backend::state,
                notifications);
        vm.attach(new TaskOperationsViewModel(executor, dialogs, new DmsTaskOperations(aws, plan, state, timing),
                backend.describe(), vm::refreshNow));
        if (!plan.serverless()) {
            vm.attach(new AssessmentRunViewModel(executor, dialogs, ui, progress -> new DmsAssessmentRuns(aws, timing,
                    progress).run(plan, DmsStateFiles.load(projectFile, state.projectId(), state.region()), null,
                            s -> DmsStateFiles.save(projectFile, s)), DmsAssessmentRuns.creates(state.projectId(),
                                    plan.region())));
        }
        return vm;
    }
}
