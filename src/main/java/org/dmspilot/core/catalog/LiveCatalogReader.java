package org.dmspilot.core.catalog;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;

/**
 * Reads the catalog of a live MySQL (5.7, 8.0, 8.4) or MariaDB (10.x, 11.x) server with bulk information_schema
 * queries: one query per object kind for all selected schemas, so the number of round trips does not grow with the
 * number of tables ({@link #roundTrips()} tells how many were made). Columns an older server lacks are read as NULL.
 *
 * <p>The caller owns the connection. Reading is cancelled through the {@link ProgressListener} between queries and
 * while rows stream in.
 */
public final class LiveCatalogReader {
    /** Schemas that belong to the server, never migrated. */
    public static final Set<String> SYSTEM_SCHEMAS = Set.of("mysql", "information_schema", "performance_schema",
            "sys");

    private final Connection connection;
    private final String origin;
    private int roundTrips;

    /**
     * @param connection an open connection to the source (any default database)
     * @param origin where it points, for the catalog's {@code origin} ({@code host:port}; no secret)
     */
    public LiveCatalogReader(Connection connection, String origin) {
        this.connection = connection;
        this.origin = origin;
    }

    /**
     * Reads the given schemas, or every non-system schema when {@code schemas} is empty.
     *
     * @throws DmsPilotException when a query fails or a named schema does not exist
     * @throws org.dmspilot.core.progress.CancelledException when the listener cancels
     */
    public Catalog read(Collection<String> schemas, ProgressListener progress) {
        QueryRunner runner = new QueryRunner(connection, progress);
        try {
            ServerVersion version = version(runner);
            Set<String> capabilities = capabilities(runner);
            List<Row> schemata = schemata(runner, schemas);
            List<String> names = schemata.stream().map(r -> r.text("SCHEMA_NAME")).toList();
            Map<String, List<Row>> rows = new HashMap<>();
            List<InfoQuery> queries = InfoSchemaQueries.ALL.stream().filter(q -> q.runsOn(capabilities)).toList();
            int done = 0;
            for (InfoQuery q : queries) {
                progress.progress(done++, queries.size(), "Reading " + q.kind());
                if (!names.isEmpty()) {
                    rows.put(q.kind(), runner.query(q.sql(capabilities, names.size()), names));
                }
            }
            progress.checkCancelled();
            CatalogAssembler assembler = new CatalogAssembler(version, rows);
            List<Schema> result = new ArrayList<>();
            for (Row s : schemata) {
                result.add(assembler.schema(s.text("SCHEMA_NAME"), s.orNull("DEFAULT_CHARACTER_SET_NAME"),
                        s.orNull("DEFAULT_COLLATION_NAME")));
            }
            progress.progress(queries.size(), queries.size(), "Catalog read");
            return new Catalog(version.engine(), version.raw(), origin, Instant.now(), result);
        } finally {
            roundTrips = runner.roundTrips();
        }
    }

    /** SQL round trips made by the last {@link #read}. */
    public int roundTrips() {
        return roundTrips;
    }

    /** The server's version (one round trip). */
    public static ServerVersion serverVersion(Connection connection) {
        return version(new QueryRunner(connection, ProgressListener.NONE));
    }

    private static ServerVersion version(QueryRunner runner) {
        Row r = runner.query("SELECT VERSION() AS V, @@version_comment AS C", List.of()).get(0);
        return ServerVersion.parse(r.str("V"), r.str("C"));
    }

    private static Set<String> capabilities(QueryRunner runner) {
        String in = String.join(",", InfoSchemaQueries.SOURCE_TABLES.stream().map(t -> "'" + t + "'").toList());
        Set<String> out = new HashSet<>();
        for (Row r : runner.query("SELECT TABLE_NAME AS T, COLUMN_NAME AS C FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME IN (" + in + ")", List.of())) {
            out.add(r.text("T").toUpperCase());
            out.add(r.text("T").toUpperCase() + "." + r.text("C").toUpperCase());
        }
        return out;
    }

    private static List<Row> schemata(QueryRunner runner, Collection<String> wanted) {
        List<Row> all = runner.query("SELECT SCHEMA_NAME AS SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME AS"
                + " DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME AS DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME", List.of());
        if (wanted == null || wanted.isEmpty()) {
            return all.stream().filter(r -> !SYSTEM_SCHEMAS.contains(r.text("SCHEMA_NAME").toLowerCase()))
                    .toList();
        }
        List<Row> picked = new ArrayList<>();
        for (String name : wanted) {
            picked.add(all.stream().filter(r -> r.text("SCHEMA_NAME").equals(name)).findFirst()
                    .orElseThrow(() -> new DmsPilotException("Schema " + name + " does not exist on the source"
                            + " (or this user cannot see it).")));
        }
        return picked;
    }

}
