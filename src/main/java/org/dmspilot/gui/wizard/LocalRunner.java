package org.dmspilot.gui.wizard;

import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.PasswordSource;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.migrate.LocalMigration;
import org.dmspilot.core.migrate.LocalMigrationSetup;
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
    private final LocalMigrationSetup setup;
    private final LocalMigration migration;
    private final String schema;

    LocalRunner(Project project, PasswordSource passwords, String migrationType) {
        ConnectionProfile src = project.source();
        schema = src.database();
        LocalMigration.Mode mode = LocalMigration.Mode.of(migrationType).orElseThrow(() -> new DmsPilotException(
                "Unknown migration type " + migrationType + "."));
        setup = LocalMigrationSetup.of(new LocalMigrationSetup.Request(src, password(passwords,
                ConnectionRole.SOURCE), project.target(), password(passwords, ConnectionRole.TARGET), schema, mode,
                LoadOptions.defaults(), CdcOptions.defaults(), false,
                TableSelection.fromTableMappings(project.migrationTask().tableMappings())));
        migration = setup.migration();
    }

    /** Runs until the full load is done or, with CDC, until stopped or cancelled. */
    void run(ProgressListener progress) {
        setup.prepareTarget(progress);
        migration.run(progress);
        migration.loadResult().filter(r -> !r.complete() && migration.metrics().isEmpty()).ifPresent(r -> {
            throw new DmsPilotException(r.notLoaded().size() + " tables not loaded: " + String.join(" ",
                    r.notLoaded().values()));
        });
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
