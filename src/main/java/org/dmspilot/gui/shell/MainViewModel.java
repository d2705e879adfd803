package org.dmspilot.gui.shell;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.ReadinessChecker;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.prefs.AppPreferences;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/**
 * State and commands of the main window: the open project, its file, unsaved changes, recent projects. Touches no
 * Node; I/O runs through the {@link TaskExecutor}.
 */
public final class MainViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final AppPreferences preferences;
    private final BackgroundTask.Work<SandboxProject> sandboxOpener;
    /** Stops the sandbox's servers, once this app started them (null while it did not). */
    private BackgroundTask.Work<Boolean> sandboxStopper;
    private final ProjectConnections connections;

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ObjectProperty<org.dmspilot.gui.wizard.LocalTaskStatus> localTask = new SimpleObjectProperty<>();

    /**
     * The project on the sandbox and the file it is saved to at once (so a new user's tasks, wizard state and
     * cutover log are kept without a Save As).
     *
     * @param stopServers stops the sandbox's servers when this app started them (null when it found them running):
     *     Quit then asks whether to stop them
     */
    public record SandboxProject(Project project, Path file, BackgroundTask.Work<Boolean> stopServers) {
        /** A project on servers this app did not start (found running): Quit leaves them alone. */
        public SandboxProject(Project project, Path file) {
            this(project, file, null);
        }
    }

    /**
     * @param sandboxOpener starts (or reuses) the sandbox servers and returns a project pointing at them
     */
    public MainViewModel(TaskExecutor executor, DialogService dialogs, AppPreferences preferences,
            ProjectConnections connections, BackgroundTask.Work<SandboxProject> sandboxOpener) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.connections = connections;
        this.sandboxOpener = sandboxOpener;
        recentProjects.setAll(preferences.recentProjects());
        title.bind(Bindings.createStringBinding(this::computeTitle, project, projectFile, dirty));
    }

    private String computeTitle() {
        String app = lang("app.titleWithVersion", org.dmspilot.core.AppVersion.version());
        Project p = project.get();
        if (p == null) {
            return app;
        }
        String name = projectFile.get() == null ? p.name() : projectFile.get().getFileName().toString();
        return (dirty.get() ? "*" : "") + name + " - " + app;
    }

    /** The dialogs, for views opened from the project tree. */
    DialogService dialogs() {
        return dialogs;
    }

    /** The project's connections, for views opened from the project tree. */
    ProjectConnections connections() {
        return connections;
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    /** Where the project's local-engine task stands (null: not started in this session). */
    public ObjectProperty<org.dmspilot.gui.wizard.LocalTaskStatus> localTaskProperty() {
        return localTask;
    }

    /**
     * The wizard reports the local engine's state: shown on the task's node; a failure raises a notification (an
     * error dialog and the status line), so it is never silent even with the wizard's tab closed.
     */
    /**
     * Notifications raised by views (a DMS task that failed, seen by its monitor): each goes to the status line and,
     * when it is an error, to an error dialog, like a failure of the local engine.
     */
    public org.dmspilot.gui.util.Notifications notifications() {
        return notifications;
    }

    private final org.dmspilot.gui.util.Notifications notifications = notificationsShownHere();

    private org.dmspilot.gui.util.Notifications notificationsShownHere() {
        org.dmspilot.gui.util.Notifications n = new org.dmspilot.gui.util.Notifications();
        n.raised().addListener((javafx.collections.ListChangeListener<
                org.dmspilot.gui.util.Notifications.Notification>) c -> {
                    while (c.next()) {
                        for (var added : c.getAddedSubList()) {
                            status.set(added.title() + ": " + added.message());
                            if (added.severity() == org.dmspilot.gui.util.Notifications.Severity.ERROR) {
                                dialogs.showError(added.title(), added.message());
                            }
                        }
                    }
                });
        return n;
    }

    public void reportLocalTask(org.dmspilot.gui.wizard.LocalTaskStatus reported) {
        localTask.set(reported);
        if (reported.state() == org.dmspilot.gui.wizard.LocalTaskStatus.State.FAILED) {
            status.set(lang("status.engineFailed", reported.detail()));
            dialogs.showError(lang("dialog.engineFailed.title"), lang("dialog.engineFailed.message",
                    reported.detail()));
        }
    }

    /** Replaces the project after an edit (marks it unsaved). */
    public void updateProject(Project changed) {
        project.set(Objects.requireNonNull(changed));
        dirty.set(true);
    }

    public void newProject() {
        if (!confirmDiscard()) {
            return;
        }
        project.set(Project.newProject(lang("project.untitled")));
        projectFile.set(null);
        dirty.set(true);
        status.set(lang("status.newProject"));
    }

    /** File → Open: asks for a file, then loads it in the background. */
    public void openProject() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseProjectToOpen().ifPresent(this::load);
    }

    /** Opens a recent project; a file that vanished is dropped from the list. */
    public void openRecent(Path file) {
        if (!confirmDiscard()) {
            return;
        }
        load(file);
    }

    /** Loads a project in the background; on failure the file is left untouched and not remembered. */
    public void load(Path file) {
        busy.set(true);
        status.set(lang("status.opening", file.getFileName()));
        executor.execute(BackgroundTask.of(lang("job.openProject", file.getFileName()), p -> ProjectFiles.load(file))
                .onSuccess(loaded -> {
                    localTask.set(null);
                    project.set(null); // another project (or the file again): the old one's views close
                    project.set(loaded);
                    projectFile.set(file);
                    dirty.set(false);
                    remember(file);
                    status.set(lang("status.opened", file.getFileName()));
                })
                .onFailure(e -> {
                    status.set(lang("status.openFailed"));
                    if (!java.nio.file.Files.exists(file)) {
                        preferences.removeRecentProject(file);
                        recentProjects.setAll(preferences.recentProjects());
                    }
                    dialogs.showError(lang("dialog.openFailed.title"), userMessage(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    /** File → Save; returns false when nothing was saved (no project, or the user cancelled Save As). */
    public boolean save() {
        if (project.get() == null) {
            return false;
        }
        if (projectFile.get() == null) {
            return saveAs();
        }
        return write(projectFile.get());
    }

    /** File → Save As. */
    public boolean saveAs() {
        if (project.get() == null) {
            return false;
        }
        return dialogs.chooseProjectToSave(project.get().name())
                .map(ProjectFiles::withSuffix)
                .map(this::write)
                .orElse(false);
    }

    private boolean write(Path file) {
        try {
            ProjectFiles.save(project.get(), file);
        } catch (DmsPilotException e) {
            dialogs.showError(lang("dialog.saveFailed.title"), e.getMessage());
            return false;
        }
        projectFile.set(file);
        dirty.set(false);
        remember(file);
        status.set(lang("status.saved", file.getFileName()));
        return true;
    }

    /** File → Open Sandbox: starts or reuses the sandbox servers, then opens a project on them. */
    public void openSandbox() {
        if (!confirmDiscard()) {
            return;
        }
        busy.set(true);
        status.set(lang("status.sandboxStarting"));
        executor.execute(BackgroundTask.of(lang("job.sandbox"), sandboxOpener)
                .onSuccess(p -> {
                    if (p.stopServers() != null) {
                        sandboxStopper = p.stopServers(); // started here: Quit asks whether to stop them
                    }
                    localTask.set(null);
                    projectFile.set(null);
                    project.set(null);
                    project.set(p.project());
                    dirty.set(true);
                    if (write(p.file())) {
                        status.set(lang("status.sandboxReady", p.file()));
                    }
                })
                .onFailure(e -> {
                    status.set(lang("status.sandboxFailed"));
                    dialogs.showError(lang("dialog.sandboxFailed.title"), userMessage(e));
                })
                .onCancelled(() -> status.set(lang("status.cancelled")))
                .onFinished(() -> busy.set(false)));
    }

    /**
     * Reads the source's catalog (the profile's database, or every non-system schema) in the background and keeps
     * it in the project, so the project works offline afterwards.
     */
    public void loadCatalog() {
        Optional<SourceWork> source = source();
        if (source.isEmpty()) {
            return;
        }
        ConnectionProfile profile = source.get().profile();
        char[] password = source.get().password();
        List<String> schemas = profile.database() == null || profile.database().isBlank() ? List.of()
                : List.of(profile.database());
        busy.set(true);
        status.set(lang("status.catalogLoading", profile.describe()));
        executor.execute(BackgroundTask.of(lang("job.loadCatalog"), progress -> {
            try (ConnectionHandle handle = connections.open(profile, password)) {
                return new LiveCatalogReader(handle.connection(), profile.describe()).read(schemas, progress);
            }
        }).onSuccess(catalog -> {
            updateProject(project.get().withCatalog(catalog));
            int tables = catalog.schemas().stream().mapToInt(s -> s.tables().size()).sum();
            status.set(lang("status.catalogLoaded", catalog.schemas().size(), tables));
        }).onFailure(e -> {
            status.set(lang("status.catalogFailed"));
            dialogs.showError(lang("dialog.catalogFailed.title"), userMessage(e));
        }).onCancelled(() -> status.set(lang("status.cancelled")))
                .onFinished(() -> busy.set(false)));
    }

    /**
     * Reads the catalog from a mysqldump file instead of a server (offline), keeping it in the project; with no
     * project open, a new one is created for it.
     */
    public void loadCatalogFromDump() {
        Optional<Path> chosen = dialogs.chooseDumpFile();
        if (chosen.isEmpty()) {
            return;
        }
        Path dump = chosen.get();
        busy.set(true);
        status.set(lang("status.dumpLoading", dump.getFileName()));
        executor.execute(BackgroundTask.of(lang("job.loadDump", dump.getFileName()),
                progress -> DumpCatalogReader.read(dump, null, progress))
                .onSuccess(catalog -> {
                    Project p = project.get();
                    if (p == null) {
                        p = Project.newProject(dump.getFileName().toString().replaceFirst("\\.sql$", ""));
                    }
                    updateProject(p.withCatalog(catalog));
                    int tables = catalog.schemas().stream().mapToInt(s -> s.tables().size()).sum();
                    status.set(lang("status.catalogLoaded", catalog.schemas().size(), tables));
                })
                .onFailure(e -> {
                    status.set(lang("status.catalogFailed"));
                    dialogs.showError(lang("dialog.catalogFailed.title"), userMessage(e));
                })
                .onCancelled(() -> status.set(lang("status.cancelled")))
                .onFinished(() -> busy.set(false)));
    }

    /**
     * The readiness checks of the current source as background work, with the password asked now (on the UI
     * thread); empty when there is no source or the user cancelled the password.
     */
    public Optional<BackgroundTask.Work<List<CheckResult>>> readinessChecks() {
        return source().map(s -> progress -> {
            List<String> schemas = s.profile().database() == null || s.profile().database().isBlank() ? List.of()
                    : List.of(s.profile().database());
            try (ConnectionHandle handle = connections.open(s.profile(), s.password())) {
                return ReadinessChecker.run(handle.connection(), schemas, progress);
            }
        });
    }

    private record SourceWork(ConnectionProfile profile, char[] password) {
    }

    private Optional<SourceWork> source() {
        Project p = project.get();
        if (p == null) {
            return Optional.empty();
        }
        try {
            ConnectionProfile profile = ProjectConnections.profile(p, ConnectionRole.SOURCE);
            return connections.password(p, ConnectionRole.SOURCE).map(pw -> new SourceWork(profile, pw));
        } catch (DmsPilotException e) {
            dialogs.showError(lang("dialog.catalogFailed.title"), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Before unsaved changes would be lost (new, open, quit): asks Save, Don't Save or Cancel; true when it is fine
     * to go on (saved, or the user chose to discard).
     */
    public boolean confirmDiscard() {
        if (project.get() == null || !dirty.get()) {
            return true;
        }
        return switch (dialogs.askSave(lang("dialog.discard.title"), lang("dialog.discard.message",
                project.get().name()))) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /**
     * Quit: asks about unsaved changes (Save, Don't Save, Cancel), then, when this app started the sandbox's servers,
     * whether to stop them (Stop, Leave running, Cancel). Stopping runs in the background; {@code close} runs once
     * they are down (not when stopping failed: the error says so and the window stays). Cancel keeps the window.
     */
    public void quit(Runnable close) {
        if (!confirmDiscard()) {
            return;
        }
        if (sandboxStopper == null) {
            close.run();
            return;
        }
        int choice = dialogs.choose(lang("dialog.quitSandbox.title"), lang("dialog.quitSandbox.message"),
                List.of(lang("dialog.quitSandbox.stop"), lang("dialog.quitSandbox.leave")));
        if (choice == 1) {
            close.run();
        } else if (choice == 0) {
            busy.set(true);
            status.set(lang("status.sandboxStopping"));
            executor.execute(BackgroundTask.of(lang("job.sandboxStop"), sandboxStopper).onSuccess(stopped -> {
                sandboxStopper = null;
                close.run();
            }).onFailure(e -> {
                status.set(lang("status.sandboxStopFailed"));
                dialogs.showError(lang("dialog.quitSandbox.title"), userMessage(e));
            }).onFinished(() -> busy.set(false)));
        }
    }

    private void remember(Path file) {
        preferences.addRecentProject(file);
        recentProjects.setAll(preferences.recentProjects());
    }

    static String userMessage(Throwable e) {
        if (e instanceof DmsPilotException) {
            return e.getMessage();
        }
        return lang("error.unexpected", e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + e.getMessage()));
    }
}
