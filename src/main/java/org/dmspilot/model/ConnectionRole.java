package org.dmspilot.model;

/** Which side of the migration a connection is. */
public enum ConnectionRole {
    SOURCE, TARGET;

    /** Environment variable that may hold this side's password. */
    public String passwordEnvVar() {
        return "DMSPILOT_" + name() + "_PASSWORD";
    }
}
