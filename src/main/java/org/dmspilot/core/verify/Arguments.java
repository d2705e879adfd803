package org.dmspilot.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.model.catalog.Routine;

/**
 * Argument lists for probing a routine: per parameter a spread of values of its type (NULL, zero, edges, values the
 * corpus data holds), combined so that every value of every parameter is used at least once.
 */
final class Arguments {
    private Arguments() {
    }

    static List<String> spread(String mysqlType) {
        String t = mysqlType.toLowerCase(Locale.ROOT);
        if (t.startsWith("tinyint(1)") || t.startsWith("bool")) {
            return List.of("NULL", "0", "1");
        }
        if (t.matches("(tiny|small|medium|big)?int.*|integer.*|year.*")) {
            return List.of("NULL", "0", "1", "2", "5", "10", "42", "100", "367", "1000", "4581", "10001", "10010",
                    "110022", "-1", "2147483647");
        }
        if (t.matches("(decimal|numeric|float|double|real).*")) {
            return List.of("NULL", "0", "1.5", "-2.25", "100", "99999.99");
        }
        if (t.startsWith("datetime") || t.startsWith("timestamp")) {
            return List.of("NULL", "'2005-05-25 00:00:00'", "'2005-07-31 12:00:00'", "'2006-02-14 15:16:03'",
                    "'1990-01-01 00:00:00'", "'2038-01-01 00:00:00'");
        }
        if (t.startsWith("date")) {
            return List.of("NULL", "'1985-01-01'", "'1999-12-31'", "'2005-06-15'", "'9999-01-01'");
        }
        if (t.startsWith("time")) {
            return List.of("NULL", "'00:00:00'", "'12:34:56'", "'23:59:59'");
        }
        return List.of("NULL", "''", "'d001'", "'d005'", "'d009'", "'a'", "'Customer'", "'PENELOPE'", "'x y'");
    }

    /** At most {@code max} calls; each parameter's spread is walked with its own stride so pairs vary. */
    static List<List<String>> calls(List<Routine.Parameter> parameters, int max) {
        List<List<String>> spreads = new ArrayList<>();
        int longest = 1;
        for (Routine.Parameter p : parameters) {
            List<String> s = p.mode() == Routine.Mode.OUT ? List.of("NULL") : spread(p.dataType());
            spreads.add(s);
            longest = Math.max(longest, s.size());
        }
        int count = parameters.isEmpty() ? 1 : Math.min(max, longest * Math.min(3, parameters.size()));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> args = new ArrayList<>();
            for (int p = 0; p < spreads.size(); p++) {
                List<String> s = spreads.get(p);
                args.add(s.get((i * (p + 1) + i / s.size()) % s.size()));
            }
            out.add(args);
        }
        return out;
    }
}
