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
        CopyBuffer buf = new CopyBuffer();
        try (Statement s = src.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            Sql.stream(s, fetchSize);
            try (ResultSet rs = s.executeQuery(CopyEncoder.select(t, mysqlWhere))) {
                boolean[] asBytes = textColumns(rs.getMetaData(), cols.size());
                while (rs.next()) {
                    try {
                        appendRow(buf, cols, asBytes, rs);
                    } catch (UnloadableValueException e) {
                        throw e.inRow(t.source(), key(t, rs));
                    }
                    buf.put('\n');
                    n++;
                    if (buf.length() >= 1 << 17) {
                        write(copy, buf);
                    }
                    if ((n & 8191) == 0) {
                        every8192.accept(n);
                    }
                }
            }
            write(copy, buf);
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        return n;
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
     * Columns the driver returns as character data: read as the UTF-8 bytes it received (the session is utf8mb4),
     * so nothing is decoded and encoded again. Numbers and the like come as short strings.
     */
    private static boolean[] textColumns(ResultSetMetaData meta, int count) throws SQLException {
        boolean[] text = new boolean[count];
        for (int i = 0; i < count; i++) {
            int type = meta.getColumnType(i + 1);
            text[i] = type == Types.CHAR || type == Types.VARCHAR || type == Types.LONGVARCHAR
                    || type == Types.NCHAR || type == Types.NVARCHAR || type == Types.LONGNVARCHAR
                    || type == Types.CLOB || type == Types.NCLOB;
        }
        return text;
    }

    private static void write(CopyIn copy, CopyBuffer buf) throws SQLException {
        if (buf.length() > 0) {
            copy.writeToCopy(buf.array(), 0, buf.length());
            buf.clear();
        }
    }
}
