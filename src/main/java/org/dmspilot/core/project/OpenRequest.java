package org.dmspilot.core.project;

import java.nio.file.Path;

/**
 * What the desktop application opens at start: the sandbox, a project file, or nothing (an empty window). The CLI
 * builds it from its options and the entry point hands it to the GUI, so neither face depends on the other.
 *
 * @param sandbox open the one-click sandbox
 * @param project the project file to open, or {@code null}
 */
public record OpenRequest(boolean sandbox, Path project) {
}
