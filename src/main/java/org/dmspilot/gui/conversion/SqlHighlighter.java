package org.dmspilot.gui.conversion;

import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Colours SQL in a code area (display only): keywords, strings, quoted names, numbers, comments. */
final class SqlHighlighter {
    private static final String[] KEYWORDS = {"add", "alter", "and", "as", "begin", "by", "call", "cascade", "case",
        "check", "collate", "comment", "constraint", "create", "declare", "default", "delete", "do", "else",
        "elseif", "elsif", "end", "exception", "execute", "exists", "for", "foreign", "from", "function",
        "generated", "if", "in", "index", "insert", "into", "is", "join", "key", "language", "left", "limit",
        "loop", "not", "null", "on", "or", "order", "primary", "procedure", "raise", "references", "replace",
        "restrict", "return", "returns", "schema", "select", "set", "table", "then", "trigger", "type", "unique",
        "update", "using", "values", "view", "when", "where", "while", "with", "identity", "always", "stored",
        "engine", "auto_increment", "unsigned", "before", "after", "each", "row", "signal", "leave", "iterate",
        "repeat", "until", "cursor", "handler", "continue", "exit", "open", "fetch", "close", "definer"};
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>--[^\\n]*|/\\*(.|\\R)*?\\*/)"
                    + "|(?<STRING>'([^'\\\\]|\\\\.|'')*')"
                    + "|(?<QUOTED>\"([^\"]|\"\")*\"|`[^`]*`)"
                    + "|(?<KEYWORD>\\b(?i:" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<NUMBER>\\b\\d+(\\.\\d+)?\\b)");

    private SqlHighlighter() {
    }

    /** Re-colours the area whenever its text changes. */
    static void attach(CodeArea area) {
        area.textProperty().addListener((obs, old, text) -> area.setStyleSpans(0, spans(text)));
        area.getStyleClass().add("sql");
    }

    static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "sql-comment"
                    : m.group("STRING") != null ? "sql-string"
                    : m.group("QUOTED") != null ? "sql-quoted"
                    : m.group("KEYWORD") != null ? "sql-keyword" : "sql-number";
            builder.add(Collections.emptyList(), m.start() - last);
            builder.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        builder.add(Collections.emptyList(), text.length() - last);
        return builder.create();
    }
}
