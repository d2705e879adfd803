package org.dmspilot.core.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Copies the source rows a condition selects into the target table by {@code COPY}, with the values encoded as the
 * full load encodes them ({@link CopyEncoder}): the full load's chunks and a resync's key chunks use this one path.
 */
public final class RowCopy {
    private RowCopy() {
    }

    /**
     * @param mysqlWhere the source condition (MySQL syntax, quoted identifiers)
     * @param every8192 called with the rows copied so far after each 8,192 rows (progress, cancellation)
     * @return rows copied
     * @throws UnloadableValueException when a value cannot be stored in its target column (naming table, key and
     *     column); the COPY is cancelled
     */
    public static long copy(Connection src, Connection tgt, TablePair t, String mysqlWhere, int fetchSize,
            LongConsumer every8192) throws SQLException {
        List<ColumnPair> cols = t.columns();
        CopyIn copy = tgt.unwrap(PGConnection.class).getCopyAPI().copyIn(CopyEncoder.copySql(t));
        long n = 0;
        CopyBuffer buf = new CopyBuffer((bytes, length) -> copy.writeToCopy(bytes, 0, length));
        try (Statement s = src.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            Sql.stream(s, fetchRows(t, fetchSize));
            try (ResultSet rs = s.executeQuery(CopyEncoder.select(t, mysqlWhere))) {
                boolean[] asBytes = bytesColumns(rs.getMetaData(), cols);
                while (rs.next()) {
                    try {
                        appendRow(buf, cols, asBytes, rs);
                    } catch (UnloadableValueException e) {
                        throw e.inRow(t.source(), key(t, rs));
                    }
                    buf.put('\n');
                    n++;
                    if ((n & 8191) == 0) {
                        every8192.accept(n);
                    }
                }
            }
            buf.flush();
            copy.endCopy();
        } catch (CopyBuffer.SinkException e) {
            cancel(copy);
            throw e.getCause();
        } catch (SQLException | RuntimeException e) {
            cancel(copy);
            throw e;
        }
        return n;
    }

    private static void cancel(CopyIn copy) throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** What the rows of one fetch may hold at most: a fetch of the source driver is held whole in the heap. */
    public static final long FETCH_BYTES = 16L << 20;

    /**
     * Rows per fetch so that one fetch holds at most about {@link #FETCH_BYTES}, whatever the values: MySQL's row limit
     * (65,535 bytes) plus the largest value each TEXT/BLOB/JSON column can hold, so a table of LONGTEXT or JSON is
     * read one row at a time (a fetch of 10,000 rows of 5 MB documents would be 50 GB), a table without such columns
     * with the fetch size asked for.
     */
    public static int fetchRows(TablePair t, int fetchSize) {
        long row = 65_535;
        for (ColumnPair c : t.columns()) {
            row += lobBytes(c.sourceDataType());
        }
        return (int) Math.max(1, Math.min(fetchSize, FETCH_BYTES / row));
    }

    private static long lobBytes(String mysqlType) {
        return switch (mysqlType) {
            case "tinytext", "tinyblob" -> 255;
            case "text", "blob" -> 65_535;
            case "mediumtext", "mediumblob" -> 16L << 20;
            case "longtext", "longblob", "json" -> 1L << 32;
            default -> 0;
        };
    }

    private static void appendRow(CopyBuffer buf, List<ColumnPair> cols, boolean[] asBytes, ResultSet rs)
            throws SQLException {
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                buf.put('\t');
            }
            if (asBytes[i]) {
                CopyEncoder.append(buf, cols.get(i), rs.getBytes(i + 1));
            } else {
                CopyEncoder.append(buf, cols.get(i), rs.getString(i + 1));
            }
        }
    }

    /** The primary key of the current row for messages, {@code (id) = (7)} ({@code (none)} without one). */
    private static String key(TablePair t, ResultSet rs) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (ColumnPair k : t.primaryKey()) {
            names.add(k.source());
            parts.add(rs.getString(t.columns().indexOf(k) + 1));
        }
        return parts.isEmpty() ? "(none)" : "(" + String.join(", ", names) + ") = (" + String.join(", ", parts) + ")";
    }

    /**
     * Columns read as the bytes the driver received: character data (UTF-8, the session is utf8mb4), so nothing is
     * decoded and encoded again, and binary columns. Numbers and the like come as short strings.
     */
    private static boolean[] bytesColumns(ResultSetMetaData meta, List<ColumnPair> cols) throws SQLException {
        boolean[] bytes = new boolean[cols.size()];
        for (int i = 0; i < bytes.length; i++) {
            int type = meta.getColumnType(i + 1);
            bytes[i] = cols.get(i).kind() == ValueKind.BYTES || type == Types.CHAR || type == Types.VARCHAR
                    || type == Types.LONGVARCHAR || type == Types.NCHAR || type == Types.NVARCHAR
                    || type == Types.LONGNVARCHAR || type == Types.CLOB || type == Types.NCLOB;
        }
        return bytes;
    }
}
