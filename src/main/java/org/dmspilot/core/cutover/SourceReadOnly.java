package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.dmspilot.core.DmsPilotException;

/**
 * Makes the MySQL/MariaDB source refuse application writes for the cutover, and lifts it for a rollback.
 *
 * <p>Trade-offs, shown to the user before the step: {@code read_only} stops writes from ordinary accounts at once and
 * for every connection, but accounts with SUPER (MariaDB: READ_ONLY ADMIN) still write; MySQL's {@code super_read_only}
 * stops those too, but also the replication of a replica and some maintenance jobs. A lock held by the tool
 * ({@code FLUSH TABLES WITH READ LOCK}) stops everyone but only while the tool's session lives, and it blocks
 * every DDL and can stall on long queries. The default here is {@code read_only}; {@code super_read_only} on MySQL when
 * asked. Changing either needs SUPER (or SYSTEM_VARIABLES_ADMIN); on RDS use the parameter group.
 */
public final class SourceReadOnly {
    private SourceReadOnly() {
    }

    /** Whether {@code read_only} is on. */
    public static boolean isReadOnly(Connection source) {
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT @@GLOBAL.read_only")) {
            rs.next();
            return rs.getInt(1) != 0;
        } catch (SQLException e) {
            throw new DmsPilotException("Could not read read_only on the source: " + e.getMessage(), e);
        }
    }

    /**
     * Turns read-only on or off.
     *
     * @param superReadOnly also {@code super_read_only} (MySQL only; ignored on MariaDB, which has no such variable)
     */
    public static void set(Connection source, boolean on, boolean superReadOnly) {
        try (Statement st = source.createStatement()) {
            boolean mariaDb = source.getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb");
            if (!on && !mariaDb) {
                st.execute("SET GLOBAL super_read_only = OFF");
            }
            st.execute("SET GLOBAL read_only = " + (on ? "ON" : "OFF"));
            if (on && superReadOnly && !mariaDb) {
                st.execute("SET GLOBAL super_read_only = ON");
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not turn read_only " + (on ? "on" : "off") + " on the source: "
                    + e.getMessage() + " (it needs SUPER or SYSTEM_VARIABLES_ADMIN; on RDS change the parameter"
                    + " group instead).", e);
        }
    }
}
