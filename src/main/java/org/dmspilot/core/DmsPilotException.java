package org.dmspilot.core;

/**
 * The one project exception. Its message is written for the user (what went wrong, where) and never contains a
 * secret; the cause keeps the technical detail for the log.
 */
public class DmsPilotException extends RuntimeException {
    public DmsPilotException(String userMessage) {
        super(userMessage);
    }

    public DmsPilotException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
