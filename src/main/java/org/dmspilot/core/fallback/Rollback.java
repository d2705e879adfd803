package org.dmspilot.core.fallback;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.cutover.SourceReadOnly;
import org.dmspilot.core.engine.BinlogPosition;
import org.dmspilot.core.engine.CdcCheckpoint;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.ConnectionProfile;
import org.postgresql.replication.LogSequenceNumber;

/**
 * "Roll back to MySQL" while the fallback stream runs, losing nothing:
 * <ol>
 * <li>stop writes on PostgreSQL: the database's {@code default_transaction_read_only} is turned on and the other
 *     client sessions of the database are ended, so the application reconnects read-only;</li>
 * <li>drain: a marker written into the WAL after the last write; the stream has applied everything when its
 *     checkpoint passes it;</li>
 * <li>stop the stream, create the MySQL triggers again;</li>
 * <li>move the forward engine's checkpoint to MySQL's binlog position now, after the fallback's writes, so a forward
 *     restart neither replays them to PostgreSQL nor misses a later application write;</li>
 * <li>drop slot and publication, lift {@code read_only} on MySQL, and give the connection string to switch back to.</li>
 * </ol>
 * PostgreSQL stays read-only afterwards ({@code ALTER DATABASE ... RESET default_transaction_read_only} lifts it),
 * so an application instance that was not switched back cannot write there unseen.
 */
public final class Rollback {
    private Rollback() {
    }

    /**
     * What the rollback did.
     *
     * @param steps one line per step, with its evidence
     * @param connectionStrings the source as the application should reach it again (no password)
     * @param forwardPosition where the forward engine resumes
     */
    public record Result(List<String> steps, List<String> connectionStrings, String forwardPosition) {
    }

    /**
     * The first half of the rollback: PostgreSQL's writes stopped and drained to the source.
     *
     * @param steps what was done, one line each
     * @param marker the drain marker's LSN: every PostgreSQL write before it is on the source
     */
    public record Drained(List<String> steps, long marker) {
        /** The marker as PostgreSQL writes an LSN. */
        public String markerText() {
            return LogSequenceNumber.valueOf(marker).asString();
        }
    }

    /**
     * Runs the rollback; refuses (changing nothing) unless the stream runs.
     *
     * @param sourceProfile the source as the application reaches it (for the connection string), or null
     */
    public static Result run(Fallback fallback, ConnectionProfile sourceProfile, Duration drainTimeout,
            ProgressListener progress) {
        return finish(fallback, stopWritesAndDrain(fallback, drainTimeout, progress), sourceProfile, progress);
    }

    /**
     * Steps 1 and 2: stops writes on PostgreSQL and waits until the stream has applied every write before the drain
     * marker. The source stays read-only: then {@link #finish} lifts it, or {@link #reopenTarget} gives PostgreSQL
     * back its writes (the user declined). Refuses (changing nothing) unless the stream runs.
     */
    public static Drained stopWritesAndDrain(Fallback fallback, Duration drainTimeout, ProgressListener progress) {
        FallbackStatus status = fallback.status();
        if (!status.inSync()) {
            throw new DmsPilotException("The fallback stream is " + status.state().name().toLowerCase()
                    + (status.message() == null ? "" : " (" + status.message() + ")") + ": a rollback now would lose"
                    + " the writes it has not applied. Start it again (dmspilot fallback start) and roll back when it"
                    + " runs, or see `dmspilot fallback status` for what would be lost.");
        }
        List<String> steps = new ArrayList<>();
        try (Connection pg = fallback.target().open()) {
            pg.setAutoCommit(true);
            try (Statement s = pg.createStatement()) {
                s.execute("SET default_transaction_read_only = off");
                String db = pg.getCatalog();
                s.execute("ALTER DATABASE " + Sql.pg(db) + " SET default_transaction_read_only = on");
                int ended = 0;
                try (var rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND backend_type = 'client backend'")) {
                    rs.next();
                    ended = rs.getInt(1);
                }
                steps.add("PostgreSQL database " + db + " read-only for new sessions; " + ended
                        + " client sessions ended");
            }
            progress.progress(1, 5, "PostgreSQL writes stopped");
            long marker = fallback.drainMarker(pg);
            long end = System.nanoTime() + drainTimeout.toNanos();
            long applied = fallback.appliedLsn();
            while (applied < marker) {
                FallbackStatus now = fallback.status();
                if (now.state() == FallbackStatus.State.FAILED || System.nanoTime() > end) {
                    throw new DmsPilotException("The fallback stream did not drain (state " + now.state() + ", "
                            + now.message() + "); PostgreSQL stays read-only, MySQL read-only. Run the rollback again"
                            + " when the stream runs.");
                }
                progress.checkCancelled();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                applied = fallback.appliedLsn();
            }
            steps.add("Drained: every PostgreSQL write up to " + LogSequenceNumber.valueOf(marker).asString()
                    + " is on MySQL");
            progress.progress(2, 5, "drained");
            return new Drained(steps, marker);
        } catch (SQLException e) {
            throw new DmsPilotException("The rollback stopped: " + e.getMessage() + ". Run it again; every step is"
                    + " safe to repeat.", e);
        }
    }

    /**
     * Steps 3 to 5, after {@link #stopWritesAndDrain}: stream stopped, MySQL triggers back, forward checkpoint moved
     * after the fallback's writes, slot and publication dropped, read-only lifted on the source.
     *
     * @param sourceProfile the source as the application reaches it (for the connection string), or null
     */
    public static Result finish(Fallback fallback, Drained drained, ConnectionProfile sourceProfile,
            ProgressListener progress) {
        List<String> steps = new ArrayList<>(drained.steps());
        try (Connection pg = fallback.target().open(); Connection my = fallback.source().open()) {
            pg.setAutoCommit(true);
            try (Statement s = pg.createStatement()) {
                s.execute("SET default_transaction_read_only = off"); // the database's default is read-only now
            }
            fallback.requestStop();
            FallbackStatus stopped = fallback.awaitStopped(Duration.ofSeconds(30));
            if (stopped.state() == FallbackStatus.State.RUNNING) {
                throw new DmsPilotException("The fallback stream did not stop within 30 s; nothing else changed.");
            }
            int triggers = FallbackSetup.restoreTriggers(my, fallback.schema());
            steps.add("Fallback stream stopped; " + triggers + " MySQL triggers created again");
            progress.progress(3, 5, "stream stopped");
            BinlogPosition position = BinlogPosition.current(my).orElseThrow(() -> new DmsPilotException(
                    "The source has no binlog position to give the forward engine (SHOW MASTER STATUS)."));
            CdcCheckpoint.ensureTables(pg);
            CdcCheckpoint.start(pg, fallback.pgSchema(), position);
            CdcCheckpoint.status(pg, fallback.pgSchema(), "stopped", "rolled back to MySQL; the forward engine"
                    + " resumes at " + position + ", after the fallback's writes");
            steps.add("Forward engine's checkpoint moved to " + position + " (after the fallback's writes)");
            fallback.dropSlot(pg);
            FallbackCheckpoint.status(my, fallback.schema(), "rolled-back", "rolled back to MySQL at "
                    + drained.markerText());
            if (!my.getAutoCommit()) {
                my.commit();
            }
            progress.progress(4, 5, "slot dropped");
            SourceReadOnly.set(my, false, false);
            steps.add("Slot and publication dropped; read_only lifted on the source");
            progress.progress(5, 5, "rolled back");
            return new Result(steps, sourceProfile == null ? List.of() : connectionStrings(sourceProfile),
                    position.toString());
        } catch (SQLException e) {
            throw new DmsPilotException("The rollback stopped: " + e.getMessage() + ". Run it again; every step is"
                    + " safe to repeat.", e);
        }
    }

    /** Lifts the read-only default the rollback left on the PostgreSQL database (before a forward restart). */
    public static void reopenTarget(org.dmspilot.core.engine.ConnectionFactory target) {
        try (Connection pg = target.open(); Statement s = pg.createStatement()) {
            pg.setAutoCommit(true);
            s.execute("SET default_transaction_read_only = off");
            s.execute("ALTER DATABASE " + Sql.pg(pg.getCatalog()) + " RESET default_transaction_read_only");
        } catch (SQLException e) {
            throw new DmsPilotException("Could not lift read-only on the target database: " + e.getMessage(), e);
        }
    }

    private static List<String> connectionStrings(ConnectionProfile p) {
        String host = p.host().contains(":") ? "[" + p.host() + "]" : p.host();
        return List.of("JDBC: jdbc:mysql://" + host + ":" + p.port() + "/" + (p.database() == null ? ""
                : p.database()) + "?user=" + p.user(), "mysql: --host=" + p.host() + " --port=" + p.port()
                + " --user=" + p.user() + (p.database() == null ? "" : " " + p.database()));
    }
}
