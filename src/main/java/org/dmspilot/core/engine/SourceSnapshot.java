package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dmspilot.core.DmsPilotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source connections that all read the same consistent snapshot, and the binlog position of that snapshot.
 *
 * <p>MariaDB: each connection runs {@code START TRANSACTION WITH CONSISTENT SNAPSHOT} and reads
 * {@code Binlog_snapshot_file/position}; when every connection reports the same position no transaction committed
 * in between, so all snapshots are the same (no lock). After ten attempts that disagree (a busy source), or on
 * MySQL, the snapshots are started while a brief {@code FLUSH TABLES WITH READ LOCK} is held and the position is
 * read under the lock ({@code SHOW MASTER STATUS}, or {@code SHOW BINARY LOG STATUS} on MySQL 8.4), with MySQL's
 * executed GTID set. A login that may not take the lock (no RELOAD, as on RDS) is refused with a clear message: a
 * start without it would lose the rows committed between the snapshots and the position.
 */
final class SourceSnapshot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceSnapshot.class);
    private final List<Connection> connections;
    private final Optional<BinlogPosition> position;
    private String gtids;

    private SourceSnapshot(List<Connection> connections, Optional<BinlogPosition> position) {
        this.connections = connections;
        this.position = position;
    }

    static SourceSnapshot open(ConnectionFactory factory, int count, String schema) throws SQLException {
        List<Connection> conns = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Connection c = factory.open();
                conns.add(c);
                prepare(c, schema);
            }
            boolean mariaDb = conns.get(0).getMetaData().getDatabaseProductVersion().toLowerCase()
                    .contains("mariadb");
            if (mariaDb) {
                for (int attempt = 0; attempt < 10; attempt++) {
                    List<Optional<BinlogPosition>> seen = new ArrayList<>();
                    for (Connection c : conns) {
                        exec(c, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
                        seen.add(snapshotPosition(c));
                    }
                    if (seen.stream().distinct().count() == 1 && seen.get(0).isPresent()) {
                        return new SourceSnapshot(conns, seen.get(0));
                    }
                    for (Connection c : conns) {
                        c.rollback();
                    }
                    if (seen.get(0).isEmpty()) {
                        break;
                    }
                }
            }
            String[] gtids = new String[1];
            SourceSnapshot snapshot = new SourceSnapshot(conns, underLock(factory, conns, gtids));
            snapshot.gtids = gtids[0];
            return snapshot;
        } catch (SQLException | RuntimeException e) {
            conns.forEach(SourceSnapshot::quietClose);
            throw e;
        }
    }

    private static void prepare(Connection c, String schema) throws SQLException {
        c.setAutoCommit(false);
        c.setCatalog(schema);
        exec(c, "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        exec(c, "SET NAMES utf8mb4");
        exec(c, "SET time_zone = '+00:00'");
    }

    /**
     * The snapshots started under a brief global read lock, and the binlog position (and MySQL's executed GTID set,
     * into {@code gtids[0]}) read under it. Without the lock the position cannot be tied to the snapshots (rows
     * committed meanwhile would be in neither the load nor CDC), so a refused lock refuses the start.
     */
    private static Optional<BinlogPosition> underLock(ConnectionFactory factory, List<Connection> conns,
            String[] gtids) throws SQLException {
        try (Connection lock = factory.open()) {
            try {
                exec(lock, "FLUSH TABLES WITH READ LOCK");
            } catch (SQLException e) {
                throw new DmsPilotException("The source refused FLUSH TABLES WITH READ LOCK (" + e.getMessage()
                        + "). Without it the full load's snapshot cannot be tied to a binlog position on MySQL:"
                        + " rows written during the start would be lost between the load and CDC, so the load does"
                        + " not start. Grant the login RELOAD (GRANT RELOAD ON *.* TO <user>), or on RDS/Aurora,"
                        + " where a global read lock is not allowed, stop writes to the source during the start or"
                        + " load from a stopped read replica (see docs/cdc.md, consistent start).", e);
            }
            try {
                for (Connection c : conns) {
                    exec(c, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
                }
                gtids[0] = BinlogPosition.executedGtids(lock);
                return BinlogPosition.current(lock);
            } finally {
                exec(lock, "UNLOCK TABLES");
            }
        }
    }

    private static Optional<BinlogPosition> snapshotPosition(Connection c) throws SQLException {
        String file = null;
        long pos = -1;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW STATUS LIKE 'binlog_snapshot_%'")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase();
                if (name.equals("binlog_snapshot_file")) {
                    file = rs.getString(2);
                } else if (name.equals("binlog_snapshot_position")) {
                    pos = Long.parseLong(rs.getString(2));
                }
            }
        }
        return file == null || file.isEmpty() ? Optional.empty() : Optional.of(new BinlogPosition(file, pos));
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void quietClose(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("close failed", e);
        }
    }

    List<Connection> connections() {
        return connections;
    }

    /** MySQL's executed GTID set at {@link #position()} (gtid_mode ON), else null. */
    String gtids() {
        return gtids;
    }

    Optional<BinlogPosition> position() {
        return Objects.requireNonNull(position);
    }

    @Override
    public void close() {
        connections.forEach(SourceSnapshot::quietClose);
    }
}
