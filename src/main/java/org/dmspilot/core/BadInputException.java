package org.dmspilot.core;

/**
 * Input the user gave is wrong (a JDBC URL, a project or mapping file, an option value): the message says what and
 * where (file, line and column, field, host) in the user's terms. The command line exits with the usage code for it.
 */
public class BadInputException extends DmsPilotException {
    public BadInputException(String userMessage) {
        super(userMessage);
    }

    public BadInputException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
