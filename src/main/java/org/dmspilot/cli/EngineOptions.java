package org.dmspilot.cli;

import org.dmspilot.core.connect.ParsedConnection;
import org.dmspilot.core.engine.ProfileConnections;
import org.dmspilot.core.fallback.Fallback;
import org.dmspilot.model.ConnectionRole;
import picocli.CommandLine.Option;

/**
 * The connection options the local-engine commands share ({@code validate}, {@code cutover}, {@code fallback ...}):
 * source and target URLs, the schema and the table selection, and what is made of them.
 */
final class EngineOptions {
    @Option(names = "--source", required = true, paramLabel = "URL", description = "jdbc:mysql://host:port/db?user=..")
    String source;

    @Option(names = "--target", required = true, paramLabel = "URL",
            description = "jdbc:postgresql://host:port/db?user=..")
    String target;

    @Option(names = "--schema", description = "Source schema (default: the source URL's database).")
    String schema;

    @Option(names = "--table-mappings", paramLabel = "FILE", description = "DMS table-mappings JSON: only the tables"
            + " its selection rules include (default: every table of the schema).")
    java.nio.file.Path tableMappings;

    ParsedConnection src() {
        return EngineConnections.parse(source, ConnectionRole.SOURCE);
    }

    ParsedConnection tgt() {
        return EngineConnections.parse(target, ConnectionRole.TARGET);
    }

    String schema() {
        return EngineConnections.schema(schema, src());
    }

    org.dmspilot.core.engine.TableSelection selection() {
        return EngineConnections.selection(tableMappings);
    }

    Fallback fallback() {
        return new Fallback(EngineConnections.factory(src()), EngineConnections.factory(tgt()), schema(),
                selection());
    }

    org.dmspilot.core.engine.ConnectionFactory replication() {
        ParsedConnection t = tgt();
        return ProfileConnections.replicationFactory(t.profile(), t.password());
    }
}
