package org.dmspilot.cli;

/** Process exit codes shared by every command. */
public final class ExitCodes {
    /** Done; every check passed. */
    public static final int OK = 0;
    /** Ran, but found something failing (a readiness check, a validation mismatch...). */
    public static final int FAILED = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** The capability is not built in this version. */
    public static final int NOT_AVAILABLE = 3;
    /** An error stopped the work (connection, bad input...). */
    public static final int ERROR = 4;

    private ExitCodes() {
    }
}
