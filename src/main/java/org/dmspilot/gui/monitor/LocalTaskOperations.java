package org.dmspilot.gui.monitor;

import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase;
import org.dmspilot.core.engine.ConnectionFactory;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.resync.TableReload;

/**
 * The operations a local-engine task's monitor offers: Reload table, through the core's {@link TableReload} (fenced
 * against the running CDC, progress recorded per table). The engine is started and stopped where it runs (the
 * wizard, {@code dmspilot migrate}, the cutover's stop), so stop, resume, restart and the DMS documents are not here.
 */
final class LocalTaskOperations implements TaskOperations {
    private final TableReload reload;
    private final String schema;

    LocalTaskOperations(ConnectionFactory source, ConnectionFactory target, String schema, TableSelection selection) {
        this.reload = new TableReload(source, target, selection);
        this.schema = schema;
    }

    @Override
    public boolean controlsTheRun() {
        return false;
    }

    @Override
    public boolean reloadsValidationOnly() {
        return false;
    }

    /** Any time but during the full load (which loads every table anyway) and before the first one. */
    @Override
    public boolean canReloadIn(Phase phase) {
        return phase != null && phase != Phase.LOADING && phase != Phase.NOT_STARTED;
    }

    /** @param tables {@code schema.table} names, as the statistics show them */
    @Override
    public void reload(List<String> tables, boolean validateOnly, ProgressListener progress) {
        reload.reload(schema, tables.stream().map(t -> t.startsWith(schema + ".") ? t.substring(schema.length() + 1)
                : t).toList(), progress);
    }

    @Override
    public void stop(ProgressListener progress) {
        throw notHere();
    }

    @Override
    public void resume(ProgressListener progress) {
        throw notHere();
    }

    @Override
    public void restart(ProgressListener progress) {
        throw notHere();
    }

    @Override
    public boolean canModify() {
        return false;
    }

    @Override
    public Documents documents(ProgressListener progress) {
        throw notHere();
    }

    @Override
    public void modify(String tableMappings, String taskSettings, ProgressListener progress) {
        throw notHere();
    }

    private static DmsPilotException notHere() {
        return new DmsPilotException("The local engine is started and stopped where it runs (the migration wizard"
                + " or dmspilot migrate); this monitor reloads tables only.");
    }
}
