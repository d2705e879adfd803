package org.dmspilot.core.connect;

import java.util.Objects;
import org.dmspilot.core.DmsPilotException;

/**
 * A connection could not be opened. The message is written for the user, names the host, port and database, and
 * never contains a password; {@link #kind()} says which kind of failure it was.
 */
public class ConnectionFailedException extends DmsPilotException {
    private final FailureKind kind;

    public ConnectionFailedException(FailureKind kind, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public FailureKind kind() {
        return kind;
    }
}
