package org.dmspilot.gui.wizard;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.PasswordSource;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.engine.ProfileConnections;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.engine.cdc.BinlogEndpoint;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.project.Project;

/**
 * Runs a project's task on the local engine, as {@code dmspilot migrate} does: converts and applies the schema when
 * the target lacks it, then full load, CDC or both from the checkpoint. No JavaFX: the view model runs it in the
 * background and reads its statistics.
 */
final class LocalRunner {
    private final LocalMigration migration;
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final String schema;
    private final String origin;

    LocalRunner(Project project, PasswordSource passwords, String migrationType) {
        ConnectionProfile src = project.source();
        schema = src.database();
        if (schema == null || schema.isBlank()) {
            throw new DmsPilotException("The source connection names no database: choose the schema to migrate.");
        }
        LocalMigration.Mode mode = LocalMigration.Mode.of(migrationType).orElseThrow(() -> new DmsPilotException(
                "Unknown migration type " + migrationType + "."));
        if (mode != LocalMigration.Mode.FULL_LOAD && src.ssh() != null) {
            throw new DmsPilotException("CDC through an SSH tunnel is not built yet: reach the source's port "
                    + "directly for " + migrationType + ".");
        }
        char[] sourcePassword = password(passwords, ConnectionRole.SOURCE);
        source = ProfileConnections.factory(src, sourcePassword);
        target = ProfileConnections.factory(project.target(), password(passwords, ConnectionRole.TARGET));
        origin = src.describe();
        migration = new LocalMigration(source, new BinlogEndpoint(src.host(), src.port(), src.user(), sourcePassword,
                src.tlsMode()), target, schema, mode, LoadOptions.defaults(), CdcOptions.defaults(), false,
                org.dmspilot.core.engine.TableSelection.fromTableMappings(project.migrationTask().tableMappings()));
    }

    /** Runs until the full load is done or, with CDC, until stopped or cancelled. */
    void run(ProgressListener progress) {
        try (Connection s = source.open(); Connection t = target.open()) {
            if (!TargetSchema.exists(t, schema)) {
                TargetSchema.convertAndApply(s, t, schema, origin, progress);
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not prepare the target schema: " + e.getMessage(), e);
        }
        migration.run(progress);
    }

    void stop() {
        migration.stop();
    }

    /** Per-table statistics: from CDC's metrics, else from the finished full load. */
    List<TableStatistics> statistics() {
        if (migration.metrics().isPresent()) {
            return migration.metrics().get().tableStatistics();
        }
        return migration.loadResult().map(r -> r.rowsByTable().entrySet().stream().map(e -> new TableStatistics(
                schema, e.getKey(), true, e.getValue(), 0, 0, 0, -1, e.getValue(), "Not enabled")).toList())
                .orElse(List.of());
    }

    private static char[] password(PasswordSource passwords, ConnectionRole role) {
        return passwords.password(role).map(String::toCharArray).orElseThrow(() -> new DmsPilotException(
                "No password for the " + role.name().toLowerCase(java.util.Locale.ROOT) + " connection: save it in "
                        + "the connection panel or set " + role.passwordEnvVar() + "."));
    }
}
