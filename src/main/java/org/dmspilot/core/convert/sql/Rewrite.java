package org.dmspilot.core.convert.sql;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.core.convert.ActionCode;

/** How one MySQL function becomes PostgreSQL (one row of a rewrite table). */
@FunctionalInterface
interface Rewrite {
    /** {@code {n}} in a template. */
    Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    String apply(Call call);

    /** Same arguments, another name. */
    static Rewrite rename(String pgName) {
        return c -> pgName + "(" + c.all(0) + ")";
    }

    /** A fixed text, e.g. {@code LOCALTIMESTAMP(0)}. */
    static Rewrite fixed(String sql) {
        return c -> sql;
    }

    /**
     * A template over the translated arguments: {@code {0}}, {@code {1}}, ... Placeholders are replaced in one pass
     * over the pattern, so an argument whose text holds {@code {0}} (a string literal) is kept as it is.
     */
    static Rewrite template(String pattern) {
        return c -> PLACEHOLDER.matcher(pattern)
                .replaceAll(m -> Matcher.quoteReplacement(c.arg(Integer.parseInt(m.group(1)))));
    }

    /** Rewrites by arity: one rewrite for n arguments, another otherwise. */
    static Rewrite byArity(int n, Rewrite whenN, Rewrite otherwise) {
        return c -> c.size() == n ? whenN.apply(c) : otherwise.apply(c);
    }

    /** Not convertible: keeps the call and raises an action item. */
    static Rewrite unsupported(String why) {
        return c -> {
            c.flag(ActionCode.SQL_FUNCTION, c.name().toUpperCase() + ": " + why);
            return c.name() + "(" + c.all(0) + ")";
        };
    }

    /** A rewrite written as a function of the call. */
    static Rewrite hook(Function<Call, String> f) {
        return f::apply;
    }
}
