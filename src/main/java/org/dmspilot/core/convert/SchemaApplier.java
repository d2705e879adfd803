package org.dmspilot.core.convert;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.convert.ConvertedStatement;

/**
 * Applies a converted schema to PostgreSQL in one transaction: either every statement is applied, or — on a failure
 * or a cancel — nothing is, and the failing statement and its object are named.
 */
public final class SchemaApplier {
    private SchemaApplier() {
    }

    /**
     * @param target an open connection to the target database; its auto-commit setting is restored afterwards
     * @return the number of statements applied
     */
    public static int apply(Connection target, List<ConvertedStatement> statements, ProgressListener progress) {
        boolean autoCommit;
        try {
            autoCommit = target.getAutoCommit();
            target.setAutoCommit(false);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not start a transaction on the target: " + e.getMessage(), e);
        }
        int done = 0;
        try (Statement st = target.createStatement()) {
            for (ConvertedStatement s : statements) {
                progress.checkCancelled();
                progress.progress(done, statements.size(), s.stage() + " " + s.object());
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    throw new DmsPilotException("Applying the schema failed at statement " + (done + 1) + " of "
                            + statements.size() + " (" + s.stage().name().toLowerCase().replace('_', ' ') + " for "
                            + s.object() + "): " + e.getMessage() + "\nStatement:\n" + s.sql()
                            + "\nNothing was applied (the transaction was rolled back).", e);
                }
                done++;
            }
            progress.checkCancelled();
            target.commit();
            progress.progress(done, statements.size(), "Committed");
            return done;
        } catch (DmsPilotException | SQLException e) {
            rollback(target);
            if (e instanceof CancelledException c) {
                throw c;
            }
            if (e instanceof DmsPilotException d) {
                throw d;
            }
            throw new DmsPilotException("Applying the schema failed: " + e.getMessage()
                    + " Nothing was applied (the transaction was rolled back).", e);
        } finally {
            try {
                target.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is unusable anyway
            }
        }
    }

    private static void rollback(Connection target) {
        try {
            target.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
