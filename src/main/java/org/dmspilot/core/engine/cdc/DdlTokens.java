package org.dmspilot.core.engine.cdc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmspilot.core.sqlparse.MysqlText;

/**
 * A DDL statement from the binlog as tokens (identifiers unquoted, strings and comments skipped, parenthesised parts
 * kept as one token) split into its top-level, comma-separated clauses: enough to tell which table an
 * {@code ALTER TABLE} changes and which kinds of change it makes, without evaluating the statement.
 */
final class DdlTokens {
    /** One token: its text (identifier unquoted) and whether it was quoted (so never a keyword). */
    record Token(String text, boolean quoted) {
        boolean is(String keyword) {
            return !quoted && text.equalsIgnoreCase(keyword);
        }

        String upper() {
            return quoted ? "" : text.toUpperCase(Locale.ROOT);
        }
    }

    private DdlTokens() {
    }

    /** Top-level clauses (split at commas outside parentheses), each a token list. */
    static List<List<Token>> clauses(String sql) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int skipped = MysqlText.skipQuotedOrComment(sql, i);
            if (skipped > i) {
                String quoted = sql.substring(i, skipped);
                if (c == '\'') {
                    cur.add(new Token("'" + MysqlText.stringValue(quoted) + "'", true));
                } else if (c == '"' || c == '`') {
                    cur.add(new Token(MysqlText.unquoteIdentifier(quoted), true));
                } // else a comment
                i = skipped;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                int end = closing(sql, i);
                cur.add(new Token(sql.substring(i, end), false));
                i = end;
            } else if (c == ',') {
                out.add(cur);
                cur = new ArrayList<>();
                i++;
            } else if (c == '.' || c == '=' || c == ';') {
                cur.add(new Token(String.valueOf(c), false));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(sql.charAt(i)) && "(),.=;`'\"".indexOf(sql.charAt(i)) < 0) {
                    i++;
                }
                cur.add(new Token(sql.substring(start, i), false));
            }
        }
        out.add(cur);
        return out;
    }

    /** The index after the {@code )} that closes the {@code (} at {@code open} (the end when none does). */
    private static int closing(String sql, int open) {
        int[] end = {sql.length()};
        String rest = sql.substring(open);
        MysqlText.scanCode(rest, (k, ch, depth) -> {
            if (ch == ')' && depth == 1) {
                end[0] = open + k + 1;
                return false;
            }
            return true;
        });
        return end[0];
    }
}
