package org.dmspilot.model;

/** Database engines DMS Pilot talks to. */
public enum Engine {
    MYSQL("MySQL", 3306, true),
    MARIADB("MariaDB", 3306, true),
    POSTGRESQL("PostgreSQL", 5432, false),
    AURORA_POSTGRESQL("Aurora PostgreSQL", 5432, false);

    private final String displayName;
    private final int defaultPort;
    private final boolean mysqlFamily;

    Engine(String displayName, int defaultPort, boolean mysqlFamily) {
        this.displayName = displayName;
        this.defaultPort = defaultPort;
        this.mysqlFamily = mysqlFamily;
    }

    public String displayName() {
        return displayName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** MySQL or MariaDB: a possible source. */
    public boolean isMysqlFamily() {
        return mysqlFamily;
    }
}
