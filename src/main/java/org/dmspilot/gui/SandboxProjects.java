package org.dmspilot.gui;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.List;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.core.sandbox.Sandbox;
import org.dmspilot.core.sandbox.SandboxInfo;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SecretStore;
import org.dmspilot.gui.shell.MainViewModel;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/** File → Open Sandbox: starts (or finds) the sandbox servers and opens a project on them, catalog loaded. */
final class SandboxProjects {
    private SandboxProjects() {
    }

    /**
     * The project on the sandbox: the one saved in the sandbox's directory when there is one (so its task, wizard
     * state and cutover log carry on), else a new one; its connections follow the servers' current ports.
     */
    static MainViewModel.SandboxProject open(SecretStore secrets, ProgressListener progress) {
        SandboxInfo info = Sandbox.start(progress);
        java.nio.file.Path file = Sandbox.projectFile();
        Project saved = null;
        if (java.nio.file.Files.exists(file)) {
            try {
                saved = ProjectFiles.load(file);
            } catch (org.dmspilot.core.DmsPilotException e) {
                saved = null; // unreadable: a new project replaces it
            }
        }
        Project project = (saved != null ? saved : Project.newProject(lang("sandbox.projectName")))
                .withSource(info.sourceProfile())
                .withTarget(info.targetProfile());
        secrets.put(SecretKeys.database(project.id(), ConnectionRole.SOURCE), info.source().password().toCharArray());
        secrets.put(SecretKeys.database(project.id(), ConnectionRole.TARGET), info.target().password().toCharArray());
        progress.progress(-1, -1, lang("sandbox.readingCatalog"));
        try (ConnectionHandle handle = new DatabaseConnector().open(info.sourceProfile(),
                info.source().password().toCharArray())) {
            // servers this app started are offered to be stopped at Quit; servers found running are left alone
            return new MainViewModel.SandboxProject(project.withCatalog(new LiveCatalogReader(handle.connection(),
                    info.sourceProfile().describe()).read(List.of(info.source().database()), progress)), file,
                    info.reused() ? null : Sandbox::stop);
        }
    }
}
