package org.dmspilot.core.engine.cdc;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.dmspilot.core.DmsPilotException;

/**
 * Which CDC failures a retry can cure: a lost connection, a server restarting or shutting down, a network cut, a
 * deadlock — versus deterministic ones (a value that cannot be decoded or applied, a bug such as a
 * NullPointerException, a configuration problem), which would fail the same way forever and stop CDC instead.
 */
final class CdcFailures {
    private CdcFailures() {
    }

    /** True when retrying after a backoff can succeed. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BinlogStreamException || t instanceof DmsPilotException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                // connection exceptions, operator intervention (shutdown, restart), resources, deadlocks
                if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")
                        || state.startsWith("40") || state.equals("HY000") && s.getErrorCode() == 1053) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "target" when the failure came from PostgreSQL, else "source". */
    static String side(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.postgresql.")) {
                return "target";
            }
        }
        return "source";
    }
}
