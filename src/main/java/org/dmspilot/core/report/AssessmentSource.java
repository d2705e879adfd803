package org.dmspilot.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Project;
import org.dmspilot.model.catalog.Catalog;

/**
 * Where an assessment reads its catalog: a JDBC URL (live, with readiness checks), a saved project (its catalog
 * snapshot, offline) or a mysqldump file (offline).
 */
public final class AssessmentSource {
    private AssessmentSource() {
    }

    /**
     * Assesses {@code source}: {@code jdbc:mysql://...} / {@code jdbc:mariadb://...}, a {@code *.dmspilot.json}
     * project file, or a {@code .sql} dump.
     *
     * @throws DmsPilotException when the source cannot be read
     */
    public static Assessment assess(String source, ProgressListener progress) {
        if (source == null || source.isBlank()) {
            throw new DmsPilotException("No source given: a JDBC URL, a project file or a dump file.");
        }
        if (source.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return live(source.strip(), progress);
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new DmsPilotException("The source " + source + " is neither a JDBC URL nor a readable file.");
        }
        if (file.getFileName().toString().endsWith(ProjectFiles.SUFFIX)) {
            return Assessments.offline(projectCatalog(file), progress);
        }
        return Assessments.offline(DumpCatalogs.read(file, progress), progress);
    }

    static Catalog projectCatalog(Path file) {
        Project project = ProjectFiles.load(file);
        if (project.catalog() == null) {
            throw new DmsPilotException("The project " + file.getFileName() + " has no catalog snapshot yet: load "
                    + "the catalog from the source once, then save the project.");
        }
        return project.catalog();
    }

    private static Assessment live(String url, ProgressListener progress) {
        ParsedConnection parsed = JdbcUrls.parse(url, ConnectionRole.SOURCE);
        String database = parsed.profile().database();
        List<String> schemas = database == null || database.isBlank() ? List.of() : List.of(database);
        try (ConnectionHandle handle = new DatabaseConnector().open(parsed.profile(), parsed.password())) {
            Catalog catalog = new LiveCatalogReader(handle.connection(),
                    parsed.profile().host() + ":" + parsed.profile().port()).read(schemas, progress);
            return Assessments.live(handle.connection(), catalog, progress);
        }
    }
}
