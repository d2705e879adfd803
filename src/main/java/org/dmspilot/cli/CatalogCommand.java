package org.dmspilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot catalog --source <jdbc-url | dump.sql> [--schema S] [--json]}. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Read a MySQL/MariaDB catalog from a server or a mysqldump / mariadb-dump file.",
                "A URL names the server (jdbc:mysql://host:port/db?user=...&password=...; the password may come from "
                        + "DMSPILOT_SOURCE_PASSWORD); anything else is a dump file."})
final class CatalogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "<jdbc-url|dump.sql>",
            description = "JDBC URL of the source, or a dump file.")
    String source;

    @Option(names = "--schema", paramLabel = "S", description = "Schema to read (repeatable). Default: the URL's "
            + "database, else every non-system schema (every schema of a dump).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--json", description = "Print the catalog as JSON: {\"schemas\":[{\"name\",\"tables\":[...],"
            + "\"views\",\"routines\",\"triggers\",\"events\"}], ...}.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        ProgressListener progress = new ConsoleProgress(spec.commandLine().getErr(), json);
        Catalog catalog = SourceArgument.load(source, schemas, progress).catalog();
        if (json) {
            out.println(ProjectFiles.mapper().writeValueAsString(catalog));
        } else {
            printHuman(out, catalog);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printHuman(PrintWriter out, Catalog c) {
        out.printf("%s %s, read from %s%n", c.engine().displayName(), c.serverVersion(), c.origin());
        for (Schema s : c.schemas()) {
            out.printf("%nSchema %s: %d tables, %d views, %d routines, %d triggers, %d events%n", s.name(),
                    s.tables().size(), s.views().size(), s.routines().size(), s.triggers().size(), s.events().size());
            for (Table t : s.tables()) {
                out.printf("  table %-30s %3d columns %2d indexes %2d foreign keys  %s%s%n", t.name(),
                        t.columns().size(), t.indexes().size(), t.foreignKeys().size(),
                        t.engine() == null ? "" : t.engine(), t.primaryKey().isPresent() ? "" : "  (no primary key)");
            }
            s.views().forEach(v -> out.printf("  view    %s%n", v.name()));
            s.routines().forEach(r -> out.printf("  %-7s %s(%d parameters)%n", r.type().name().toLowerCase(),
                    r.name(), r.parameters().size()));
            s.triggers().forEach(t -> out.printf("  trigger %s %s %s ON %s%n", t.name(), t.timing(), t.event(),
                    t.table()));
            s.events().forEach(e -> out.printf("  event   %s (%s)%n", e.name(), e.status()));
        }
    }
}
