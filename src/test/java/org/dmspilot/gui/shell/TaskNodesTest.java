package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TreeItem;
import org.dmspilot.gui.projecttree.ProjectNode;
import org.dmspilot.gui.projecttree.ProjectTree;
import org.dmspilot.gui.wizard.LocalTaskStatus;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.Test;

/** The task's node under Migration tasks, without a screen. */
class TaskNodesTest {
    private final Project project = Project.newProject("shop")
            .withSource(ConnectionProfile.of(Engine.MARIADB, "127.0.0.1", 3307, "shopwave", "dmspilot"))
            .withTarget(ConnectionProfile.of(Engine.POSTGRESQL, "127.0.0.1", 5433, "shopwave", "dmspilot"))
            .withMigrationTask(new MigrationTask(MigrationTask.Backend.LOCAL_ENGINE, "full-load-and-cdc", null,
                    null));

    @Test
    void aLocalTaskAppearsTheMomentItIsCreatedEvenInAnUnsavedProject() {
        List<ProjectNode> nodes = NodeViews.taskNodes(project, null, null);

        assertThat(nodes).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(ProjectNode.Kind.LOCAL_TASK);
            assertThat(n.detail()).isEqualTo("full-load-and-cdc");
        });
        TreeItem<ProjectNode> tasks = ProjectTree.build(project, null, nodes).getChildren().stream()
                .filter(i -> i.getValue().kind() == ProjectNode.Kind.TASKS).findFirst().orElseThrow();
        assertThat(tasks.getValue().detail()).as("not 'none yet' with a task in it").isEqualTo("1");
        assertThat(tasks.isExpanded()).isTrue();
    }

    @Test
    void theTaskNodeShowsTheEnginesStateAndError() {
        assertThat(NodeViews.taskNodes(project, null, new LocalTaskStatus(LocalTaskStatus.State.RUNNING, "")))
                .singleElement().extracting(ProjectNode::detail).isEqualTo("running");
        assertThat(NodeViews.taskNodes(project, null, new LocalTaskStatus(LocalTaskStatus.State.FAILED,
                "Could not connect to the target"))).singleElement().extracting(ProjectNode::toString)
                .isEqualTo("Local engine task  (failed: Could not connect to the target)");
    }
}
