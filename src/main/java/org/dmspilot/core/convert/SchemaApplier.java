package org.dmspilot.core.convert;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** How to treat objects the target already has. */
    public enum Mode {
        /** Every statement must succeed (an existing object fails the whole apply). */
        ALL,
        /** Statements whose object already exists are skipped; the rest is applied. */
        SKIP_EXISTING,
        /** The schemas the statements create are dropped first ({@code DROP SCHEMA ... CASCADE}, data included). */
        DROP_AND_RECREATE
    }

    /**
     * What applying would do, found by running every statement in a transaction that is then rolled back.
     *
     * @param alreadyPresent the statements that fail because their object already exists
     * @param failure the first other failure (the apply would fail there), if any
     */
    public record Preview(int statements, List<ConvertedStatement> alreadyPresent, Optional<String> failure) {
    }

    /** What an apply did. */
    public record Result(int applied, List<ConvertedStatement> skipped) {
    }

    private static final Set<String> ALREADY_EXISTS = Set.of("42P07", "42710", "42P06", "42723");
    private static final Pattern CREATE_SCHEMA = Pattern.compile("CREATE SCHEMA (?:IF NOT EXISTS )?(.+)");

    /**
     * @param target an open connection to the target database; its auto-commit setting is restored afterwards
     * @return the number of statements applied
     */
    public static int apply(Connection target, List<ConvertedStatement> statements, ProgressListener progress) {
        return apply(target, statements, Mode.ALL, progress).applied();
    }

    /** Applies in one transaction, treating objects already present as {@code mode} says. */
    public static Result apply(Connection target, List<ConvertedStatement> statements, Mode mode,
            ProgressListener progress) {
        List<String> drops = mode != Mode.DROP_AND_RECREATE ? List.of() : statements.stream()
                .map(s -> CREATE_SCHEMA.matcher(s.sql().strip())).filter(Matcher::matches)
                .map(m -> "DROP SCHEMA IF EXISTS " + m.group(1) + " CASCADE").toList();
        List<ConvertedStatement> skipped = new ArrayList<>();
        int applied = run(target, statements, drops, mode == Mode.SKIP_EXISTING ? skipped : null, true, progress);
        return new Result(applied, List.copyOf(skipped));
    }

    /** Runs every statement in a transaction that is rolled back: which objects exist, and whether it would work. */
    public static Preview preview(Connection target, List<ConvertedStatement> statements, ProgressListener progress) {
        List<ConvertedStatement> present = new ArrayList<>();
        try {
            run(target, statements, List.of(), present, false, progress);
            return new Preview(statements.size(), List.copyOf(present), Optional.empty());
        } catch (CancelledException e) {
            throw e;
        } catch (DmsPilotException e) {
            return new Preview(statements.size(), List.copyOf(present), Optional.of(e.getMessage()));
        }
    }

    /**
     * @param skipped when not null, statements failing because their object exists are rolled back to a savepoint
     *     and added here instead of failing the transaction
     * @param commit false: roll back at the end (a preview)
     */
    private static int run(Connection target, List<ConvertedStatement> statements, List<String> before,
            List<ConvertedStatement> skipped, boolean commit, ProgressListener progress) {
        boolean autoCommit;
        try {
            autoCommit = target.getAutoCommit();
            target.setAutoCommit(false);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not start a transaction on the target: " + e.getMessage(), e);
        }
        int done = 0;
        try (Statement st = target.createStatement()) {
            for (String sql : before) {
                st.execute(sql);
            }
            for (ConvertedStatement s : statements) {
                progress.checkCancelled();
                progress.progress(done, statements.size(), s.stage() + " " + s.object());
                Savepoint savepoint = skipped == null ? null : target.setSavepoint();
                try {
                    st.execute(s.sql());
                    done++;
                } catch (SQLException e) {
                    if (savepoint != null && ALREADY_EXISTS.contains(e.getSQLState())) {
                        target.rollback(savepoint);
                        skipped.add(s);
                        continue;
                    }
                    throw new DmsPilotException("Applying the schema failed at statement " + (done + 1) + " of "
                            + statements.size() + " (" + s.stage().name().toLowerCase().replace('_', ' ') + " for "
                            + s.object() + "): " + e.getMessage() + "\nStatement:\n" + s.sql()
                            + "\nNothing was applied (the transaction was rolled back).", e);
                }
            }
            progress.checkCancelled();
            if (commit) {
                target.commit();
                progress.progress(done, statements.size(), "Committed");
            } else {
                rollback(target);
            }
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
