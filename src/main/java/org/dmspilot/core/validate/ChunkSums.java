package org.dmspilot.core.validate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.ValueKind;
import org.dmspilot.core.progress.ProgressListener;

/**
 * One side of a chunk check: the row count and the sum (modulo 2^64) of a 60-bit number from the digest
 * ({@link RowHash}) of each row's normalised text. PostgreSQL computes it in one aggregate query, JSON included ({@code jsonb::text}). MySQL does the
 * same in one query for tables without JSON; with JSON it sends each row's text and JSON, and the JSON's jsonb form
 * ({@link JsonbText}) is hashed here, so each JSON value is read once and no tree is built.
 */
final class ChunkSums {
    /** Count and sum of one side of a chunk. */
    record Sums(long rows, long sum) {
    }

    private ChunkSums() {
    }

    static Sums target(Connection g, TablePair t, Set<String> notNull, String where, RowHash hash)
            throws SQLException {
        return aggregate(g, "SELECT count(*), coalesce(sum(" + RowText.postgresHash(t.columns(), notNull, hash)
                + "), 0) FROM "
                + t.qualifiedTarget() + " WHERE " + where);
    }

    static Sums source(Connection s, TablePair t, String where, RowHash hash, ProgressListener progress)
            throws SQLException {
        List<ColumnPair> json = t.columns().stream().filter(c -> c.kind() == ValueKind.JSON).toList();
        String from = " FROM " + Sql.my(t.source()) + " WHERE " + where;
        if (json.isEmpty()) {
            return aggregate(s, "SELECT COUNT(*), COALESCE(SUM(" + RowText.mysqlHash(t.columns(), hash) + "), 0)" + from);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(RowText.mysql(t.columns(), hash));
        json.forEach(c -> sql.append(", ").append(Sql.my(c.source())));
        MessageDigest md5 = hash.digest();
        byte[] nullMarker = {RowText.NULL_MARK};
        long rows = 0;
        long sum = 0;
        try (Statement st = s.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // the JSON documents travel: as many rows per fetch as the full load reads (one, for JSON columns)
            Sql.stream(st, org.dmspilot.core.engine.RowCopy.fetchRows(t, 10_000));
            try (ResultSet rs = st.executeQuery(sql.append(from).toString())) {
                while (rs.next()) {
                    md5.update(rs.getBytes(1));
                    for (int i = 0; i < json.size(); i++) {
                        byte[] v = rs.getBytes(i + 2);
                        String jsonb = v == null ? null : JsonbText.of(v);
                        // not valid JSON: hashed as it is, so the chunk differs and the drill-down says where
                        md5.update(v == null ? nullMarker : jsonb == null ? v : jsonb.getBytes(StandardCharsets.UTF_8));
                        md5.update(RowText.SEPARATOR);
                    }
                    sum += sixtyBits(md5.digest());
                    if ((++rows & 8191) == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        }
        return new Sums(rows, sum);
    }

    /** Target columns declared NOT NULL. */
    static Set<String> notNull(Connection g, TablePair t) throws SQLException {
        Set<String> cols = new HashSet<>();
        try (PreparedStatement ps = g.prepareStatement("SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass"
                + " AND attnum > 0 AND attnotnull AND NOT attisdropped")) {
            ps.setString(1, t.qualifiedTarget());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return cols;
    }

    /** The first 15 hex digits of the digest as a number, as {@link RowText#mysqlHash} computes it in the server. */
    static long sixtyBits(byte[] digest) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | digest[i] & 0xff;
        }
        return v >>> 4;
    }

    private static Sums aggregate(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new Sums(rs.getLong(1), new BigDecimal(rs.getString(2)).toBigInteger().longValue());
        }
    }
}
