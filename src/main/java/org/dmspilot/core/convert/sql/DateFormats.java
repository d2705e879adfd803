package org.dmspilot.core.convert.sql;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** MySQL DATE_FORMAT / STR_TO_DATE specifiers → PostgreSQL to_char / to_timestamp patterns. */
final class DateFormats {
    /** Specifier letter → PostgreSQL pattern (FM suppresses padding where MySQL does not pad). */
    static final Map<Character, String> SPECIFIERS = Map.ofEntries(
            Map.entry('a', "Dy"), Map.entry('b', "Mon"), Map.entry('c', "FMMM"), Map.entry('D', "FMDDth"),
            Map.entry('d', "DD"), Map.entry('e', "FMDD"), Map.entry('f', "US"), Map.entry('H', "HH24"),
            Map.entry('h', "HH12"), Map.entry('I', "HH12"), Map.entry('i', "MI"), Map.entry('j', "DDD"),
            Map.entry('k', "FMHH24"), Map.entry('l', "FMHH12"), Map.entry('M', "FMMonth"), Map.entry('m', "MM"),
            Map.entry('p', "AM"), Map.entry('r', "HH12:MI:SS AM"), Map.entry('S', "SS"), Map.entry('s', "SS"),
            Map.entry('T', "HH24:MI:SS"), Map.entry('v', "IW"), Map.entry('W', "FMDay"), Map.entry('x', "IYYY"),
            Map.entry('Y', "YYYY"), Map.entry('y', "YY"), Map.entry('%', "%"));

    /** Specifiers that carry a time of day (STR_TO_DATE then returns a timestamp, not a date). */
    static final Set<Character> TIME_PARTS = Set.of('f', 'H', 'h', 'I', 'i', 'k', 'l', 'p', 'r', 'S', 's', 'T');

    private DateFormats() {
    }

    /** The PostgreSQL pattern, or empty naming the first specifier without an equivalent (%U, %u, %V, %w, %X). */
    static Optional<String> translate(String mysqlFormat, StringBuilder unsupported) {
        StringBuilder out = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < mysqlFormat.length(); i++) {
            char c = mysqlFormat.charAt(i);
            if (c == '%' && i + 1 < mysqlFormat.length()) {
                char spec = mysqlFormat.charAt(++i);
                String pattern = SPECIFIERS.get(spec);
                if (pattern == null) {
                    unsupported.append('%').append(spec);
                    return Optional.empty();
                }
                flushText(out, text);
                out.append(pattern);
            } else {
                text.append(c);
            }
        }
        flushText(out, text);
        return Optional.of(out.toString());
    }

    static boolean hasTime(String mysqlFormat) {
        for (int i = 0; i + 1 < mysqlFormat.length(); i++) {
            if (mysqlFormat.charAt(i) == '%' && TIME_PARTS.contains(mysqlFormat.charAt(++i))) {
                return true;
            }
        }
        return false;
    }

    /** Literal text: letters and digits quoted (they could read as patterns), punctuation as it is. */
    private static void flushText(StringBuilder out, StringBuilder text) {
        StringBuilder quoted = new StringBuilder();
        for (char c : text.toString().toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '"' || c == '\\') {
                quoted.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
            } else {
                if (quoted.length() > 0) {
                    out.append('"').append(quoted).append('"');
                    quoted.setLength(0);
                }
                out.append(c);
            }
        }
        if (quoted.length() > 0) {
            out.append('"').append(quoted).append('"');
        }
        text.setLength(0);
    }
}
