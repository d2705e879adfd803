package org.dmspilot.core.convert;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConvertedStatement;

/**
 * Applies a converted schema to PostgreSQL. {@link #applyEach} (the default of {@code convert --apply}) runs each
 * statement in its own savepoint of one transaction: a statement PostgreSQL refuses becomes a critical
 * {@code APPLY-FAILED} action item quoting the error, the later statements of the same object are skipped, and
 * everything else is applied. {@link #apply} is all or nothing: on a failure or a cancel nothing is applied and the
 * failing statement and its object are named.
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
     * What applying would do, found by running every statement (each in a savepoint) in a transaction that is then
     * rolled back.
     *
     * @param alreadyPresent the statements that fail because their object already exists
     * @param failure the first other failure (an all-or-nothing apply would fail there), if any
     * @param refused one critical {@code APPLY-FAILED} item per other statement PostgreSQL refused (an apply
     *     object by object would leave those objects out)
     */
    public record Preview(int statements, List<ConvertedStatement> alreadyPresent, Optional<String> failure,
            List<ActionItem> refused) {
    }

    /** What an apply did. */
    public record Result(int applied, List<ConvertedStatement> skipped) {
    }

    /**
     * What {@link #applyEach} did.
     *
     * @param applied statements applied
     * @param failedObjects source objects (as {@link ConvertedStatement#object()}) with a statement PostgreSQL refused
     * @param items one critical {@code APPLY-FAILED} item per refused statement
     * @param skipped statements whose object already existed ({@link Mode#SKIP_EXISTING})
     */
    public record Outcome(int applied, int total, Set<String> failedObjects, List<ActionItem> items,
            List<ConvertedStatement> skipped) {
        public boolean complete() {
            return failedObjects.isEmpty();
        }
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
        List<ConvertedStatement> skipped = new ArrayList<>();
        int applied = run(target, statements, drops(statements, mode), mode == Mode.SKIP_EXISTING ? skipped : null,
                true, progress);
        return new Result(applied, List.copyOf(skipped));
    }

    /** {@code DROP SCHEMA ... CASCADE} of every schema the statements create, for {@link Mode#DROP_AND_RECREATE}. */
    private static List<String> drops(List<ConvertedStatement> statements, Mode mode) {
        return mode != Mode.DROP_AND_RECREATE ? List.of() : statements.stream()
                .map(s -> CREATE_SCHEMA.matcher(s.sql().strip())).filter(Matcher::matches)
                .map(m -> "DROP SCHEMA IF EXISTS " + m.group(1) + " CASCADE").toList();
    }

    /** Runs every statement in a transaction that is rolled back: which objects exist, and which would be refused. */
    public static Preview preview(Connection target, List<ConvertedStatement> statements, ProgressListener progress) {
        Outcome o = inTransaction(target, false, () -> applyEachInTransaction(target, statements,
                Mode.SKIP_EXISTING, progress));
        return new Preview(statements.size(), o.skipped(), o.items().stream().findFirst().map(ActionItem::message),
                o.items());
    }

    /**
     * Applies every statement it can, each in its own savepoint, and commits; a cancel rolls everything back.
     *
     * @param target an open connection to the target database; its auto-commit setting is restored afterwards
     */
    public static Outcome applyEach(Connection target, List<ConvertedStatement> statements,
            ProgressListener progress) {
        return applyEach(target, statements, Mode.ALL, progress);
    }

    /**
     * Applies object by object as {@link #applyEach(Connection, List, ProgressListener)}, treating objects already
     * present as {@code mode} says: {@link Mode#ALL} refuses them like any other failure, {@link Mode#SKIP_EXISTING}
     * skips them, {@link Mode#DROP_AND_RECREATE} drops the schemas first.
     */
    public static Outcome applyEach(Connection target, List<ConvertedStatement> statements, Mode mode,
            ProgressListener progress) {
        return inTransaction(target, true, () -> {
            try (Statement st = target.createStatement()) {
                for (String drop : drops(statements, mode)) {
                    st.execute(drop);
                }
            }
            return applyEachInTransaction(target, statements, mode, progress);
        });
    }

    /**
     * Applies every statement it can, each in its own savepoint, inside the transaction the caller holds open
     * (auto-commit off); neither commits nor rolls back the transaction.
     */
    public static Outcome applyEachInTransaction(Connection target, List<ConvertedStatement> statements,
            ProgressListener progress) throws SQLException {
        return applyEachInTransaction(target, statements, Mode.ALL, progress);
    }

    private static Outcome applyEachInTransaction(Connection target, List<ConvertedStatement> statements, Mode mode,
            ProgressListener progress) throws SQLException {
        int done = 0;
        Set<String> failed = new LinkedHashSet<>();
        List<ActionItem> items = new ArrayList<>();
        List<ConvertedStatement> skipped = new ArrayList<>();
        try (Statement st = target.createStatement()) {
            for (ConvertedStatement s : statements) {
                progress.checkCancelled();
                progress.progress(done + failed.size(), statements.size(), s.stage() + " " + s.object());
                if (failed.contains(s.object())) {
                    continue;
                }
                Savepoint savepoint = target.setSavepoint();
                try {
                    st.execute(s.sql());
                    target.releaseSavepoint(savepoint);
                    done++;
                } catch (SQLException e) {
                    target.rollback(savepoint);
                    if (mode == Mode.SKIP_EXISTING && ALREADY_EXISTS.contains(e.getSQLState())) {
                        skipped.add(s);
                        continue;
                    }
                    failed.add(s.object());
                    items.add(failure(s, e));
                }
            }
            progress.checkCancelled();
        }
        return new Outcome(done, statements.size(), failed, List.copyOf(items), List.copyOf(skipped));
    }

    /** The critical item of a statement PostgreSQL refused: the object, the stage, PostgreSQL's message. */
    static ActionItem failure(ConvertedStatement s, SQLException e) {
        String message = (e.getMessage() == null ? e.toString() : e.getMessage()).strip().replaceAll("\\s*\\n\\s*", " ");
        return ActionCode.APPLY_FAILED.item(s.object(), "PostgreSQL refused the "
                + s.stage().name().toLowerCase().replace('_', ' ') + " statement of " + s.object() + " (SQLSTATE "
                + e.getSQLState() + "): " + message + "; the object was not created (its other statements were"
                + " skipped).");
    }

    /**
     * @param skipped when not null, statements failing because their object exists are rolled back to a savepoint
     *     and added here instead of failing the transaction
     * @param commit false: roll back at the end (a preview)
     */
    private static int run(Connection target, List<ConvertedStatement> statements, List<String> before,
            List<ConvertedStatement> skipped, boolean commit, ProgressListener progress) {
        return inTransaction(target, commit, () -> {
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
                        throw new DmsPilotException("Applying the schema failed at statement " + (done + 1)
                                + " of " + statements.size() + " (" + s.stage().name().toLowerCase()
                                .replace('_', ' ') + " for " + s.object() + "): " + e.getMessage()
                                + "\nStatement:\n" + s.sql()
                                + "\nNothing was applied (the transaction was rolled back).", e);
                    }
                }
                progress.checkCancelled();
            }
            if (commit) {
                progress.progress(done, statements.size(), "Committed");
            }
            return done;
        });
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs work in one transaction: committed (or rolled back when {@code commit} is false), rolled back on error. */
    private static <T> T inTransaction(Connection target, boolean commit, Work<T> work) {
        boolean autoCommit;
        try {
            autoCommit = target.getAutoCommit();
            target.setAutoCommit(false);
        } catch (SQLException e) {
            throw new DmsPilotException("Could not start a transaction on the target: " + e.getMessage(), e);
        }
        try {
            T result = work.run();
            if (commit) {
                target.commit();
            } else {
                rollback(target);
            }
            return result;
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
