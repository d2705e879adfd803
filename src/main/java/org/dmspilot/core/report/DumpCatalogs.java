package org.dmspilot.core.report;

import java.nio.file.Path;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;

/** Reads a mysqldump file into a catalog, through the dump reader once it is part of the build. */
final class DumpCatalogs {
    private DumpCatalogs() {
    }

    static Catalog read(Path dump, ProgressListener progress) {
        throw new DmsPilotException("Reading dump files is not available in this build yet: assess a saved "
                + "project (" + dump.getFileName() + " was given) or a live source.");
    }
}
