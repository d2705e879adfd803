package org.dmspilot.core.fallback;

/**
 * What the fallback stream is doing, for the cutover panel and {@code dmspilot fallback status}.
 *
 * @param state what the stream does now (never {@code RUNNING} without a heartbeat in the last 15 s)
 * @param appliedLsn the end LSN of the last PostgreSQL transaction applied to MySQL ({@code 0/0} before the first)
 * @param lagMillis now − commit time of the oldest PostgreSQL transaction received and not yet applied; 0 when none
 * @param pendingBytes WAL the slot still holds past its confirmed position (−1 when there is no slot)
 * @param appliedChanges row changes applied since the fallback was prepared
 * @param message the last message (why it waits or failed), or null
 */
public record FallbackStatus(State state, String appliedLsn, long lagMillis, long pendingBytes, long appliedChanges,
        String message) {
    /** States of the stream. */
    public enum State {
        /** No fallback is prepared for this schema. */
        NOT_STARTED,
        /** Prepared (slot keeps the changes) or reconnecting; nothing is applied at the moment. */
        WAITING,
        /** Applying, heartbeat fresh. */
        RUNNING,
        /** A change could not be applied; the message says which and why. */
        FAILED,
        /** Stopped, or its process is gone (no heartbeat); the slot keeps the changes for a restart. */
        STOPPED,
        /** Rolled back to MySQL; slot and publication removed. */
        ROLLED_BACK
    }

    /** True when a rollback now loses nothing: the stream runs. */
    public boolean inSync() {
        return state == State.RUNNING;
    }
}
