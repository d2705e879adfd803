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
        int n = sql.length();
        Lexer lexer = new Lexer();
        int i = 0;
        while (i < n) {
            int from = i;
            i += lexer.step(k -> at(sql, from + k));
            if (!lexer.wasCode()) {
                continue;
            }
            char c = sql.charAt(from);
            if (!visitor.visit(from, c, depth)) {
                return;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
    }

    /**
     * Where the quoted text or comment starting at {@code i} ends (the index after it), or {@code i} when none starts
     * there. An unterminated one runs to the end of the text.
     */
    public static int skipQuotedOrComment(String sql, int i) {
        int n = sql.length();
        Lexer lexer = new Lexer();
        int j = i + lexer.step(k -> at(sql, i + k));
        if (lexer.wasCode()) {
            return i;
        }
        while (j < n && !lexer.inCode()) {
            int from = j;
            j += lexer.step(k -> at(sql, from + k));
        }
        return Math.min(j, n);
    }

    private static int at(String s, int i) {
        return i < s.length() ? s.charAt(i) : -1;
    }

    /**
     * MySQL's rules for quotes and comments, one step at a time, for readers that see the text through a window (a
     * dump's data lines are never held whole). The caller shows the characters at its cursor ({@code -1} past the
     * end) and moves on by what {@link #step} returns. Strings ({@code '…'}, {@code "…"}) take backslash escapes and
     * doubled quotes, quoted identifiers ({@code `…`}) doubled backticks only; {@code #} and {@code -- } (two dashes
     * then white space or the end) comment to the end of the line, the newline included; {@code /*…*}{@code /} is a
     * comment unless it is versioned ({@code /*!}, MariaDB's {@code /*M!}), which the server runs as code.
     */
    public static final class Lexer {
        /** The characters at a reader's cursor: {@code ahead} 0 is the one at the cursor; -1 past the end. */
        @FunctionalInterface
        public interface Window {
            int at(int ahead);
        }

        /** Where the lexer stands. */
        public enum State {
            CODE, QUOTED, LINE_COMMENT, BLOCK_COMMENT
        }

        /** A version no server reaches: a versioned comment that asks for it is a comment. */
        private static final int NO_SERVER_VERSION = 999_999;

        private State state = State.CODE;
        private int quote;
        private boolean code;

        /** Where the lexer stands after its last step: inside a quoted text or a comment, or in code. */
        public State state() {
            return state;
        }

        /** True between tokens: the last step ended outside any quoted text and comment. */
        public boolean inCode() {
            return state == State.CODE;
        }

        /** True when the characters of the last step were code (not part of a quoted text or a comment). */
        public boolean wasCode() {
            return code;
        }

        /** The quote character of the quoted text being read ({@code '}, {@code "} or {@code `}). */
        public char quote() {
            return (char) quote;
        }

        /**
         * Reads the character at the cursor and returns how many characters this step consumed (1 to 3): an escape,
         * a doubled quote and a comment's opening or closing are read whole.
         */
        public int step(Window w) {
            int c = w.at(0);
            code = false;
            switch (state) {
                case QUOTED -> {
                    if (c == '\\' && quote != '`') {
                        return w.at(1) < 0 ? 1 : 2;
                    }
                    if (c == quote) {
                        if (w.at(1) == quote) {
                            return 2;
                        }
                        state = State.CODE;
                    }
                    return 1;
                }
                case LINE_COMMENT -> {
                    if (c == '\n') {
                        state = State.CODE;
                    }
                    return 1;
                }
                case BLOCK_COMMENT -> {
                    if (c == '*' && w.at(1) == '/') {
                        state = State.CODE;
                        return 2;
                    }
                    return 1;
                }
                default -> {
                    return opening(c, w);
                }
            }
        }

        private int opening(int c, Window w) {
            if (c == '\'' || c == '"' || c == '`') {
                state = State.QUOTED;
                quote = c;
                return 1;
            }
            if (c == '#') {
                state = State.LINE_COMMENT;
                return 1;
            }
            if (c == '-' && w.at(1) == '-' && (w.at(2) < 0 || Character.isWhitespace(w.at(2)))) {
                boolean ends = w.at(2) == '\n' || w.at(2) < 0;
                state = ends ? State.CODE : State.LINE_COMMENT;
                return ends && w.at(2) == '\n' ? 3 : 2;
            }
            if (c == '/' && w.at(1) == '*' && versionedOpening(w) == 0) {
                state = State.BLOCK_COMMENT;
                return 2;
            }
            code = true;
            return 1;
        }

        /**
         * The length of a versioned comment's opening ({@code /*!50001}, MariaDB's {@code /*M!100100}) at the cursor,
         * or 0 when none is there. Its content is code the server runs, which {@link #step} passes over one character
         * at a time; with a version no server has ({@code /*M!999999\\- enable the sandbox mode *}{@code /}) it is a
         * comment.
         */
        public static int versionedOpening(Window w) {
            if (w.at(0) != '/' || w.at(1) != '*') {
                return 0;
            }
            int i = w.at(2) == 'M' && w.at(3) == '!' ? 4 : w.at(2) == '!' ? 3 : 0;
            if (i == 0) {
                return 0;
            }
            int version = 0;
            while (w.at(i) >= '0' && w.at(i) <= '9') {
                version = version * 10 + w.at(i) - '0';
                i++;
            }
            return version < NO_SERVER_VERSION ? i : 0;
        }
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

    /**
     * The value of a quoted MySQL string ({@code 'it''s'}, {@code 'it\\'s'}, {@code "x"}) as the server reads it:
     * a doubled quote is one quote (a quoted identifier, {@code `…`}, has no other escape); with {@code backslashEscapes} (unless the sql_mode has NO_BACKSLASH_ESCAPES)
     * {@code \\0 \\b \\n \\r \\t \\Z} are control characters, {@code \\%} and {@code \\_} keep their backslash
     * (they are LIKE escapes) and any other escaped character stands for itself.
     */
    public static String stringValue(String quoted, boolean backslashEscapes) {
        char quote = quoted.charAt(0);
        int end = quoted.length() - 1;
        StringBuilder out = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && backslashEscapes && quote != '`' && i + 1 < end) {
                char next = quoted.charAt(++i);
                switch (next) {
                    case '0' -> out.append('\0');
                    case 'b' -> out.append('\b');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'Z' -> out.append('\u001a');
                    case '%', '_' -> out.append('\\').append(next);
                    default -> out.append(next);
                }
            } else if (c == quote && i + 1 < end && quoted.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #stringValue(String, boolean)} with backslash escapes, as the default sql_mode reads strings. */
    public static String stringValue(String quoted) {
        return stringValue(quoted, true);
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
