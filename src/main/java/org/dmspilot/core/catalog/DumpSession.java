package org.dmspilot.core.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.sqlparse.MysqlText;

/**
 * The session state a dump sets as it goes ({@code SET sql_mode = ...}, saved and restored through user variables),
 * so each routine, trigger and event gets the sql_mode it was dumped with.
 */
final class DumpSession {
    private final Map<String, String> system = new HashMap<>();
    private final Map<String, String> user = new HashMap<>();

    String sqlMode() {
        return system.getOrDefault("sql_mode", "");
    }

    /** Applies a SET statement's assignments (those it cannot evaluate are ignored). */
    void apply(String setStatement) {
        String body = setStatement.trim().replaceFirst("(?is)^SET\\s+", "");
        for (String assignment : MysqlText.splitTopLevel(body, ',')) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = assignment.substring(0, eq).trim().replace(":", "");
            String value = evaluate(assignment.substring(eq + 1).trim());
            if (name.startsWith("@@")) {
                system.put(systemName(name), value);
            } else if (name.startsWith("@")) {
                user.put(name.substring(1).toLowerCase(Locale.ROOT), value);
            } else if (!name.toUpperCase(Locale.ROOT).startsWith("NAMES")) {
                system.put(systemName(name), value);
            }
        }
    }

    private String evaluate(String expr) {
        if (expr.startsWith("'") && expr.endsWith("'") && expr.length() >= 2) {
            return Defaults.unquote(expr);
        }
        if (expr.startsWith("@@")) {
            return system.get(systemName(expr));
        }
        if (expr.startsWith("@")) {
            return user.get(expr.substring(1).trim().toLowerCase(Locale.ROOT));
        }
        return expr;
    }

    private static String systemName(String name) {
        return name.replaceFirst("^@@", "").replaceFirst("(?i)^(session|global|local)\\.", "")
                .replaceFirst("(?i)^(session|global|local)\\s+", "").trim().toLowerCase(Locale.ROOT);
    }
}
