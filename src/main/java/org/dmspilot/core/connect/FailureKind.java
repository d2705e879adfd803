package org.dmspilot.core.connect;

/** Why a connection could not be opened, specific enough to tell the user what to check. */
public enum FailureKind {
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** Nothing accepts connections on that host and port. */
    CONNECTION_REFUSED,
    /** No answer within the connect timeout. */
    TIMEOUT,
    /** The server rejected the user name or password (or has no access rule for this user/host). */
    AUTHENTICATION_FAILED,
    /** TLS could not be set up as the TLS mode asks (no TLS on the server, untrusted or mismatched certificate). */
    TLS_FAILURE,
    /** The server answered but has no database of that name. */
    DATABASE_NOT_FOUND,
    /** The SSH tunnel through the bastion could not be opened (bastion unreachable, SSH authentication, host key). */
    SSH_FAILURE,
    /** Anything else; the message carries the driver's explanation. */
    OTHER
}
