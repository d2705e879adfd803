package org.dmspilot.core.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.verify.Probe.Outcome;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.View;

/**
 * Behaviour probes of every view (same rows), function (same result over a spread of arguments, NULL and edges
 * included) and procedure (same OUT values, result sets and table counts, each call in a transaction rolled back).
 * Errors compare by SQLSTATE class.
 */
final class CodeProbes {
    private static final int MAX_CALLS = 40;
    private final Connection source;
    private final Connection target;
    private final Schema schema;

    CodeProbes(Connection source, Connection target, Schema schema) {
        this.source = source;
        this.target = target;
        this.schema = schema;
    }

    List<Probe> views() {
        List<Probe> out = new ArrayList<>();
        for (View v : schema.views()) {
            String query = "SELECT * FROM " + v.name().toLowerCase(Locale.ROOT);
            Outcome mine = Probe.outcome(source, c -> Values.sorted(Values.rows(c, query)));
            Outcome theirs = Probe.outcome(target, c -> Values.sorted(Values.rows(c, query)));
            Probe p = probe("view", v.name(), mine, theirs, query);
            if (!p.equal() && unorderedGroupConcat(v.definition()) && mine.rows() != null && theirs.rows() != null
                    && listsSorted(mine.rows()).equals(listsSorted(theirs.rows()))) {
                p = new Probe("view", v.name(), true, query + " (equal up to the element order of GROUP_CONCAT"
                        + " without ORDER BY, which MySQL leaves undefined)");
            }
            out.add(p);
        }
        return out;
    }

    private static boolean unorderedGroupConcat(String definition) {
        String lower = definition.toLowerCase(Locale.ROOT);
        return lower.contains("group_concat(") && !lower.matches("(?s).*group_concat\\([^)]*order by.*");
    }

    /** Rows whose cells are comma-separated lists sorted element by element. */
    private static List<List<String>> listsSorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(row.stream().map(c -> c == null ? null : java.util.Arrays.stream(c.split(",")).map(String::strip)
                    .sorted().toList().toString()).toList());
        }
        return Values.sorted(out);
    }

    List<Probe> functions() {
        List<Probe> out = new ArrayList<>();
        for (Routine r : schema.routines()) {
            if (r.type() != Routine.Type.FUNCTION) {
                continue;
            }
            Probe result = null;
            int calls = 0;
            for (List<String> args : Arguments.calls(r.parameters(), MAX_CALLS)) {
                String query = "SELECT " + r.name().toLowerCase(Locale.ROOT) + "(" + String.join(", ", args) + ")";
                Outcome mine = Probe.outcome(source, c -> Values.rows(c, query));
                Outcome theirs = Probe.outcome(target, c -> Values.rows(c, query));
                result = probe("function", r.name(), mine, theirs, query);
                calls++;
                if (!result.equal()) {
                    break;
                }
            }
            out.add(counted(result, calls));
        }
        return out;
    }

    List<Probe> procedures() {
        List<Probe> out = new ArrayList<>();
        for (Routine r : schema.routines()) {
            if (r.type() != Routine.Type.PROCEDURE) {
                continue;
            }
            Probe result = null;
            int calls = 0;
            for (List<String> args : Arguments.calls(r.parameters(), MAX_CALLS)) {
                Outcome mine = Probe.outcome(source, t -> callMysql(t, r, args));
                Outcome theirs = Probe.outcome(target, t -> callPostgres(t, r, args));
                result = probe("procedure", r.name(), mine, theirs, "CALL " + r.name() + "("
                        + String.join(", ", args) + ")");
                calls++;
                if (!result.equal()) {
                    break;
                }
            }
            out.add(counted(result, calls));
        }
        return out;
    }

    /** An equal probe says how many calls were equal (the detail shows the last); a different one its call. */
    private static Probe counted(Probe p, int calls) {
        return p.equal() && calls > 1 ? new Probe(p.kind(), p.object(), p.verdict(), calls + " calls equal, the last: "
                + p.detail()) : p;
    }

    /** Result sets, then the OUT values, then every table's row count. */
    private List<List<String>> callMysql(Connection c, Routine r, List<String> args) throws SQLException {
        List<String> actual = new ArrayList<>();
        List<String> outs = new ArrayList<>();
        for (int i = 0; i < r.parameters().size(); i++) {
            Routine.Parameter p = r.parameters().get(i);
            if (p.mode() == Routine.Mode.IN) {
                actual.add(args.get(i));
            } else {
                String var = "@dms_out_" + i;
                Probe.run(c, "SET " + var + " = " + args.get(i));
                actual.add(var);
                outs.add(var);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            boolean isResult = s.execute("CALL " + r.name() + "(" + String.join(", ", actual) + ")");
            while (true) {
                if (isResult) {
                    try (ResultSet rs = s.getResultSet()) {
                        rows.addAll(Values.sorted(Values.rows(rs)));
                    }
                } else if (s.getUpdateCount() == -1) {
                    break;
                }
                isResult = s.getMoreResults();
            }
        }
        if (!outs.isEmpty()) {
            rows.addAll(Values.rows(c, "SELECT " + String.join(", ", outs)));
        }
        rows.add(counts(c));
        return rows;
    }

    private List<List<String>> callPostgres(Connection c, Routine r, List<String> args) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        List<String> outs = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("CALL " + r.name().toLowerCase(Locale.ROOT) + "("
                        + String.join(", ", args) + ")")) {
            if (rs.next()) {
                var md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (md.getColumnTypeName(i).equals("refcursor")) {
                        String cursor = rs.getString(i);
                        if (cursor != null) {
                            rows.addAll(Values.sorted(Values.rows(c, "FETCH ALL FROM \"" + cursor + "\"")));
                        }
                    } else {
                        outs.add(Values.normalize(rs.getObject(i)));
                    }
                }
            }
        } catch (SQLException e) {
            if (!"02000".equals(e.getSQLState()) && !(e.getMessage() != null
                    && e.getMessage().contains("No results were returned"))) {
                throw e;
            }
        }
        if (!outs.isEmpty()) {
            rows.add(outs);
        }
        rows.add(counts(c));
        return rows;
    }

    private List<String> counts(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (var t : schema.tables()) {
            out.add(t.name() + "=" + Values.rows(c, "SELECT count(*) FROM " + t.name().toLowerCase(Locale.ROOT))
                    .get(0).get(0));
        }
        return out;
    }

    static Probe probe(String kind, String object, Outcome mine, Outcome theirs, String what) {
        boolean equal = mine.sameAs(theirs);
        return new Probe(kind, object, equal, equal ? what : what + "\n  source: " + abbreviate(mine)
                + "\n  target: " + abbreviate(theirs));
    }

    private static String abbreviate(Outcome o) {
        String s = o.toString();
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
