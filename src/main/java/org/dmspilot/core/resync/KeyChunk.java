package org.dmspilot.core.resync;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.engine.ColumnPair;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.TablePair;

/**
 * Keys as validation reports them (the key's text, columns joined with {@code ,}) made into a condition on each side:
 * a single integer key as numbers (the index serves both), other keys compared as text.
 */
final class KeyChunk {
    private final TablePair table;
    private final List<List<String>> keys = new ArrayList<>();

    KeyChunk(TablePair table, List<String> keyTexts) {
        this.table = table;
        int n = table.primaryKey().size();
        for (String k : keyTexts) {
            List<String> parts = n == 1 ? List.of(k) : List.of(k.split(",", -1));
            if (parts.size() != n) {
                throw new DmsPilotException("Key '" + k + "' of " + table.source() + " cannot be split into its " + n
                        + " columns (a value contains a comma): repair that row by hand.");
            }
            if (integer() && !parts.get(0).matches("-?[0-9]+")) {
                throw new DmsPilotException("Key '" + k + "' of " + table.source() + " is not an integer.");
            }
            keys.add(parts);
        }
    }

    private boolean integer() {
        return table.hasIntegerKey();
    }

    /** The MySQL condition, values as literals (numbers, or strings with MySQL's escapes). */
    String mysqlCondition() {
        if (integer()) {
            return Sql.my(table.primaryKey().get(0).source()) + " IN (" + keys.stream().map(k -> k.get(0))
                    .collect(Collectors.joining(", ")) + ")";
        }
        String cols = table.primaryKey().stream().map(c -> "CAST(" + Sql.my(c.source()) + " AS CHAR)")
                .collect(Collectors.joining(", ", "(", ")"));
        return cols + " IN (" + keys.stream().map(k -> k.stream().map(KeyChunk::mysqlLiteral)
                .collect(Collectors.joining(", ", "(", ")"))).collect(Collectors.joining(", ")) + ")";
    }

    /** The PostgreSQL condition with parameters ({@link #bindPostgres}). */
    String postgresCondition() {
        List<ColumnPair> pk = table.primaryKey();
        if (integer()) {
            return Sql.pg(pk.get(0).target()) + " = ANY (?::" + arrayType() + "[])";
        }
        String cols = pk.stream().map(c -> Sql.pg(c.target()) + "::text").collect(Collectors.joining(", ", "(",
                ")"));
        String one = pk.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
        return cols + " IN (" + keys.stream().map(k -> one).collect(Collectors.joining(", ")) + ")";
    }

    void bindPostgres(PreparedStatement ps) throws SQLException {
        if (integer()) {
            boolean numeric = arrayType().equals("numeric");
            ps.setArray(1, ps.getConnection().createArrayOf(arrayType(), keys.stream()
                    .map(k -> numeric ? new java.math.BigDecimal(k.get(0)) : (Object) Long.valueOf(k.get(0)))
                    .toArray()));
            return;
        }
        int p = 1;
        for (List<String> k : keys) {
            for (String v : k) {
                ps.setString(p++, v);
            }
        }
    }

    /** bigint[] for the integer types (the key's index serves), numeric[] for numeric(20). */
    private String arrayType() {
        return table.primaryKey().get(0).targetType().startsWith("numeric") ? "numeric" : "bigint";
    }

    private static String mysqlLiteral(String v) {
        return "'" + v.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
