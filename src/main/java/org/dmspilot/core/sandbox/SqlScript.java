package org.dmspilot.core.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.sqlparse.MysqlText;

/**
 * Splits a MySQL/MariaDB script into statements the way the {@code mariadb} client does: statements end at the
 * current delimiter outside quotes and comments, and {@code DELIMITER xx} lines change the delimiter (for routine and
 * trigger bodies). Comments stay in the statements; comment-only pieces are dropped.
 */
final class SqlScript {
    private final String text;
    private final List<String> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private String delimiter = ";";
    private boolean hasCode;
    private int pos;

    private SqlScript(String text) {
        this.text = text;
    }

    /** The statements of a script, without their delimiters, in order. */
    static List<String> statements(String script) {
        SqlScript s = new SqlScript(script);
        s.split();
        return s.statements;
    }

    private void split() {
        int n = text.length();
        while (pos < n) {
            if (atLineStart() && !hasCode && delimiterDirective()) {
                continue;
            }
            char c = text.charAt(pos);
            int skipped = MysqlText.skipQuotedOrComment(text, pos);
            if (skipped > pos) { // a quoted string or identifier (code) or a comment (kept, but not code)
                hasCode |= c == '\'' || c == '"' || c == '`';
                current.append(text, pos, skipped);
                pos = skipped;
            } else if (text.startsWith(delimiter, pos)) {
                pos += delimiter.length();
                flush();
            } else {
                current.append(c);
                hasCode |= !Character.isWhitespace(c);
                pos++;
            }
        }
        flush();
    }

    private boolean atLineStart() {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Handles a {@code DELIMITER xx} line at {@link #pos}; false if the line is something else. */
    private boolean delimiterDirective() {
        int lineEnd = text.indexOf('\n', pos);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(pos, lineEnd).trim();
        if (line.length() < 10 || !line.regionMatches(true, 0, "DELIMITER", 0, 9)
                || !Character.isWhitespace(line.charAt(9))) {
            return false;
        }
        String next = line.substring(10).trim();
        if (next.isEmpty() || next.contains(" ")) {
            throw new IllegalArgumentException("Bad DELIMITER line: " + line);
        }
        delimiter = next;
        current.setLength(0);
        pos = lineEnd;
        return true;
    }

    private void flush() {
        if (hasCode) {
            statements.add(current.toString().strip());
        }
        current.setLength(0);
        hasCode = false;
    }
}
