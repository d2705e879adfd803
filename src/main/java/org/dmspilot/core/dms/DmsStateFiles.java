package org.dmspilot.core.dms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.project.ProjectFiles;

/**
 * Stores a project's {@link DmsState} in a side file {@code <name>.dms-state.json} next to {@code
 * <name>.dmspilot.json}, so the project file stays a description of the migration and the state (ARNs, step
 * statuses) can be deleted to forget AWS resources. It holds no secret.
 */
public final class DmsStateFiles {
    private DmsStateFiles() {
    }

    /** The side file of a project file. */
    public static Path stateFile(Path projectFile) {
        return ProjectFiles.sideFile(projectFile, ".dms-state.json");
    }

    /** The stored state, or an empty one when nothing was provisioned yet. */
    public static DmsState load(Path projectFile, String projectId, String region) {
        Path file = stateFile(projectFile);
        if (!Files.exists(file)) {
            return DmsState.empty(projectId, region);
        }
        try {
            DmsState state = ProjectFiles.mapper().readValue(file.toFile(), DmsState.class);
            if (!projectId.equals(state.projectId())) {
                throw new DmsPilotException("The DMS state file " + file + " belongs to another project ("
                        + state.projectId() + "). Move it away to start over.");
            }
            return state;
        } catch (IOException e) {
            throw new DmsPilotException("Could not read the DMS state file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the state atomically. */
    public static void save(Path projectFile, DmsState state) {
        Path file = stateFile(projectFile);
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".dms-state-", ".tmp");
            ProjectFiles.mapper().writeValue(tmp.toFile(), state);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DmsPilotException("Could not save the DMS state to " + file + ": " + e.getMessage(), e);
        }
    }
}
