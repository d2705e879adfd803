package org.dmspilot.core.cutover;

/** The state of one cutover check. */
public enum CheckState {
    /** Met, with the evidence to show it. */
    PASS,
    /** Not met: cutting over now would lose or break something. */
    FAIL,
    /** Not decidable yet (not enough data, still loading, validation not run). */
    WAITING
}
