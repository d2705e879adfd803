package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.sqlparse.MysqlText;

/**
 * A MySQL/MariaDB column type as information_schema's COLUMN_TYPE or a CREATE TABLE spells it, e.g.
 * {@code int(10) unsigned zerofill}, {@code enum('a','b''c')}, {@code decimal(12,2)}, {@code datetime(3)}.
 *
 * @param base the type name, lower case ({@code int}, {@code enum}, ...)
 * @param args the parenthesised arguments; for ENUM and SET the labels, unquoted
 */
public record MysqlColumnType(String base, List<String> args, boolean unsigned, boolean zerofill) {
    public MysqlColumnType {
        args = List.copyOf(args);
    }

    /** Parses a column type; an unreadable one is an error that names it. */
    public static MysqlColumnType parse(String columnType) {
        String text = columnType.trim();
        int open = text.indexOf('(');
        String base;
        List<String> args = new ArrayList<>();
        String rest;
        if (open < 0) {
            int space = text.indexOf(' ');
            base = space < 0 ? text : text.substring(0, space);
            rest = space < 0 ? "" : text.substring(space);
        } else {
            base = text.substring(0, open).trim();
            int close = parseArgs(text, open, args, columnType);
            rest = text.substring(close + 1);
        }
        if (base.isEmpty() || !base.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == ' ')) {
            throw new DmsPilotException("Unreadable column type: " + columnType);
        }
        String flags = rest.toLowerCase(Locale.ROOT);
        String b = base.toLowerCase(Locale.ROOT).trim();
        // "double precision" and "national varchar" style names
        if (b.startsWith("national ")) {
            b = b.substring("national ".length());
        }
        if (b.equals("double precision")) {
            b = "double";
        }
        return new MysqlColumnType(b, args, flags.contains("unsigned"), flags.contains("zerofill"));
    }

    /** Reads the arguments after {@code (} at {@code open} into {@code out}; returns where the {@code )} is. */
    private static int parseArgs(String text, int open, List<String> out, String original) {
        int[] close = {-1};
        MysqlText.scanCode(text.substring(open), (i, c, depth) -> {
            if (c == ')' && depth == 1) {
                close[0] = open + i;
                return false;
            }
            return true;
        });
        if (close[0] < 0) {
            throw new DmsPilotException("Unreadable column type (unbalanced parentheses or quotes): " + original);
        }
        for (String arg : MysqlText.splitTopLevel(text.substring(open + 1, close[0]), ',')) {
            String a = arg.strip();
            if (a.startsWith("'")) {
                out.add(MysqlText.stringValue(a));
            } else if (!a.isEmpty()) {
                out.add(a);
            }
        }
        return close[0];
    }

    /** The n-th numeric argument, or {@code fallback} when absent. */
    public int intArg(int n, int fallback) {
        if (args.size() <= n) {
            return fallback;
        }
        try {
            return Integer.parseInt(args.get(n));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean isEnumOrSet() {
        return base.equals("enum") || base.equals("set");
    }
}
