package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverConnections;
import org.dmspilot.core.cutover.CutoverSettings;
import org.dmspilot.core.cutover.DrainSettings;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.gui.monitor.LocalTaskMonitors;
import org.dmspilot.gui.monitor.TaskMonitorView;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.gui.wizard.LocalTaskStatus;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;

/** The local-engine task under Migration tasks: its node, and its monitor with the cutover. */
final class LocalTaskNode {
    private LocalTaskNode() {
    }

    /**
     * A node as soon as the project's task is set to run on the local engine (saved or not), showing the engine's
     * state when it ran in this session (running, finished, stopped, failed with its error).
     */
    static Optional<ProjectNode> of(Project project, LocalTaskStatus status) {
        if (project.migrationTask().backend() != MigrationTask.Backend.LOCAL_ENGINE
                || project.source() == null || project.target() == null) {
            return Optional.empty();
        }
        String type = project.migrationTask().migrationType() == null ? "" : project.migrationTask().migrationType();
        return Optional.of(new ProjectNode(ProjectNode.Kind.LOCAL_TASK, lang("tree.localTask"), status == null
                ? type : status.describe()));
    }

    /** The monitor of the task (asks for missing database passwords on the UI thread). */
    static Node monitor(MainViewModel vm, TaskExecutor executor) {
        Project project = vm.projectProperty().get();
        if (vm.projectFileProperty().get() == null) {
            return TaskNodeParts.problem(lang("tree.localTask.saveFirst"));
        }
        try {
            CutoverConnections db = new CutoverConnections(TaskNodeParts.factory(vm, project, ConnectionRole.SOURCE),
                    TaskNodeParts.factory(vm, project, ConnectionRole.TARGET), project.source().database(), project.target());
            return new TaskMonitorView(LocalTaskMonitors.open(executor, vm.dialogs(), Platform::runLater, db,
                    TableSelection.fromTableMappings(project.migrationTask().tableMappings()),
                    vm.projectFileProperty().get(), CutoverSettings.localEngine(), DrainSettings.defaults(),
                    Duration.ofSeconds(5), new LocalTaskMonitors.FallbackWiring(TaskNodeParts.replication(vm,
                            project), project.source(), Duration.ofMinutes(5)))).root();
        } catch (DmsPilotException e) {
            return TaskNodeParts.problem(e.getMessage());
        }
    }
}
