package org.dmspilot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.connect.ConnectionHandle;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;

/**
 * A command's {@code --source}: a JDBC URL (read live), a mysqldump file (read offline), or a project file (its
 * catalog snapshot). One place, so every command reads sources the same way.
 */
final class SourceArgument {
    private SourceArgument() {
    }

    /** What was read, and the live connection details when the source was a server. */
    record Loaded(Catalog catalog, Optional<ParsedConnection> live) {
    }

    static Loaded load(String source, String schema, ProgressListener progress) {
        return load(source, schema == null ? List.of() : List.of(schema), progress);
    }

    /**
     * @param schemas the schemas to keep; empty: the URL's database, else every non-system schema (every schema of
     *     a dump or project)
     */
    static Loaded load(String source, List<String> schemas, ProgressListener progress) {
        if (source.regionMatches(true, 0, "jdbc:", 0, 5)) {
            ParsedConnection parsed = JdbcUrls.parse(source, ConnectionRole.SOURCE);
            try (ConnectionHandle handle = new DatabaseConnector().open(parsed.profile(), parsed.password())) {
                List<String> wanted = schemas.isEmpty() && parsed.profile().database() != null
                        && !parsed.profile().database().isBlank() ? List.of(parsed.profile().database()) : schemas;
                LiveCatalogReader reader = new LiveCatalogReader(handle.connection(), parsed.profile().describe());
                Catalog catalog = reader.read(wanted, progress);
                progress.progress(1, 1, "Read in " + reader.roundTrips() + " queries.");
                return new Loaded(catalog, Optional.of(parsed));
            }
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new DmsPilotException("--source " + source + " is neither a JDBC URL (jdbc:mysql://...) nor a"
                    + " readable file.");
        }
        if (file.getFileName().toString().endsWith(ProjectFiles.SUFFIX)) {
            Catalog catalog = ProjectFiles.load(file).catalog();
            if (catalog == null) {
                throw new DmsPilotException("Project " + file + " has no catalog yet: load it once in DMS Pilot, or"
                        + " give a JDBC URL or a dump file.");
            }
            return new Loaded(only(catalog, schemas, source), Optional.empty());
        }
        Catalog catalog = DumpCatalogReader.read(file, schemas.size() == 1 ? schemas.get(0) : null, progress);
        return new Loaded(only(catalog, schemas, source), Optional.empty());
    }

    private static Catalog only(Catalog catalog, List<String> schemas, String source) {
        if (schemas.isEmpty()) {
            return catalog;
        }
        List<Schema> picked = new ArrayList<>();
        for (String name : schemas) {
            picked.add(catalog.schema(name).orElseThrow(() -> new DmsPilotException("Schema " + name + " is not in "
                    + source + "; it has: " + String.join(", ", catalog.schemas().stream().map(Schema::name)
                    .toList()))));
        }
        return new Catalog(catalog.engine(), catalog.serverVersion(), catalog.origin(), catalog.readAt(), picked);
    }
}
