package org.dmspilot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
        List<String> schemas = schema == null ? List.of() : List.of(schema);
        if (source.startsWith("jdbc:")) {
            ParsedConnection parsed = JdbcUrls.parse(source, ConnectionRole.SOURCE);
            try (ConnectionHandle handle = new DatabaseConnector().open(parsed.profile(), parsed.password())) {
                List<String> wanted = schemas.isEmpty() && parsed.profile().database() != null
                        && !parsed.profile().database().isBlank() ? List.of(parsed.profile().database()) : schemas;
                Catalog catalog = new LiveCatalogReader(handle.connection(), parsed.profile().describe())
                        .read(wanted, progress);
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
            return new Loaded(schema == null ? catalog : only(catalog, schema, source), Optional.empty());
        }
        Catalog catalog = DumpCatalogReader.read(file, schema, progress);
        return new Loaded(schema == null ? catalog : only(catalog, schema, source), Optional.empty());
    }

    private static Catalog only(Catalog catalog, String schema, String source) {
        if (catalog.schema(schema).isEmpty()) {
            throw new DmsPilotException("Schema " + schema + " is not in " + source + "; it has: "
                    + String.join(", ", catalog.schemas().stream().map(s -> s.name()).toList()));
        }
        return catalog.onlySchema(schema);
    }
}
