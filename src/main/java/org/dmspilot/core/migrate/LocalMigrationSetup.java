package org.dmspilot.core.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.LoadOptions;
import org.dmspilot.core.engine.ProfileConnections;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.convert.SchemaApplier;
import org.dmspilot.core.engine.TargetSchema;
import org.dmspilot.core.engine.cdc.BinlogEndpoint;
import org.dmspilot.core.engine.cdc.CdcOptions;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.TlsMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a local-engine migration is set up, for both faces ({@code dmspilot migrate} and the GUI's local
 * task): what the engine cannot do refused first, connections to both sides, the binlog endpoint, the target schema
 * converted and applied when it is missing, then the {@link LocalMigration} itself.
 */
public final class LocalMigrationSetup {
    private static final Logger LOG = LoggerFactory.getLogger(LocalMigrationSetup.class);

    /**
     * What to migrate and how.
     *
     * @param source the source connection (MySQL or MariaDB)
     * @param sourcePassword its password ({@code null}: none)
     * @param target the PostgreSQL target connection
     * @param targetPassword its password ({@code null}: none)
     * @param schema the source schema
     * @param mode full load, CDC or both
     * @param load full-load options
     * @param cdc CDC options
     * @param restart reload from scratch / restart CDC at the current position
     * @param selection the tables to migrate
     */
    public record Request(ConnectionProfile source, char[] sourcePassword, ConnectionProfile target,
            char[] targetPassword, String schema, LocalMigration.Mode mode, LoadOptions load, CdcOptions cdc,
            boolean restart, TableSelection selection) {
    }

    private final Request request;
    private final ConnectionFactory source;
    private final ConnectionFactory target;
    private final LocalMigration migration;

    private LocalMigrationSetup(Request request) {
        this.request = request;
        char[] sourcePassword = request.sourcePassword() == null ? new char[0] : request.sourcePassword();
        source = ProfileConnections.factory(request.source(), sourcePassword);
        target = ProfileConnections.factory(request.target(), request.targetPassword());
        ConnectionProfile src = request.source();
        TlsMode tls = src.tlsMode();
        migration = new LocalMigration(source, new BinlogEndpoint(src.host(), src.port(), src.user(), sourcePassword,
                tls), target, request.schema(), request.mode(), request.load(), request.cdc(), request.restart(),
                request.selection());
    }

    /**
     * Why this request cannot run on the local engine (a capability not built yet), or empty when it can.
     *
     * @param source the source connection
     * @param mode the migration type
     * @return the reason, in the user's terms
     */
    public static Optional<String> unsupported(ConnectionProfile source, LocalMigration.Mode mode) {
        if (mode != LocalMigration.Mode.FULL_LOAD && source.ssh() != null) {
            return Optional.of("CDC through an SSH tunnel is not built yet: reach the source's port directly (or "
                    + "forward it yourself) for " + mode.id() + ".");
        }
        return Optional.empty();
    }

    /**
     * Sets the migration up; nothing is opened yet.
     *
     * @param request what to migrate
     * @return the setup
     * @throws DmsPilotException when the request names no schema or asks for what is not built
     */
    public static LocalMigrationSetup of(Request request) {
        if (request.schema() == null || request.schema().isBlank()) {
            throw new DmsPilotException("The source connection names no database: choose the schema to migrate.");
        }
        unsupported(request.source(), request.mode()).ifPresent(reason -> {
            throw new DmsPilotException(reason);
        });
        return new LocalMigrationSetup(request);
    }

    /**
     * Converts the source schema and applies it to the target, object by object, when the target does not have it
     * yet: objects PostgreSQL refuses are left out (critical {@code APPLY-FAILED} items), the rest is applied, and the
     * migration then loads the tables that exist and names the missing ones.
     *
     * @param progress progress of the conversion and apply
     * @return what the apply did; empty when the target schema existed
     */
    public Optional<SchemaApplier.Outcome> prepareTarget(ProgressListener progress) {
        try (Connection s = source.open(); Connection t = target.open()) {
            if (TargetSchema.exists(t, request.schema())) {
                LOG.info("Target schema for {} exists: converting nothing", request.schema());
                return Optional.empty();
            }
            SchemaApplier.Outcome applied = TargetSchema.convertAndApplyEach(s, t, request.schema(),
                    request.source().describe(), request.selection().mapping(), progress);
            LOG.info("Converted {} and applied {} of {} statements to {}; not applied: {}", request.schema(),
                    applied.applied(), applied.total(), request.target().describe(), applied.failedObjects());
            return Optional.of(applied);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not prepare the target schema: " + e.getMessage(), e);
        }
    }

    /** The migration to run (and stop) once the target is prepared. */
    public LocalMigration migration() {
        return migration;
    }
}
