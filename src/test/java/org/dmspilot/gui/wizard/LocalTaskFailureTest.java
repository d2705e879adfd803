package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.shell.MainViewModel;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A local-engine run that fails is never silent: the wizard reports the failed state with the engine's error, and
 * the main window's model raises a notification and keeps the state for the task's node.
 */
class LocalTaskFailureTest {
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void anEngineFailureRaisesANotificationAndTheTaskStateSaysFailedWithTheError() throws Exception {
        TestDatabase source = Databases.newMariaDbDatabase("local_fail");
        source.execute("CREATE TABLE t (id int PRIMARY KEY)", "INSERT INTO t VALUES (1)");
        TestDatabase target = Databases.newPostgresDatabase("local_fail").withDatabase("no_such_database");
        AtomicReference<Project> project = new AtomicReference<>(Project.newProject("fails").withSource(
                source.profile()).withTarget(target.profile()).withMigrationTask(new MigrationTask(
                        MigrationTask.Backend.LOCAL_ENGINE, "full-load", null, null)));
        RecordingDialogService dialogs = new RecordingDialogService();
        MainViewModel main = new MainViewModel(new DirectTaskExecutor(), dialogs, new AppPreferences(node),
                new ProjectConnections(new SessionSecretStore(), new DatabaseConnector(), dialogs), p -> null);
        WizardServices services = WizardTestSupport.services(new DirectTaskExecutor(), Runnable::run)
                .withPasswords(role -> Optional.of(role == ConnectionRole.SOURCE ? source.password()
                        : target.password()));
        DmsWizardViewModel wizard = new DmsWizardViewModel(services, project::get, project::set,
                DmsState.empty(project.get().id(), null), s -> { });
        wizard.localStatusProperty().addListener((o, a, reported) -> main.reportLocalTask(reported));

        wizard.startLocal();

        LocalTaskStatus status = wizard.localStatusProperty().get();
        assertThat(status.state()).isEqualTo(LocalTaskStatus.State.FAILED);
        assertThat(status.detail()).contains("no_such_database");
        assertThat(status.describe()).startsWith("failed: ");
        assertThat(wizard.infoProperty().get()).as("no 'Running on the local engine' left behind").isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("The migration task failed")
                .contains("no_such_database");
        assertThat(main.statusProperty().get()).contains("no_such_database");
        assertThat(main.localTaskProperty().get()).isEqualTo(status);
    }
}
