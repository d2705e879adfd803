package org.dmspilot.core.cutover;

/**
 * The guided cutover's steps, in the order they run. Each is confirmed by the user, written to the cutover log, and
 * safe to run again (a re-run after a failure or a restart repeats the check or finds the work already done).
 */
public enum CutoverStep {
    READ_ONLY("Make the source read-only",
            "The application must stop writing to the source so that the target can catch up with the last change."
                    + " Stop the application's writers first if you can; this step makes sure nothing else writes."),
    DRAIN("Wait for the drain",
            "Waits until the replication has applied every change: target latency back to about zero and no"
                    + " incoming changes, measured after the source became read-only."),
    STOP("Stop the replication",
            "Stops the replication task once it has applied everything. From here the target is no longer fed."),
    SEQUENCES("Reset sequences and identities on the target",
            "The migration copied explicit ids; every identity and serial column is set to continue after the"
                    + " largest value now in its table, so the application's first insert does not collide."),
    ROW_COUNTS("Final row-count check",
            "Counts the rows of every migrated table on both servers (COUNT(*)); all must be equal."),
    CONNECTION("Switch the application",
            "Point the application at the target with the connection string shown (the password is not shown:"
                    + " use the application's own secret).");

    private final String title;
    private final String explanation;

    CutoverStep(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    /** What the step does and why, for the user, before they confirm it. */
    public String explanation() {
        return explanation;
    }

    /** 1-based position, as shown to the user. */
    public int number() {
        return ordinal() + 1;
    }
}
