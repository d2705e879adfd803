package org.dmspilot.core.engine.cdc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '`' || c == '"' || c == '\'') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n) {
                    char d = sql.charAt(i);
                    if (d == '\\' && c != '`' && i + 1 < n) {
                        sb.append(sql.charAt(i + 1));
                        i += 2;
                    } else if (d == c) {
                        if (i + 1 < n && sql.charAt(i + 1) == c) {
                            sb.append(c);
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        sb.append(d);
                        i++;
                    }
                }
                cur.add(new Token(c == '\'' ? "'" + sb + "'" : sb.toString(), true));
            } else if (c == '(') {
                int depth = 0;
                int start = i;
                while (i < n) {
                    char d = sql.charAt(i);
                    if (d == '\'' || d == '"' || d == '`') {
                        int close = sql.indexOf(d, i + 1);
                        i = close < 0 ? n : close + 1;
                        continue;
                    }
                    if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        i++;
                        break;
                    }
                    i++;
                }
                cur.add(new Token(sql.substring(start, i), false));
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
}
