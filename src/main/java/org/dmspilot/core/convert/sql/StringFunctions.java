package org.dmspilot.core.convert.sql;

import static org.dmspilot.core.convert.sql.Rewrite.byArity;
import static org.dmspilot.core.convert.sql.Rewrite.fixed;
import static org.dmspilot.core.convert.sql.Rewrite.rename;
import static org.dmspilot.core.convert.sql.Rewrite.template;
import static org.dmspilot.core.convert.sql.Rewrite.unsupported;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dmspilot.core.convert.ActionCode;

/** Rewrite table: string, numeric, control-flow and information functions (dates are in {@link DateFunctions}). */
final class StringFunctions {
    private StringFunctions() {
    }

    static final Map<String, Rewrite> TABLE = Map.ofEntries(
            // control flow and NULL handling
            Map.entry("ifnull", c -> "COALESCE(" + String.join(", ", c.unified()) + ")"),
            Map.entry("coalesce", c -> "COALESCE(" + String.join(", ", c.unified()) + ")"),
            Map.entry("if", StringFunctions::ifCall),
            Map.entry("isnull", template("({0} IS NULL)")),
            Map.entry("greatest", c -> nullGuarded(c, "GREATEST")),
            Map.entry("least", c -> nullGuarded(c, "LEAST")),
            // strings
            Map.entry("concat", StringFunctions::concat),
            Map.entry("concat_ws", rename("concat_ws")),
            Map.entry("lcase", rename("lower")),
            Map.entry("ucase", rename("upper")),
            Map.entry("length", rename("octet_length")),
            Map.entry("octet_length", rename("octet_length")),
            Map.entry("char_length", rename("char_length")),
            Map.entry("character_length", rename("char_length")),
            Map.entry("bit_length", rename("bit_length")),
            Map.entry("substr", StringFunctions::substring),
            Map.entry("substring", StringFunctions::substring),
            Map.entry("mid", StringFunctions::substring),
            Map.entry("instr", template("strpos({0}, {1})")),
            Map.entry("locate", byArity(2, template("strpos({1}, {0})"),
                    template("CASE WHEN strpos(substr({1}, {2}), {0}) = 0 THEN 0"
                            + " ELSE strpos(substr({1}, {2}), {0}) + {2} - 1 END"))),
            Map.entry("space", template("repeat(' ', {0})")),
            Map.entry("substring_index", StringFunctions::substringIndex),
            Map.entry("field", StringFunctions::field),
            Map.entry("find_in_set", template("COALESCE(array_position(string_to_array({1}, ','), {0}), 0)")),
            Map.entry("elt", c -> "(ARRAY[" + c.all(1) + "])[" + c.arg(0) + "]"),
            Map.entry("strcmp", template("CASE WHEN {0} < {1} THEN -1 WHEN {0} > {1} THEN 1"
                    + " WHEN {0} = {1} THEN 0 END")),
            Map.entry("regexp_replace", c -> c.size() == 3 ? "regexp_replace(" + c.all(0) + ", 'g')"
                    : unsupported("extra arguments (position, occurrence, match type)").apply(c)),
            Map.entry("regexp_like", byArity(2, template("({0} ~* {1})"),
                    unsupported("match type argument"))),
            Map.entry("sha1", template("encode(sha1(convert_to({0}, 'UTF8')), 'hex')")),
            Map.entry("sha", template("encode(sha1(convert_to({0}, 'UTF8')), 'hex')")),
            Map.entry("sha2", c -> "encode(sha" + c.arg(1) + "(convert_to(" + c.arg(0) + ", 'UTF8')), 'hex')"),
            Map.entry("hex", unsupported("HEX of a number or a string depends on the argument type;"
                    + " use to_hex(n) or encode(convert_to(s, 'UTF8'), 'hex')")),
            Map.entry("char", unsupported("use chr(n) for single characters")),
            Map.entry("format", c -> c.size() == 2 && Trees.integerLiteral(c.args().get(1)).isPresent()
                    ? "to_char(" + c.arg(0) + ", 'FM999,999,999,999,999,990" + decimals(c) + "')"
                    : unsupported("locale or computed decimals").apply(c)),
            // numbers
            Map.entry("ceiling", rename("ceil")),
            Map.entry("pow", rename("power")),
            Map.entry("truncate", rename("trunc")),
            Map.entry("rand", byArity(0, fixed("random()"), unsupported("seeded RAND(n); use setseed()"))),
            Map.entry("log", byArity(1, rename("ln"), rename("log"))),
            Map.entry("log2", template("log(2, {0})")),
            Map.entry("mod", c -> c.grouped(0) + " % NULLIF(" + c.arg(1) + ", 0)"),
            // information
            Map.entry("database", fixed("current_schema()")),
            Map.entry("schema", fixed("current_schema()")),
            Map.entry("user", fixed("session_user")),
            Map.entry("session_user", fixed("session_user")),
            Map.entry("system_user", fixed("session_user")),
            Map.entry("current_user", fixed("current_user")),
            Map.entry("version", fixed("version()")),
            Map.entry("connection_id", fixed("pg_backend_pid()")),
            Map.entry("uuid", fixed("gen_random_uuid()::text")),
            Map.entry("last_insert_id", StringFunctions::lastInsertId),
            Map.entry("row_count", c -> c.translator().scope.rowCount().orElseGet(
                    () -> unsupported("outside a routine").apply(c))),
            Map.entry("found_rows", c -> c.translator().scope.foundRows()
                    .orElseGet(() -> unsupported("FOUND_ROWS() without a preceding SELECT in the routine: run a"
                            + " count(*) query instead").apply(c))),
            // JSON
            Map.entry("json_object", rename("jsonb_build_object")),
            Map.entry("json_array", rename("jsonb_build_array")),
            Map.entry("json_arrayagg", rename("jsonb_agg")),
            Map.entry("json_objectagg", rename("jsonb_object_agg")),
            Map.entry("json_extract", unsupported("use jsonb_path_query_first(doc, path) or the -> / #> operators")),
            Map.entry("json_unquote", unsupported("use the ->> / #>> operators")));

    /** Functions PostgreSQL has with the same name, arguments and meaning. */
    static final java.util.Set<String> SAME = java.util.Set.of(
            "abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "cot", "degrees", "exp", "floor", "ln", "log10",
            "pi", "power", "radians", "round", "sign", "sin", "sqrt", "tan", "lower", "upper", "left", "right",
            "lpad", "rpad", "ltrim", "rtrim", "trim", "replace", "reverse", "repeat", "ascii", "md5", "nullif",
            "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
            "first_value", "last_value", "nth_value", "to_base64");

    private static String ifCall(Call c) {
        List<String> branches = new Call(c.name(), c.args().subList(1, 3), c.at(), c.translator()).unified();
        return "CASE WHEN " + c.translator().condition(c.args().get(0)) + " THEN " + branches.get(0) + " ELSE "
                + branches.get(1) + " END";
    }

    /** MySQL GREATEST/LEAST return NULL when any argument is NULL; PostgreSQL's ignore NULLs. */
    private static String nullGuarded(Call c, String pgName) {
        String call = pgName + "(" + c.all(0) + ")";
        String anyNull = IntStream.range(0, c.size()).filter(i -> Trees.integerLiteral(c.args().get(i)).isEmpty()
                && !c.isStringLiteral(i)).mapToObj(i -> c.grouped(i) + " IS NULL")
                .collect(Collectors.joining(" OR "));
        return anyNull.isEmpty() ? call : "CASE WHEN " + anyNull + " THEN NULL ELSE " + call + " END";
    }

    /** MySQL CONCAT is NULL when any argument is NULL: {@code ||} keeps that (concat() would not). */
    private static String concat(Call c) {
        String joined = IntStream.range(0, c.size()).mapToObj(c::text).collect(Collectors.joining(" || "));
        return c.size() == 1 ? joined : "(" + joined + ")";
    }

    private static String substring(Call c) {
        var position = Trees.integerLiteral(c.args().get(1));
        String length = c.size() > 2 ? ", " + c.arg(2) : "";
        if (position.isPresent() && position.get() < 0) {
            String tail = "right(" + c.arg(0) + ", " + -position.get() + ")";
            return c.size() > 2 ? "left(" + tail + length + ")" : tail;
        }
        if (position.isEmpty()) {
            c.flag(ActionCode.SQL_SUBSTRING_POSITION, "SUBSTRING with a computed position.");
        }
        return "substr(" + c.arg(0) + ", " + c.arg(1) + length + ")";
    }

    /**
     * SUBSTRING_INDEX(s, d, n): the part before the n-th delimiter, or for a negative n the part after the n-th
     * delimiter from the right (n a literal). Counts 1 and -1 use only immutable functions, so they also serve
     * generated columns.
     */
    private static String substringIndex(Call c) {
        var n = Trees.integerLiteral(c.args().get(2));
        if (n.isEmpty() || n.get() == 0) {
            return Rewrite.unsupported("count must be a non-zero literal").apply(c);
        }
        if (n.get() == -1) {
            // immutable, so also valid in a generated column (array_to_string is only stable)
            return "reverse(split_part(reverse(" + c.arg(0) + "), reverse(" + c.arg(1) + "), 1))";
        }
        if (n.get() < 0) {
            String parts = "string_to_array(" + c.arg(0) + ", " + c.arg(1) + ")";
            return "array_to_string((" + parts + ")[greatest(cardinality(" + parts + ") - " + (-n.get())
                    + " + 1, 1):], " + c.arg(1) + ")";
        }
        return n.get() == 1 ? "split_part(" + c.arg(0) + ", " + c.arg(1) + ", 1)"
                : "array_to_string((string_to_array(" + c.arg(0) + ", " + c.arg(1) + "))[1:" + n.get() + "], "
                        + c.arg(1) + ")";
    }

    private static String field(Call c) {
        StringBuilder out = new StringBuilder("CASE " + c.arg(0));
        for (int i = 1; i < c.size(); i++) {
            out.append(" WHEN ").append(c.arg(i)).append(" THEN ").append(i);
        }
        return out.append(" ELSE 0 END").toString();
    }

    private static String decimals(Call c) {
        long n = Trees.integerLiteral(c.args().get(1)).orElse(0L);
        return n <= 0 ? "" : "." + "0".repeat((int) n);
    }

    private static String lastInsertId(Call c) {
        if (c.size() > 0) {
            return unsupported("LAST_INSERT_ID(expr) sets the value for the next call").apply(c);
        }
        return c.translator().scope.lastInsertId().orElseGet(() -> {
            c.flag(ActionCode.ROUTINE_LAST_INSERT_ID, "LAST_INSERT_ID() without a preceding INSERT in this routine.");
            return "lastval()";
        });
    }
}
