package org.dmspilot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mysql-client script split into the statements the client would send: {@code DELIMITER} lines change the
 * terminator, quoted strings, identifiers and comments never end a statement, and {@code source file} lines are kept
 * as a {@link Statement#source()} for the caller to resolve. Versioned comments stay in the text (the server decides).
 */
final class SqlScript {
    /** One statement as the client sends it, or a {@code source} command (text null). */
    record Statement(String text, String source, int line) {
    }

    private SqlScript() {
    }

    static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        String delimiter = ";";
        StringBuilder current = new StringBuilder();
        int startLine = 0;
        int line = 1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            boolean blank = current.isEmpty() || current.chars().allMatch(Character::isWhitespace);
            if (blank && atLineStart(script, i)) {
                int end = script.indexOf('\n', i);
                String whole = script.substring(i, end < 0 ? n : end).strip();
                String lower = whole.toLowerCase(Locale.ROOT);
                if (lower.startsWith("delimiter ")) {
                    delimiter = whole.substring("delimiter ".length()).strip();
                    current.setLength(0);
                    i = end < 0 ? n : end;
                    continue;
                }
                if (lower.startsWith("source ")) {
                    String file = whole.substring("source ".length()).replace(";", "").strip();
                    out.add(new Statement(null, file, line));
                    current.setLength(0);
                    i = end < 0 ? n : end;
                    continue;
                }
            }
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (blank && !Character.isWhitespace(c)) {
                startLine = line;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int close = closing(script, i, c);
                line += count(script, i, close);
                current.append(script, i, close);
                i = close;
                continue;
            }
            if (c == '#' || c == '-' && script.startsWith("--", i) && (i + 2 == n
                    || Character.isWhitespace(script.charAt(i + 2)))) { // "-- ", "--\t" (FreeRADIUS), "--\n"
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(script, i, end);
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (script.startsWith(delimiter, i)) {
                add(out, current, startLine);
                i += delimiter.length();
                continue;
            }
            current.append(c);
            i++;
        }
        add(out, current, startLine);
        return out;
    }

    private static boolean atLineStart(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
            j--;
        }
        return j < 0 || s.charAt(j) == '\n';
    }

    private static int closing(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static void add(List<Statement> out, StringBuilder current, int line) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Statement(text, null, line));
        }
        current.setLength(0);
    }
}
