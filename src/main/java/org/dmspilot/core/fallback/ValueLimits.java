package org.dmspilot.core.fallback;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;
import org.dmspilot.core.engine.ValueKind;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;

/**
 * Where a converted PostgreSQL column accepts values its MySQL column would not: text longer than the MySQL column
 * (characters, or bytes for the TEXT types), integers out of the MySQL type's range (unsigned and the small types
 * become wider PostgreSQL types), TIMESTAMP outside 1970–2038, characters outside a latin1 / utf8mb3 / ascii column's
 * set, and more fractional digits than the MySQL column keeps. The values already there are counted (one scan per
 * table); the fix SQL adds {@code NOT VALID} CHECK constraints so PostgreSQL refuses new ones, and a trigger that cuts
 * fractional seconds to what MySQL keeps.
 */
final class ValueLimits {
    private record Limit(ColumnPair column, String violation, String what) {
    }

    private ValueLimits() {
    }

    static List<CheckResult> check(Connection my, Connection pg, String schema, List<TablePair> tables)
            throws SQLException {
        Map<String, Map<String, String[]>> facts = mysqlColumns(my, schema);
        List<String> found = new ArrayList<>();
        List<String> wider = new ArrayList<>();
        StringBuilder checks = new StringBuilder();
        StringBuilder fractionSql = new StringBuilder();
        List<String> fractionColumns = new ArrayList<>();
        for (TablePair t : tables) {
            List<Limit> limits = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (ColumnPair c : t.columns()) {
                String[] f = facts.getOrDefault(t.source(), Map.of()).get(c.source());
                if (f == null) {
                    continue;
                }
                limits.addAll(limits(c, f));
                int myFsp = f[4] == null ? 0 : Integer.parseInt(f[4]);
                int pgFsp = pgFraction(c);
                if (pgFsp > myFsp && myFsp == 0) {
                    limits.add(new Limit(c, Sql.pg(c.target()) + " <> date_trunc('second', " + Sql.pg(c.target())
                            + ")", "with fractional seconds MySQL would round"));
                }
                if (pgFsp > myFsp && !hasFractionTrigger(pg, t)) {
                    fractionColumns.add(t.target() + "." + c.target() + " (" + pgFsp + " → " + myFsp + ")");
                    String col = "NEW." + Sql.pg(c.target());
                    body.append("  ").append(col).append(" := date_trunc('second', ").append(col).append(")")
                            .append(myFsp == 0 ? "" : " + make_interval(secs => trunc((extract(microseconds FROM "
                            + col + ")::bigint % 1000000) / 1e6, " + myFsp + "))").append(";\n");
                }
            }
            if (body.length() > 0) {
                String fn = Sql.pg(t.targetSchema()) + "." + Sql.pg("dmspilot_fallback_fsp_" + t.target());
                fractionSql.append("CREATE OR REPLACE FUNCTION ").append(fn).append("() RETURNS trigger LANGUAGE"
                        + " plpgsql AS $fsp$\nBEGIN\n").append(body).append("  RETURN NEW;\nEND\n$fsp$;\n")
                        .append("CREATE OR REPLACE TRIGGER ").append(Sql.pg("zzz_dmspilot_fallback_fsp"))
                        .append(" BEFORE INSERT OR UPDATE ON ").append(t.qualifiedTarget())
                        .append(" FOR EACH ROW EXECUTE FUNCTION ").append(fn).append("(); -- zzz_: after the"
                                + " converted zz_..._on_update triggers\n");
            }
            if (limits.isEmpty()) {
                continue;
            }
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int i = 0; i < limits.size(); i++) {
                Limit l = limits.get(i);
                sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(l.violation()).append(")");
                wider.add(t.target() + "." + l.column().target());
                checks.append("ALTER TABLE ").append(t.qualifiedTarget()).append(" ADD CONSTRAINT ")
                        .append(Sql.pg(constraint(t, l, i))).append(" CHECK (NOT (").append(l.violation())
                        .append(")) NOT VALID;\n");
            }
            try (PreparedStatement ps = pg.prepareStatement(sql.append(" FROM ").append(t.qualifiedTarget())
                    .toString()); ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < limits.size(); i++) {
                    long n = rs.getLong(i + 1);
                    if (n > 0) {
                        found.add(t.target() + "." + limits.get(i).column().target() + ": " + n + " rows "
                                + limits.get(i).what());
                    }
                }
            }
        }
        List<CheckResult> results = new ArrayList<>();
        CheckStatus status = !found.isEmpty() ? CheckStatus.FAIL : wider.isEmpty() ? CheckStatus.PASS
                : CheckStatus.WARN;
        results.add(new CheckResult("fallback-value-limits", "Values MySQL would not take", status,
                !found.isEmpty() ? String.join("; ", found) : wider.isEmpty() ? "no PostgreSQL column is wider"
                        : "no such value yet; " + wider.size() + " PostgreSQL columns would accept them ("
                        + String.join(", ", wider.subList(0, Math.min(8, wider.size())))
                        + (wider.size() > 8 ? ", ..." : "") + ")",
                "A value MySQL cannot store stops the fallback stream (nothing is bent or cut): fix such rows, and"
                        + " let PostgreSQL refuse new ones.", status == CheckStatus.PASS ? ""
                        : checks.toString().strip()));
        results.add(new CheckResult("fallback-fractional-seconds", "Fractional seconds MySQL keeps",
                fractionColumns.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL,
                fractionColumns.isEmpty() ? "every time column keeps no more digits than on MySQL"
                        : "PostgreSQL keeps more digits: " + String.join(", ", fractionColumns),
                "MySQL rounds such values, so the row on MySQL would differ from PostgreSQL's after a rollback;"
                        + " the trigger cuts them to MySQL's digits when written.", fractionSql.toString().strip()));
        return results;
    }

    private static boolean hasFractionTrigger(Connection pg, TablePair t) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT 1 FROM pg_trigger WHERE tgrelid = ?::regclass"
                + " AND tgname = 'zzz_dmspilot_fallback_fsp'")) {
            ps.setString(1, t.qualifiedTarget());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The violations one column can have, as PostgreSQL conditions. */
    private static List<Limit> limits(ColumnPair c, String[] f) {
        List<Limit> out = new ArrayList<>();
        String q = Sql.pg(c.target());
        String type = c.sourceDataType();
        String pgType = c.targetType().toLowerCase(java.util.Locale.ROOT);
        if (f[1] != null && c.kind() == ValueKind.TEXT && (type.endsWith("char") || type.endsWith("text"))) {
            long max = Long.parseLong(f[1]);
            boolean bytes = type.endsWith("text");
            if (bytes && f[2] != null) {
                out.add(new Limit(c, "octet_length(" + q + ") > " + f[2], "longer than " + f[2] + " bytes"));
            } else if (!pgType.contains("(" + max + ")")) {
                out.add(new Limit(c, "char_length(" + q + ") > " + max, "longer than " + max + " characters"));
            }
            String charset = f[3] == null ? "" : f[3];
            if (charset.equals("latin1")) {
                out.add(new Limit(c, q + " ~ '[^\\u0001-\\u00ff]'", "with characters outside latin1"));
            } else if (charset.equals("utf8mb3") || charset.equals("utf8")) {
                out.add(new Limit(c, q + " ~ '[\\U00010000-\\U0010ffff]'", "with characters outside utf8mb3"));
            } else if (charset.equals("ascii")) {
                out.add(new Limit(c, q + " ~ '[^\\u0001-\\u007f]'", "with characters outside ascii"));
            }
        }
        BigInteger[] range = intRange(type, f[0].contains("unsigned"));
        if (range != null && c.kind() == ValueKind.TEXT && !pgType.equals(pgTypeFor(range))) {
            out.add(new Limit(c, q + " < " + range[0] + " OR " + q + " > " + range[1], "outside " + range[0] + ".."
                    + range[1]));
        }
        if (type.equals("timestamp") && c.kind() == ValueKind.TIMESTAMPTZ) {
            out.add(new Limit(c, q + " < '1970-01-01 00:00:01+00' OR " + q + " > '2038-01-19 03:14:07+00'",
                    "outside TIMESTAMP's 1970-2038"));
        } else if (c.kind() == ValueKind.DATE || c.kind() == ValueKind.DATETIME) {
            out.add(new Limit(c, q + " < '1000-01-01' OR " + q + " >= '10000-01-01'", "outside 1000-9999"));
        }
        return out;
    }

    private static BigInteger[] intRange(String type, boolean unsigned) {
        int bits = switch (type) {
            case "tinyint" -> 8;
            case "smallint" -> 16;
            case "mediumint" -> 24;
            case "int", "integer" -> 32;
            case "bigint" -> 64;
            default -> 0;
        };
        if (bits == 0) {
            return null;
        }
        BigInteger span = BigInteger.ONE.shiftLeft(bits);
        return unsigned ? new BigInteger[] {BigInteger.ZERO, span.subtract(BigInteger.ONE)}
                : new BigInteger[] {span.shiftRight(1).negate(), span.shiftRight(1).subtract(BigInteger.ONE)};
    }

    /** The PostgreSQL integer type whose range equals {@code range}, if any. */
    private static String pgTypeFor(BigInteger[] range) {
        return switch (range[1].bitLength()) {
            case 15 -> "smallint";
            case 31 -> "integer";
            case 63 -> "bigint";
            default -> "-";
        };
    }

    /** Fractional digits a PostgreSQL time column keeps: {@code timestamp(p)}, 6 without a precision. */
    private static int pgFraction(ColumnPair c) {
        if (c.kind() != ValueKind.DATETIME && c.kind() != ValueKind.TIMESTAMPTZ && c.kind() != ValueKind.TIME) {
            return -1;
        }
        String t = c.targetType();
        int open = t.indexOf('(');
        return open < 0 ? 6 : Integer.parseInt(t.substring(open + 1, t.indexOf(')')));
    }

    private static String constraint(TablePair t, Limit l, int i) {
        String name = "dmspilot_fallback_" + l.column().target() + "_" + i;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** Per table and column: COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH, charset, fsp. */
    private static Map<String, Map<String, String[]>> mysqlColumns(Connection my, String schema) throws SQLException {
        Map<String, Map<String, String[]>> out = new HashMap<>();
        try (PreparedStatement ps = my.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, LOWER(COLUMN_TYPE),"
                + " CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH, CHARACTER_SET_NAME, DATETIME_PRECISION"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), new String[] {
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)});
                }
            }
        }
        return out;
    }
}
