package org.dmspilot.core.convert.sql;

import java.util.function.Function;

/** How one MySQL function becomes PostgreSQL (one row of a rewrite table). */
@FunctionalInterface
interface Rewrite {
    String apply(Call call);

    /** Same arguments, another name. */
    static Rewrite rename(String pgName) {
        return c -> pgName + "(" + c.all(0) + ")";
    }

    /** A fixed text, e.g. {@code LOCALTIMESTAMP(0)}. */
    static Rewrite fixed(String sql) {
        return c -> sql;
    }

    /** A template over the translated arguments: {@code {0}}, {@code {1}}, ... */
    static Rewrite template(String pattern) {
        return c -> {
            String out = pattern;
            for (int i = c.size() - 1; i >= 0; i--) {
                out = out.replace("{" + i + "}", c.arg(i));
            }
            return out;
        };
    }

    /** Rewrites by arity: one rewrite for n arguments, another otherwise. */
    static Rewrite byArity(int n, Rewrite whenN, Rewrite otherwise) {
        return c -> c.size() == n ? whenN.apply(c) : otherwise.apply(c);
    }

    /** Not convertible: keeps the call and raises an action item. */
    static Rewrite unsupported(String why) {
        return c -> {
            c.flag(SqlActionCode.UNSUPPORTED_FUNCTION, c.name().toUpperCase() + ": " + why);
            return c.name() + "(" + c.all(0) + ")";
        };
    }

    /** A rewrite written as a function of the call. */
    static Rewrite hook(Function<Call, String> f) {
        return f::apply;
    }
}
