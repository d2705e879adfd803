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

    /** Rollback guidance for the steps done so far. */
    public static String rollback(Map<CutoverStep, Outcome> statuses) {
        if (statuses.get(CutoverStep.CONNECTION) == Outcome.DONE) {
            return "The application may already write to the target, and the source lacks those writes. To go back:"
                    + " stop the application, copy the target's new rows back to the source (for example an AWS DMS"
                    + " task from the target endpoint to the source, or a dump of the changed rows), then lift"
                    + " read-only and point the application at the source again. Keep the source read-only until"
                    + " then so the two do not diverge.";
        }
        if (statuses.get(CutoverStep.STOP) == Outcome.DONE) {
            return "The replication is stopped but the application still uses the source. Lift read-only and the"
                    + " application writes to the source again; nothing is lost. To cut over later, start the task"
                    + " again (it resumes where it stopped) and run the cutover from the checklist; the sequence"
                    + " reset on the target is harmless.";
        }
        return "Nothing has switched yet. Lift read-only: the application writes to the source again and the"
                + " replication keeps running; nothing is lost. Start the cutover again when the checklist passes.";
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
