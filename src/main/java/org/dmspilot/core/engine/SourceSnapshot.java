package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source connections that all read the same consistent snapshot, and the binlog position of that snapshot.
 *
 * <p>MariaDB: each connection runs {@code START TRANSACTION WITH CONSISTENT SNAPSHOT} and reads
 * {@code Binlog_snapshot_file/position}; when every connection reports the same position no transaction committed
 * in between, so all snapshots are the same (no lock). After three attempts that disagree (a busy source), or on
 * MySQL, the snapshots are started while a brief {@code FLUSH TABLES WITH READ LOCK} is held and the position is
 * read under the lock ({@code SHOW MASTER STATUS}, or {@code SHOW BINARY LOG STATUS} on MySQL 8.4).
 */
final class SourceSnapshot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceSnapshot.class);
    private final List<Connection> connections;
    private final Optional<BinlogPosition> position;

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
                for (int attempt = 0; attempt < 3; attempt++) {
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
            return new SourceSnapshot(conns, underLock(factory, conns));
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

    private static Optional<BinlogPosition> underLock(ConnectionFactory factory, List<Connection> conns)
            throws SQLException {
        try (Connection lock = factory.open()) {
            boolean locked = true;
            try {
                exec(lock, "FLUSH TABLES WITH READ LOCK");
            } catch (SQLException e) {
                locked = false;
                LOG.warn("FLUSH TABLES WITH READ LOCK refused ({}); the workers' snapshots may differ if the source"
                        + " is written during the start", e.getMessage());
            }
            try {
                for (Connection c : conns) {
                    exec(c, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
                }
                return BinlogPosition.current(lock);
            } finally {
                if (locked) {
                    exec(lock, "UNLOCK TABLES");
                }
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

    Optional<BinlogPosition> position() {
        return Objects.requireNonNull(position);
    }

    @Override
    public void close() {
        connections.forEach(SourceSnapshot::quietClose);
    }
}
