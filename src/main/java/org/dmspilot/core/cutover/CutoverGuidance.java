package org.dmspilot.core.cutover;

import java.util.List;
import java.util.Map;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.cutover.CutoverLog.Outcome;
import org.dmspilot.model.ConnectionProfile;

/** Texts for the user: how to roll back from where the cutover stands, and where the application connects now. */
public final class CutoverGuidance {
    private CutoverGuidance() {
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /**
     * Rollback guidance that tells the truth about where the cutover stands, from the whole log: also after a
     * rollback, it says when the application was switched and when the replication was stopped, so it never claims
     * that nothing happened.
     */
    public static String rollback(CutoverLog log) {
        Map<CutoverStep, Outcome> statuses = log.statuses();
        if (statuses.get(CutoverStep.CONNECTION) == Outcome.DONE && reverseTask(log).isPresent()) {
            return "The application was switched to the target at " + when(log, CutoverStep.CONNECTION) + "; "
                    + reverseTask(log).get() + " replicates its writes back to the source. To go back: stop the"
                    + " application's writes on the target, wait until that task's latency is 0, then lift read-only"
                    + " and point the application at the source. Lifting read-only asks you to confirm this.";
        }
        if (statuses.get(CutoverStep.CONNECTION) == Outcome.DONE) {
            return "The application was switched to the target at " + when(log, CutoverStep.CONNECTION) + " and may"
                    + " be writing to it; the source lacks those writes (no fallback replication copies them back)."
                    + " To go back: stop the application, copy the target's new rows back to the source (for"
                    + " example an AWS DMS task from the target endpoint to the source, or a dump of the changed"
                    + " rows), then lift read-only and point the application at the source again. Keep the source"
                    + " read-only until then so the two do not diverge. Lifting read-only asks you to confirm this.";
        }
        if (statuses.get(CutoverStep.STOP) == Outcome.DONE) {
            return "The replication was stopped at " + when(log, CutoverStep.STOP) + " but the application still"
                    + " uses the source. Lift read-only and the application writes to the source again; nothing is"
                    + " lost. To cut over later, start the task again (it resumes where it stopped) and run the"
                    + " cutover from the checklist; the sequence reset on the target is harmless.";
        }
        java.util.Optional<CutoverLog.Entry> rollback = log.lastRollback();
        java.util.Optional<CutoverLog.Entry> switched = log.lastDoneEver(CutoverStep.CONNECTION);
        java.util.Optional<CutoverLog.Entry> stopped = log.lastDoneEver(CutoverStep.STOP);
        if (rollback.isPresent() && rollback.get().message().equals(CutoverLog.ROLLBACK_THROUGH_FALLBACK)) {
            return "Rolled back to the source at " + WHEN.format(rollback.get().at()) + " through the fallback"
                    + " stream" + switched.map(e -> ", after the application had been switched to the target at "
                    + WHEN.format(e.at())).orElse("") + ": every write made on PostgreSQL until then is on the source,"
                    + " nothing is lost. Point the application at the source (the connection string shown with the rollback). PostgreSQL"
                    + " stays read-only so that an instance not switched back cannot write there unseen. To cut over"
                    + " again: lift it (ALTER DATABASE ... RESET default_transaction_read_only), start the local"
                    + " engine (it resumes after the fallback's writes), then run the cutover from the checklist.";
        }
        if (rollback.isPresent() && switched.isPresent() && switched.get().at().isBefore(rollback.get().at())) {
            return "Rolled back at " + WHEN.format(rollback.get().at()) + " after the application had been switched"
                    + " to the target at " + WHEN.format(switched.get().at()) + ". Writes made on the target between"
                    + " those times are not on the source unless you copied them back. DMS Pilot stopped the"
                    + " replication at " + stopped.map(e -> WHEN.format(e.at())).orElse("the switch") + " and has"
                    + " not started it since: the target is not fed. To cut over again, start the task again so the"
                    + " target catches up, then run the cutover from the checklist.";
        }
        if (rollback.isPresent() && stopped.isPresent() && stopped.get().at().isBefore(rollback.get().at())) {
            return "Rolled back at " + WHEN.format(rollback.get().at()) + "; the application never switched, so"
                    + " nothing is lost. DMS Pilot stopped the replication at " + WHEN.format(stopped.get().at())
                    + " and has not started it since: start the task again before cutting over again.";
        }
        return "Nothing has switched yet. Lift read-only: the application writes to the source again and the"
                + " replication keeps running; nothing is lost. Start the cutover again when the checklist passes.";
    }

    /**
     * What a rollback now would do to the writes made on the target, when the application was switched to it:
     * the text the user must confirm before read-only is lifted. Empty when a rollback loses nothing.
     */
    public static java.util.Optional<String> rollbackWarning(CutoverLog log) {
        if (log.statuses().get(CutoverStep.CONNECTION) != Outcome.DONE) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> reverse = reverseTask(log);
        if (reverse.isPresent()) {
            return java.util.Optional.of("The application was switched to PostgreSQL at " + when(log,
                    CutoverStep.CONNECTION) + " and " + reverse.get() + " copies its writes back to the source. Before"
                    + " lifting read-only, stop the application's writes on PostgreSQL and wait until that task has"
                    + " applied them (its CDC latency 0, `dmspilot dms status`); writes it has not applied yet are"
                    + " NOT on the source and are lost if the application moves back now. The forward replication"
                    + " stays stopped.");
        }
        return java.util.Optional.of("The application was switched to PostgreSQL at " + when(log,
                CutoverStep.CONNECTION) + ". Every write it made on PostgreSQL since then is NOT on the source: no"
                + " fallback replication copies it back. If you lift read-only now and point the application at the"
                + " source, those writes are missing there and the two databases diverge. Copy them back first (or"
                + " accept losing them on the source). The replication stays stopped.");
    }

    /** The reverse task the switch step started ("the fallback task X"), as its evidence says. */
    private static java.util.Optional<String> reverseTask(CutoverLog log) {
        return log.last(CutoverStep.CONNECTION).flatMap(e -> e.evidence().stream()
                .filter(x -> x.startsWith("fallback task ")).findFirst())
                .map(x -> "the " + x.substring(0, x.indexOf(' ', "fallback task ".length())));
    }

    private static String when(CutoverLog log, CutoverStep step) {
        return log.last(step).map(e -> WHEN.format(e.at())).orElse("an unknown time");
    }

    /** The target as the application should reach it: JDBC URL and libpq keywords, never a password. */
    public static List<String> connectionStrings(ConnectionProfile target) {
        String jdbc = JdbcUrls.format(target, null);
        StringBuilder libpq = new StringBuilder("host=").append(target.host()).append(" port=").append(target.port())
                .append(" dbname=").append(target.database()).append(" user=").append(target.user());
        libpq.append(" sslmode=").append(target.tlsMode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (target.caFile() != null && !target.caFile().isBlank()) {
            libpq.append(" sslrootcert=").append(target.caFile());
        }
        return List.of("JDBC: " + jdbc, "libpq: " + libpq);
    }
}
