package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.Node;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsStateFiles;
import org.dmspilot.core.dms.StepId;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.gui.monitor.DmsTaskMonitors;
import org.dmspilot.gui.monitor.TaskMonitorView;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.Disposal;
import org.dmspilot.gui.util.Notifications;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/** The AWS DMS task under Migration tasks: its node, and its monitor with the cutover and the cleanup. */
final class DmsTaskNode {
    private DmsTaskNode() {
    }

    /** A node when the project's DMS state records a provisioned task. */
    static Optional<ProjectNode> of(Project project, Path file) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            DmsState state = DmsStateFiles.load(file, project.id(), null);
            StepState task = state.step(state.options() != null && state.options().onServerless()
                    ? StepId.REPLICATION_CONFIG : StepId.REPLICATION_TASK);
            if (task.status() != StepState.Status.DONE || task.arn() == null || state.options() == null) {
                return Optional.empty();
            }
            return Optional.of(new ProjectNode(ProjectNode.Kind.DMS_TASK, lang("tree.dmsTask"),
                    task.arn().substring(task.arn().lastIndexOf(':') + 1), state));
        } catch (DmsPilotException e) {
            return Optional.empty();
        }
    }

    /** The monitor of the task (asks for missing database passwords on the UI thread). */
    static Node monitor(MainViewModel vm, TaskExecutor executor, ProjectNode node) {
        Project project = vm.projectProperty().get();
        try {
            CutoverConnections db = new CutoverConnections(TaskNodeParts.factory(vm, project, ConnectionRole.SOURCE),
                    TaskNodeParts.factory(vm, project, ConnectionRole.TARGET), project.source().database(), project.target());
            return monitor(project, vm.projectFileProperty().get(), db, executor, vm.dialogs(), vm.notifications(),
                    AwsClients::new, Timing.DEFAULT, Duration.ofSeconds(30));
        } catch (DmsPilotException e) {
            return TaskNodeParts.problem(e.getMessage());
        }
    }

    /**
     * The monitor, reaching AWS with the profile, region and endpoint the task was provisioned through (recorded in
     * the DMS state). Disposing the view stops its refresh and closes its AWS clients.
     */
    static Node monitor(Project project, Path file, CutoverConnections db, TaskExecutor executor, DialogService dialogs,
            Notifications notifications, BiFunction<AwsSettings, Timing, AwsClients> clients, Timing timing,
            Duration refreshEvery) {
        DmsState state = DmsStateFiles.load(file, project.id(), null);
        AwsClients aws = clients.apply(state.awsSettings(), timing);
        try {
            TaskMonitorView view = new TaskMonitorView(DmsTaskMonitors.open(executor, dialogs, Platform::runLater, aws,
                    DmsPlanner.plan(project, state.options()), state, file, db, timing, DrainSettings.defaults(),
                    refreshEvery, notifications));
            Disposal.onDispose(view.root(), aws::close);
            return view.root();
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
    }
}
