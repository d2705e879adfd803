package org.dmspilot.core.convert.sql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.convert.MysqlColumnType;
import org.dmspilot.model.catalog.Routine;

/**
 * MySQL stores an argument into a parameter like a value into a column of its type: too long a string, a number out
 * of the type's range (an unsigned type included) is an error in strict sql_mode (22001, 22003) and cut to fit
 * otherwise, and a DECIMAL is rounded to its scale. PostgreSQL ignores a parameter's length, precision and scale,
 * so the translation checks them in the body's first statements (when the routine's sql_mode is known).
 */
final class ParameterChecks {
    /** Signed ranges of MySQL's integer types (unsigned: 0 to 2 × max + 1). */
    private static final Map<String, Long> MAX = Map.of("tinyint", 127L, "smallint", 32_767L, "mediumint",
            8_388_607L, "int", 2_147_483_647L, "integer", 2_147_483_647L);
    /** Types PostgreSQL's own parameter type holds to the same signed range (it raises 22003 itself). */
    private static final java.util.Set<String> SAME_RANGE = java.util.Set.of("int", "integer");

    private ParameterChecks() {
    }

    static List<String> statements(Routine routine) {
        List<String> out = new ArrayList<>();
        if (routine.sqlMode() == null) {
            return out; // the mode it runs with is unknown: neither error nor truncation can be chosen
        }
        boolean strict = routine.sqlMode().toUpperCase(Locale.ROOT).contains("STRICT_");
        for (Routine.Parameter p : routine.parameters()) {
            if (p.mode() == Routine.Mode.OUT) {
                continue;
            }
            MysqlColumnType type = MysqlColumnType.parse(p.dataType().toLowerCase(Locale.ROOT)
                    .split(" charset | character set | collate ")[0].strip());
            String name = Identifiers.quote(p.name());
            String base = type.base();
            if ((base.equals("char") || base.equals("varchar")) && type.intArg(0, -1) >= 0) {
                int length = type.intArg(0, -1);
                out.add(strict ? check("char_length(" + name + ") > " + length, "22001", "Data too long", p)
                        : name + " := left(" + name + ", " + length + ");");
            } else if (MAX.containsKey(base) && !(base.equals("tinyint") && type.intArg(0, 0) == 1)
                    && !(SAME_RANGE.contains(base) && !type.unsigned())) {
                long max = MAX.get(base);
                range(out, strict, p, type.unsigned() ? "0" : String.valueOf(-max - 1),
                        type.unsigned() ? BigInteger.valueOf(max).shiftLeft(1).add(BigInteger.ONE).toString()
                                : String.valueOf(max));
            } else if (base.equals("decimal") || base.equals("numeric")) {
                int precision = type.intArg(0, 10);
                int scale = type.intArg(1, 0);
                out.add(name + " := round(" + name + ", " + scale + ");");
                String limit = "1" + "0".repeat(precision - scale);
                range(out, strict, p, type.unsigned() ? "0" : "-" + limit + " + 1", limit + " - 1");
            }
        }
        return out;
    }

    private static void range(List<String> out, boolean strict, Routine.Parameter p, String min, String max) {
        String name = Identifiers.quote(p.name());
        if (strict) {
            out.add(check(name + " < " + min + " OR " + name + " > " + max, "22003", "Out of range value", p));
        } else {
            out.add(name + " := CASE WHEN " + name + " < " + min + " THEN " + min + " WHEN " + name + " > " + max
                    + " THEN " + max + " ELSE " + name + " END;");
        }
    }

    private static String check(String condition, String state, String message, Routine.Parameter p) {
        return "IF " + condition + " THEN RAISE EXCEPTION USING ERRCODE = '" + state + "', MESSAGE = "
                + Literals.literal(message + " for column '" + p.name() + "' at row 1") + "; END IF;";
    }
}
