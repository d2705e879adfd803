package org.dmspilot.core.engine.cdc;

import java.util.List;

/** Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for NULL, backslash escapes. */
final class CopyText {
    private CopyText() {
    }

    static void row(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = values.get(i);
            if (v == null) {
                out.append("\\N");
                continue;
            }
            for (int k = 0, n = v.length(); k < n; k++) {
                char ch = v.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }
}
