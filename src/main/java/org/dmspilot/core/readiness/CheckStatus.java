package org.dmspilot.core.readiness;

/** Outcome of one readiness check. */
public enum CheckStatus {
    /** Nothing to do. */
    PASS,
    /** Works, but needs attention (slower, lossy for some objects, or handled by DMS Pilot with a caveat). */
    WARN,
    /** CDC (or the full load) will not work until it is fixed. */
    FAIL
}
