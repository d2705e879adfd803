package org.dmspilot.core.connect;

import java.time.Duration;

/**
 * The outcome of a connection test.
 *
 * @param success whether a connection was opened
 * @param serverVersion on success, the product and version, e.g. {@code MariaDB 11.4.5} or {@code PostgreSQL 16.4}
 * @param tlsProtocol on success, the TLS protocol in use (e.g. {@code TLSv1.3}), or null for a connection in the clear
 * @param failure on failure, its kind; null on success
 * @param message for the user: what was reached, or what went wrong where (never a password)
 * @param elapsed how long the test took
 */
public record ConnectionTestResult(boolean success, String serverVersion, String tlsProtocol, FailureKind failure,
        String message, Duration elapsed) {

    static ConnectionTestResult succeeded(String serverVersion, String tlsProtocol, String message, Duration elapsed) {
        return new ConnectionTestResult(true, serverVersion, tlsProtocol, null, message, elapsed);
    }

    static ConnectionTestResult failed(FailureKind kind, String message, Duration elapsed) {
        return new ConnectionTestResult(false, null, null, kind, message, elapsed);
    }
}
