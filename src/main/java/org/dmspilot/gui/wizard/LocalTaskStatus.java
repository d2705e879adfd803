package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

/**
 * Where the project's task on the local engine stands, as the wizard that runs it reports it: shown on the task's
 * node in the project tree, and a failure raises a notification.
 *
 * @param detail the error of a failed run, else empty
 */
public record LocalTaskStatus(State state, String detail) {
    /** The run's state. */
    public enum State { RUNNING, FINISHED, STOPPED, FAILED }

    public LocalTaskStatus {
        detail = detail == null ? "" : detail;
    }

    /** E.g. {@code running}, {@code failed: Could not connect to the target...}. */
    public String describe() {
        String word = switch (state) {
            case RUNNING -> lang("task.state.running");
            case FINISHED -> lang("task.state.finished");
            case STOPPED -> lang("task.state.stopped");
            case FAILED -> lang("task.state.failed");
        };
        return detail.isEmpty() ? word : word + ": " + detail;
    }
}
