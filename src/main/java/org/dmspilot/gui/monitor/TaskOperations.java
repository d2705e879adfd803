package org.dmspilot.gui.monitor;

import java.util.List;
import org.dmspilot.core.progress.ProgressListener;

/**
 * What the monitor's operation buttons do to a replication: stop, resume, restart, reload tables, and change the
 * table mappings and settings of a stopped task. Called from a background thread; each call returns once DMS has
 * done it (or throws a {@link org.dmspilot.core.DmsPilotException} saying why not).
 */
public interface TaskOperations {
    /** A task's table mappings and settings (JSON, in DMS's format). */
    record Documents(String tableMappings, String taskSettings) {
    }

    void stop(ProgressListener progress);

    /** Starts a stopped or failed replication where it stopped. */
    void resume(ProgressListener progress);

    /** Starts a stopped or failed replication from the beginning, loading every table again. */
    void restart(ProgressListener progress);

    /** Reloads {@code schema.table} tables of the running replication: their data, or only their validation. */
    void reload(List<String> tables, boolean validateOnly, ProgressListener progress);

    /** Whether {@link #documents} and {@link #modify} are offered (not on DMS Serverless). */
    boolean canModify();

    /** The mappings and settings the replication runs with now. */
    Documents documents(ProgressListener progress);

    /** Changes the mappings and the settings of a stopped task (null leaves one as it is). */
    void modify(String tableMappings, String taskSettings, ProgressListener progress);

    /** Whether stop, resume and restart are offered here (a local engine is started where it runs). */
    default boolean controlsTheRun() {
        return true;
    }

    /** Whether a reload can reload only the validation (DMS's validate-only reload). */
    default boolean reloadsValidationOnly() {
        return true;
    }

    /** Whether tables can be reloaded while the replication is in {@code phase}. */
    default boolean canReloadIn(org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase phase) {
        return phase == org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase.RUNNING
                || phase == org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase.LOADING;
    }
}
