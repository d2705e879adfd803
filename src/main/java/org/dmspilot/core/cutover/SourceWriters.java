package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;

/**
 * Who can still write to a source that {@code read_only} protects: the connected sessions whose account holds the
 * privilege that bypasses it (MySQL: SUPER or CONNECTION_ADMIN; MariaDB 10.11+: READ_ONLY ADMIN, older: SUPER),
 * including sessions of DMS Pilot's own account. Replication readers (binlog dump) and server threads are left out:
 * they do not write. Needs the PROCESS privilege to see other accounts' sessions.
 */
public final class SourceWriters {
    /**
     * A connected session that can still write.
     *
     * @param session the connection id ({@code KILL CONNECTION} ends it)
     * @param user the account's user name
     * @param host the client's host
     * @param privilege the privilege that lets it write despite read_only
     * @param toolsOwn whether it is logged in as DMS Pilot's own account
     */
    public record Writer(long session, String user, String host, String privilege, boolean toolsOwn) {
        /** One line for the log and the screen. */
        public String describe() {
            return "session " + session + " " + user + "@" + host + " (" + privilege + (toolsOwn
                    ? ", DMS Pilot's own account" : "") + ")";
        }
    }

    private SourceWriters() {
    }

    /** The sessions (other than {@code c}'s own) that can write although {@code read_only} is on. */
    public static List<Writer> list(Connection c) {
        try {
            boolean mariaDb = c.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT)
                    .contains("mariadb");
            Set<String> bypass = mariaDb ? (c.getMetaData().getDatabaseMajorVersion() > 10
                    || c.getMetaData().getDatabaseMinorVersion() >= 11 ? Set.of("READ_ONLY ADMIN") : Set.of("SUPER"))
                    : Set.of("SUPER", "CONNECTION_ADMIN");
            if (!mariaDb && "1".equals(scalar(c, "SELECT @@GLOBAL.super_read_only"))) {
                return List.of(); // super_read_only refuses the privileged accounts too
            }
            Map<String, String> privileged = privilegedUsers(c, bypass);
            String own = scalar(c, "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)");
            List<Writer> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ID, USER, HOST, COMMAND"
                    + " FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() ORDER BY ID")) {
                while (rs.next()) {
                    String user = rs.getString(2);
                    String command = rs.getString(4);
                    String privilege = user == null ? null : privileged.get(user);
                    if (privilege == null || command == null || command.startsWith("Binlog Dump")
                            || command.equals("Daemon") || command.equals("Killed")) {
                        continue;
                    }
                    String host = rs.getString(3) == null ? "" : rs.getString(3).replaceFirst(":\\d+$", "");
                    out.add(new Writer(rs.getLong(1), user, host, privilege, user.equals(own)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DmsPilotException("Could not list the source's sessions (information_schema.PROCESSLIST): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Ends the given sessions ({@code KILL CONNECTION}); a session already gone is not an error. The server ends a
     * killed session asynchronously, so this waits (up to 10 s) until they have left the process list.
     */
    public static void end(Connection c, List<Long> sessions) {
        kill(c, sessions);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        try {
            while (stillListed(c, sessions) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new DmsPilotException("Could not list the source's sessions (information_schema.PROCESSLIST): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean stillListed(Connection c, List<Long> sessions) throws SQLException {
        if (sessions.isEmpty()) {
            return false;
        }
        String ids = String.join(",", sessions.stream().map(String::valueOf).toList());
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID IN (" + ids + ")")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static void kill(Connection c, List<Long> sessions) {
        for (long id : sessions) {
            try (Statement st = c.createStatement()) {
                st.execute("KILL CONNECTION " + id);
            } catch (SQLException e) {
                if (e.getErrorCode() != 1094) { // ER_NO_SUCH_THREAD: it ended meanwhile
                    throw new DmsPilotException("Could not end session " + id + " on the source: " + e.getMessage()
                            + " (it needs CONNECTION_ADMIN or SUPER).", e);
                }
            }
        }
    }

    private static Map<String, String> privilegedUsers(Connection c, Set<String> bypass) throws SQLException {
        Map<String, String> out = new HashMap<>();
        String marks = String.join(",", bypass.stream().map(b -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT GRANTEE, PRIVILEGE_TYPE FROM"
                + " information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE IN (" + marks + ")")) {
            int i = 1;
            for (String b : bypass) {
                ps.setString(i++, b);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(userOf(rs.getString(1)), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** {@code 'app'@'%'} → {@code app}. */
    static String userOf(String grantee) {
        int at = grantee.lastIndexOf("'@'");
        String user = at > 0 ? grantee.substring(0, at) : grantee;
        return user.startsWith("'") ? user.substring(1).replace("''", "'") : user;
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
