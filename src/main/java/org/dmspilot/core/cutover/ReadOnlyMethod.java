package org.dmspilot.core.cutover;

/** How the cutover stops writes on the source, with the trade-offs the user reads before choosing. */
public enum ReadOnlyMethod {
    READ_ONLY("read_only",
            "SET GLOBAL read_only = ON: every connection of an ordinary account is refused writes at once and it"
                    + " survives the tool exiting. Accounts with SUPER (MariaDB: READ_ONLY ADMIN) can still write."
                    + " Needs SUPER or SYSTEM_VARIABLES_ADMIN; on RDS change the parameter group instead."),
    SUPER_READ_ONLY("super_read_only",
            "MySQL only: read_only plus super_read_only, so accounts with SUPER are refused too. It also stops a"
                    + " replica's own replication and maintenance jobs that write; on MariaDB it is the same as"
                    + " read_only."),
    TOOL_LOCK("lock held by DMS Pilot",
            "FLUSH TABLES WITH READ LOCK in a session DMS Pilot keeps open: everyone, SUPER included, waits. Needs"
                    + " only RELOAD. It lasts only while DMS Pilot runs (closing the tool or losing the connection"
                    + " lifts it), blocks every DDL, and waits for long-running queries before it is granted.");

    private final String label;
    private final String tradeOffs;

    ReadOnlyMethod(String label, String tradeOffs) {
        this.label = label;
        this.tradeOffs = tradeOffs;
    }

    public String label() {
        return label;
    }

    public String tradeOffs() {
        return tradeOffs;
    }
}
