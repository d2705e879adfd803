package org.dmspilot.core.monitor;

import java.util.List;

/**
 * A replication's log, read incrementally: the CloudWatch Logs stream of an AWS DMS task, or the local engine's own
 * log file. Called from a background thread; may block on I/O.
 */
public interface TaskLog {
    /** Where the lines come from, e.g. {@code CloudWatch Logs dms-tasks-x / dms-task-y}. No secret. */
    String describe();

    /**
     * The first call returns the newest lines (at most a few hundred); each later call the lines written since the
     * previous one (so a caller polling it follows the log live). Oldest first. Empty while the log does not exist
     * yet.
     *
     * @throws org.dmspilot.core.DmsPilotException when the log cannot be read (the message says why)
     */
    List<LogLine> poll();
}
