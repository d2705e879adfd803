package org.dmspilot.core.cutover;

import org.dmspilot.core.monitor.MigrationMetrics;
import org.dmspilot.core.progress.ProgressListener;

/**
 * What the guided cutover ({@code CutoverRun}) needs from whatever replicates the data: an AWS DMS task or the local
 * engine. The cutover itself (read-only source, drain, sequences, row counts, log) is the same for both; only these
 * calls differ.
 *
 * <p>Implementations are called from a background thread, never from the UI thread, and may block on I/O. They
 * hold no password and put none into their texts.
 */
public interface CutoverBackend {
    /**
     * What is being cut over, for the log and the screen, e.g. {@code AWS DMS task dmspilot-3f2a9c1e-task
     * (eu-west-1)} or {@code local engine, shop -> shop}. No secret.
     */
    String describe();

    /**
     * The measurements of the replication: latency series (the checklist needs the target latency of the last
     * minutes, the drain step the latest target latency and incoming changes) and per-table statistics (whether each
     * table's full load is done). Row counts in the statistics may be -1: the cutover counts both servers itself.
     */
    MigrationMetrics metrics();

    /** Whether the replication runs, is stopped or failed, now. */
    ReplicationState state();

    /**
     * The latest validation result: DMS validation states ({@code ValidationFailedRecords}) or the local validator.
     * {@link ValidationSummary#NOT_RUN} when there is none yet.
     */
    ValidationSummary validation();

    /**
     * Stops the replication (DMS {@code StopReplicationTask}, the engine's CDC loop) after it has applied what it
     * read, and returns only once it is stopped. Idempotent: returns at once when already stopped. Reports progress
     * and honours cancellation through {@code progress}.
     *
     * @throws org.dmspilot.core.DmsPilotException when it cannot be stopped (the message says why)
     * @throws org.dmspilot.core.progress.CancelledException when cancelled while waiting
     */
    void stop(ProgressListener progress);

    /**
     * Called at the switch step, before the application moves to the target: starts what replicates its writes back
     * to the source (the AWS DMS fallback task), if the backend has one. Idempotent.
     *
     * @return evidence lines for the cutover log (empty when there is nothing to start)
     * @throws org.dmspilot.core.DmsPilotException when it cannot be started (the switch step fails, nothing moved)
     */
    default java.util.List<String> atSwitch(ProgressListener progress) {
        return java.util.List.of();
    }

    /**
     * The replication's state.
     *
     * @param phase where it stands
     * @param detail the backend's own words (e.g. DMS status {@code running}, a failure message), may be empty
     */
    record ReplicationState(Phase phase, String detail) {
        /** Where the replication stands. */
        public enum Phase {
            /** Created, never started. */
            NOT_STARTED,
            /** Starting, or in its full load. */
            LOADING,
            /** Replicating changes (CDC). */
            RUNNING,
            /** Stopping. */
            STOPPING,
            /** Stopped: nothing is applied any more. */
            STOPPED,
            /** Failed; {@code detail} says why. */
            FAILED
        }

        public boolean stopped() {
            return phase == Phase.STOPPED;
        }
    }
}
