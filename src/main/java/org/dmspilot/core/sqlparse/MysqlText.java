package org.dmspilot.core.sqlparse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads MySQL text the way the server does, for the places that need its structure without a parse: string literals
 * ({@code '…'} and {@code "…"}, backslash escapes and doubled quotes), quoted identifiers ({@code `…`}, doubled
 * backticks, no escapes) and comments ({@code /* … *}{@code /}, {@code -- } and {@code #} to the end of the line;
 * a versioned {@code /*!…} comment is code, as the server runs it) are passed over whole, and the caller sees every
 * other character with the nesting depth of parentheses around it.
 */
public final class MysqlText {
    private MysqlText() {
    }

    /** Sees a character outside quotes and comments. */
    @FunctionalInterface
    public interface CodeVisitor {
        /**
         * @param index the character's position in the text
         * @param c the character
         * @param depth parentheses open before it ({@code (} counts from the next character on)
         * @return false to stop the scan
         */
        boolean visit(int index, char c, int depth);
    }

    /** Calls {@code visitor} for each character outside quotes and comments, in order, until it returns false. */
    public static void scanCode(String sql, CodeVisitor visitor) {
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = sql.charAt(i);
            if (!visitor.visit(i, c, depth)) {
                return;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
    }

    /**
     * Where the quoted text or comment starting at {@code i} ends (the index after it), or {@code i} when none starts
     * there. An unterminated one runs to the end of the text.
     */
    public static int skipQuotedOrComment(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < n) {
                char d = sql.charAt(j);
                if (d == '\\' && c != '`') {
                    j += 2;
                } else if (d == c) {
                    if (j + 1 < n && sql.charAt(j + 1) == c) {
                        j += 2;
                    } else {
                        return j + 1;
                    }
                } else {
                    j++;
                }
            }
            return n;
        }
        if (c == '#' || c == '-' && sql.startsWith("--", i) && (i + 2 == n || Character.isWhitespace(sql.charAt(
                i + 2)))) {
            int eol = sql.indexOf('\n', i);
            return eol < 0 ? n : eol + 1;
        }
        if (c == '/' && sql.startsWith("/*", i) && !sql.startsWith("/*!", i)) {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? n : end + 2;
        }
        return i;
    }

    /** Splits on {@code separator} outside quotes, comments and parentheses (the pieces keep their white space). */
    public static List<String> splitTopLevel(String sql, char separator) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        scanCode(sql, (i, c, depth) -> {
            if (c == separator && depth == 0) {
                out.add(sql.substring(start[0], i));
                start[0] = i + 1;
            }
            return true;
        });
        out.add(sql.substring(start[0]));
        return out;
    }

    /**
     * The parts of a possibly dotted name, each trimmed and unquoted ({@code `db` . `a``b`} → {@code db}, {@code a`b});
     * none for {@code null}.
     */
    public static List<String> nameParts(String name) {
        if (name == null) {
            return new ArrayList<>();
        }
        List<String> parts = new ArrayList<>();
        for (String part : splitTopLevel(name, '.')) {
            parts.add(unquoteIdentifier(part));
        }
        return parts;
    }

    /**
     * An identifier without its quotes: {@code `a``b`} → {@code a`b}, {@code "a""b"} → {@code a"b} (ANSI_QUOTES);
     * trimmed; an unquoted one as it is.
     */
    public static String unquoteIdentifier(String identifier) {
        String t = identifier.trim();
        if (t.length() >= 2 && (t.charAt(0) == '`' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            String q = t.substring(0, 1);
            return t.substring(1, t.length() - 1).replace(q + q, q);
        }
        return t;
    }

    /** Removes one pair of parentheses around the whole text (trimmed), if they match each other. */
    public static String stripParentheses(String sql) {
        String t = sql.trim();
        if (t.length() < 2 || t.charAt(0) != '(' || t.charAt(t.length() - 1) != ')') {
            return t;
        }
        boolean[] whole = {true};
        int last = t.length() - 1;
        scanCode(t, (i, c, depth) -> {
            if (c == ')' && depth == 1 && i < last) {
                whole[0] = false;
                return false;
            }
            return true;
        });
        return whole[0] ? t.substring(1, last).trim() : t;
    }
}
