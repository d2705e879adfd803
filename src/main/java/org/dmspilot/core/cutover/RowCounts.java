package org.dmspilot.core.cutover;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.TablePairs;
import org.dmspilot.core.progress.ProgressListener;

/** Real {@code COUNT(*)} of each migrated table on both servers. */
public final class RowCounts {
    private RowCounts() {
    }

    /** One table counted on both sides. */
    public record TableCount(String table, String target, long sourceRows, long targetRows) {
        public boolean equal() {
            return sourceRows == targetRows;
        }
    }

    /**
     * Counts the source tables named in {@code tables} (case-insensitive; all of the schema when empty) and their
     * converted target tables.
     */
    public static List<TableCount> count(CutoverConnections db, Set<String> tables, ProgressListener progress) {
        Set<String> wanted = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toSet());
        try (Connection s = db.source().open(); Connection t = db.target().open()) {
            List<TablePair> pairs = TablePairs.read(s, t, db.sourceSchema()).stream().filter(p -> wanted.isEmpty()
                    || wanted.contains(p.source().toLowerCase(Locale.ROOT))).toList();
            List<TableCount> out = new ArrayList<>();
            for (TablePair p : pairs) {
                progress.checkCancelled();
                progress.progress(out.size(), pairs.size(), "counting rows of " + p.source());
                out.add(new TableCount(p.source(), p.targetSchema() + "." + p.target(),
                        one(s, "SELECT COUNT(*) FROM " + Sql.my(db.sourceSchema()) + "." + Sql.my(p.source())),
                        one(t, "SELECT count(*) FROM " + p.qualifiedTarget())));
            }
            return out;
        } catch (SQLException e) {
            throw new DmsPilotException("Counting rows of " + db.sourceSchema() + " failed: " + e.getMessage(), e);
        }
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
