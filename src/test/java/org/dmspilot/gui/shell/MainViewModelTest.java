package org.dmspilot.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("org/dmspilot/test/" + System.nanoTime());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private BackgroundTask.Work<MainViewModel.SandboxProject> sandbox = p -> new MainViewModel.SandboxProject(
            Project.newProject("shopwave sandbox"), dir.resolve("sandbox").resolve("shopwave.dmspilot.json"));
    private final SessionSecretStore secrets = new SessionSecretStore();
    private final MainViewModel vm = new MainViewModel(new DirectTaskExecutor(), dialogs, new AppPreferences(node),
            new ProjectConnections(secrets, new DatabaseConnector(), dialogs), p -> sandbox.run(p));

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void saveOfANewProjectAsksForAFileAddsTheSuffixAndRemembersIt() {
        vm.newProject();
        assertThat(vm.titleProperty().get()).startsWith("*");
        dialogs.filesToSave.add(dir.resolve("shop"));
        assertThat(vm.save()).isTrue();
        Path expected = dir.resolve("shop.dmspilot.json");
        assertThat(expected).exists();
        assertThat(vm.projectFileProperty().get()).isEqualTo(expected);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).matches("shop\\.dmspilot\\.json - DMS Pilot \\d+\\.\\d+\\.\\d+.*");
        assertThat(vm.recentProjects()).containsExactly(expected.toAbsolutePath().normalize());
    }

    @Test
    void cancelledSaveAsSavesNothing() {
        vm.newProject();
        assertThat(vm.saveAs()).isFalse();
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void openingACorruptFileShowsTheErrorAndKeepsTheCurrentProject() throws Exception {
        vm.newProject();
        Project before = vm.projectProperty().get();
        dialogs.saveAnswers.add(org.dmspilot.gui.util.DialogService.SaveChoice.DISCARD);
        Path broken = dir.resolve("broken.dmspilot.json");
        Files.writeString(broken, "{ not json");
        dialogs.filesToOpen.add(broken);
        vm.openProject();
        assertThat(dialogs.errors).singleElement().asString().contains("broken.dmspilot.json").contains("corrupt");
        assertThat(vm.projectProperty().get()).isSameAs(before);
        assertThat(vm.recentProjects()).isEmpty();
    }

    @Test
    void openLoadsASavedProject() {
        Project saved = Project.newProject("Saved one");
        Path file = dir.resolve("saved.dmspilot.json");
        ProjectFiles.save(saved, file);
        vm.load(file);
        assertThat(vm.projectProperty().get()).isEqualTo(saved);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void unsavedChangesAreKeptWhenTheUserCancels() {
        vm.newProject();
        Project unsaved = vm.projectProperty().get();
        dialogs.saveAnswers.add(org.dmspilot.gui.util.DialogService.SaveChoice.CANCEL);
        vm.newProject();
        assertThat(dialogs.saveQuestions).isEqualTo(1);
        assertThat(vm.projectProperty().get()).isSameAs(unsaved);
    }

    @Test
    void quittingWithUnsavedChangesOffersSaveAndSavingLetsItQuit() {
        vm.newProject();
        dialogs.saveAnswers.add(org.dmspilot.gui.util.DialogService.SaveChoice.SAVE);
        dialogs.filesToSave.add(dir.resolve("kept"));

        assertThat(vm.confirmDiscard()).as("fine to quit once saved").isTrue();

        assertThat(dir.resolve("kept.dmspilot.json")).exists();
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.updateProject(vm.projectProperty().get().withName("renamed"));
        dialogs.saveAnswers.add(org.dmspilot.gui.util.DialogService.SaveChoice.SAVE);
        assertThat(vm.confirmDiscard()).isTrue();
        assertThat(ProjectFiles.load(dir.resolve("kept.dmspilot.json")).name()).isEqualTo("renamed");
    }

    @Test
    void quitAsksToStopTheSandboxOnlyWhenThisAppStartedItsServers() {
        java.util.concurrent.atomic.AtomicInteger stops = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger closes = new java.util.concurrent.atomic.AtomicInteger();
        vm.openSandbox(); // servers found running: not this app's to stop
        vm.quit(closes::incrementAndGet);
        assertThat(dialogs.choiceQuestions).isEmpty();
        assertThat(closes.get()).isEqualTo(1);

        sandbox = p -> new MainViewModel.SandboxProject(Project.newProject("shopwave sandbox"),
                dir.resolve("sandbox").resolve("shopwave.dmspilot.json"), q -> stops.incrementAndGet() > 0);
        vm.openSandbox();
        dialogs.choiceAnswers.add(-1); // Cancel
        vm.quit(closes::incrementAndGet);
        assertThat(dialogs.choiceQuestions).singleElement().asString().contains("Stop the servers")
                .contains("Leave them running");
        assertThat(closes.get()).as("cancelled").isEqualTo(1);
        dialogs.choiceAnswers.add(1); // Leave them running
        vm.quit(closes::incrementAndGet);
        assertThat(closes.get()).isEqualTo(2);
        assertThat(stops.get()).isZero();
        dialogs.choiceAnswers.add(0); // Stop
        vm.quit(closes::incrementAndGet);
        assertThat(stops.get()).isEqualTo(1);
        assertThat(closes.get()).isEqualTo(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void openSandboxOpensTheProjectItReturnsAndSavesItAtOnce() {
        vm.openSandbox();
        assertThat(vm.projectProperty().get().name()).isEqualTo("shopwave sandbox");
        Path file = dir.resolve("sandbox").resolve("shopwave.dmspilot.json");
        assertThat(file).exists();
        assertThat(vm.projectFileProperty().get()).isEqualTo(file);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(ProjectFiles.load(file).id()).isEqualTo(vm.projectProperty().get().id());
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void sandboxFailureShowsItsMessage() {
        sandbox = p -> {
            throw new DmsPilotException("Port 3307 is taken by another program.");
        };
        vm.openSandbox();
        assertThat(vm.projectProperty().get()).isNull();
        assertThat(dialogs.errors).singleElement().asString().contains("Port 3307 is taken");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void loadCatalogAsksThePasswordOnceAndKeepsTheCatalogInTheProject() throws Exception {
        TestDatabase db = Databases.newMariaDbDatabase("vm_catalog");
        db.execute("CREATE TABLE t1 (id int PRIMARY KEY)", "CREATE TABLE t2 (id int PRIMARY KEY)");
        vm.newProject();
        vm.updateProject(vm.projectProperty().get().withSource(db.profile()));
        dialogs.passwords.add(db.password());
        vm.loadCatalog();
        assertThat(dialogs.errors).isEmpty();
        var catalog = vm.projectProperty().get().catalog();
        assertThat(catalog.schemas()).extracting(s -> s.name()).containsExactly(db.database());
        assertThat(catalog.schemas().get(0).tables()).hasSize(2);
        assertThat(vm.statusProperty().get()).contains("1 schema, 2 tables");
        assertThat(secrets.get(SecretKeys.database(vm.projectProperty().get().id(), ConnectionRole.SOURCE)))
                .isPresent();
        vm.loadCatalog();
        assertThat(dialogs.passwords).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void wrongPasswordGivesTheServersMessageAndKeepsTheProject() throws Exception {
        TestDatabase db = Databases.newMariaDbDatabase("vm_badpw");
        vm.newProject();
        vm.updateProject(vm.projectProperty().get().withSource(db.profile()));
        dialogs.passwords.add("not-the-password");
        vm.loadCatalog();
        assertThat(dialogs.errors).singleElement().asString().contains("source catalog could not be read");
        assertThat(vm.projectProperty().get().catalog()).isNull();
        assertThat(String.join("\n", dialogs.errors)).doesNotContain("not-the-password");
    }

    @Test
    void loadCatalogWithoutASourceSaysWhatToDo() {
        vm.newProject();
        vm.loadCatalog();
        assertThat(dialogs.errors).singleElement().asString().contains("not configured");
    }

    @Test
    void aDumpFileGivesAnOfflineProjectWithItsCatalog() throws Exception {
        Path dump = dir.resolve("shop.sql");
        Files.writeString(dump, "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB\n-- Host: localhost    Database: shop\n"
                + "CREATE TABLE `customers` (\n  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n"
                + "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n");
        dialogs.dumpsToOpen.add(dump);
        vm.loadCatalogFromDump();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.projectProperty().get().name()).isEqualTo("shop");
        assertThat(vm.projectProperty().get().catalog().schemas().get(0).tables()).extracting(t -> t.name())
                .containsExactly("customers");
    }

    @Test
    void aGarbledDumpNamesFileAndLine() throws Exception {
        Path dump = dir.resolve("broken.sql");
        Files.writeString(dump, "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  PRIMARY KEY (`id`\n) ENGINE=InnoDB;\n");
        dialogs.dumpsToOpen.add(dump);
        vm.loadCatalogFromDump();
        assertThat(dialogs.errors).singleElement().asString().contains("broken.sql:");
        assertThat(vm.projectProperty().get()).isNull();
    }
}
