package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ConnectionFactory;

/**
 * Stops writes on the source by one of the {@link ReadOnlyMethod}s, tells whether that is still in effect, and lifts
 * it. The tool lock is a session kept open by this object: closing it (or the process ending) lifts the lock.
 */
final class SourceGuard implements AutoCloseable {
    private final ConnectionFactory source;
    private Connection lockSession;

    SourceGuard(ConnectionFactory source) {
        this.source = source;
    }

    synchronized void apply(ReadOnlyMethod method) {
        if (method == ReadOnlyMethod.TOOL_LOCK) {
            if (lockHeld()) {
                return;
            }
            try {
                lockSession = source.open();
                try (Statement st = lockSession.createStatement()) {
                    st.execute("FLUSH TABLES WITH READ LOCK");
                }
            } catch (SQLException e) {
                releaseLock();
                throw new DmsPilotException("Could not lock the source (FLUSH TABLES WITH READ LOCK): "
                        + e.getMessage() + " (it needs the RELOAD privilege).", e);
            }
            return;
        }
        try (Connection c = source.open()) {
            SourceReadOnly.set(c, true, method == ReadOnlyMethod.SUPER_READ_ONLY);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not connect to the source to make it read-only: " + e.getMessage(), e);
        }
    }

    /** Whether writes are still stopped by {@code method}. */
    synchronized boolean inEffect(ReadOnlyMethod method) {
        if (method == ReadOnlyMethod.TOOL_LOCK) {
            return lockHeld();
        }
        try (Connection c = source.open()) {
            return SourceReadOnly.isReadOnly(c);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not connect to the source to check read_only: " + e.getMessage(), e);
        }
    }

    /** Releases the tool's lock if held and turns read_only (and super_read_only) off. */
    synchronized void lift() {
        releaseLock();
        try (Connection c = source.open()) {
            SourceReadOnly.set(c, false, false);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not connect to the source to lift read-only: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        releaseLock();
    }

    private boolean lockHeld() {
        try {
            return lockSession != null && lockSession.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private void releaseLock() {
        if (lockSession != null) {
            try (Connection c = lockSession) {
                try (Statement st = c.createStatement()) {
                    st.execute("UNLOCK TABLES");
                }
            } catch (SQLException e) {
                // closing the session releases the lock anyway
            }
            lockSession = null;
        }
    }
}
