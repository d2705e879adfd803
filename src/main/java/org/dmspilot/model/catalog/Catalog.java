package org.dmspilot.model.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dmspilot.model.Engine;

/**
 * A snapshot of a source's catalog.
 *
 * @param engine MySQL or MariaDB
 * @param serverVersion the server's version string, e.g. {@code 11.4.5-MariaDB} or {@code 8.0.36}
 * @param origin where it was read from, for the user ({@code host:port} or a dump file name; never a secret)
 * @param readAt when it was read
 * @param schemas the schemas read, by name
 */
public record Catalog(Engine engine, String serverVersion, String origin, Instant readAt, List<Schema> schemas) {
    public Catalog {
        schemas = Lists.copy(schemas);
    }

    /** The schema of that name (exact spelling). */
    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A copy holding only the named schema (or none when it is absent). */
    public Catalog onlySchema(String name) {
        return new Catalog(engine, serverVersion, origin, readAt, schema(name).stream().toList());
    }
}
