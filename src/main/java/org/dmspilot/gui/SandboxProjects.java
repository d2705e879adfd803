package org.dmspilot.gui;

import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Project;

/** Opens a project on the sandbox servers. */
final class SandboxProjects {
    private SandboxProjects() {
    }

    static Project open(org.dmspilot.core.secrets.SecretStore secrets, ProgressListener progress) {
        throw new DmsPilotException("The sandbox is not wired into the GUI yet.");
    }
}
