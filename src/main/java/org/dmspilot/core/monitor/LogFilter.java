package org.dmspilot.core.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * What the log panel and {@code dmspilot dms logs} show: lines at least as severe as {@code level} and, when a table
 * is given, only those naming it.
 *
 * @param table {@code schema.table}, or null / blank for every line
 */
public record LogFilter(LogLine.Level level, String table) {
    public static final LogFilter ALL = new LogFilter(LogLine.Level.DEBUG, null);

    public LogFilter {
        level = level == null ? LogLine.Level.DEBUG : level;
        table = table == null || table.isBlank() ? null : table.strip();
    }

    public boolean accepts(LogLine line) {
        return line.level().atLeast(level) && (table == null || line.mentions(table));
    }

    /** The accepted lines of {@code lines} (oldest first), newest first. */
    public List<LogLine> newestFirst(List<LogLine> lines) {
        List<LogLine> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (accepts(lines.get(i))) {
                out.add(lines.get(i));
            }
        }
        return out;
    }
}
