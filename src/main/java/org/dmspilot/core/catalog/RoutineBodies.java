package org.dmspilot.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Finds where the body of a CREATE PROCEDURE / FUNCTION / TRIGGER / EVENT starts, from the grammar's tokens, so the
 * reader parses the header with the grammar and keeps the body verbatim (as the server stores it). Parsing large
 * compound bodies with the full grammar costs tens of milliseconds each and tells the catalog nothing more.
 */
final class RoutineBodies {
    /** What replaces the body for parsing the header: a body every grammar accepts in that place. */
    static final String STAND_IN = "BEGIN END";
    static final String FUNCTION_STAND_IN = "RETURN NULL";
    private static final Set<String> CHARACTERISTIC_WORDS = Set.of("COMMENT", "LANGUAGE", "SQL", "NOT",
            "DETERMINISTIC", "CONTAINS", "NO", "READS", "MODIFIES", "DATA", "SECURITY", "DEFINER", "INVOKER");
    private static final Set<String> TYPE_WORDS = Set.of("UNSIGNED", "SIGNED", "ZEROFILL", "BINARY", "ASCII",
            "UNICODE", "BYTE", "PRECISION", "VARYING");

    private RoutineBodies() {
    }

    /** The kind of object a CREATE statement makes, from its first tokens (TABLE, VIEW, PROCEDURE...), or "". */
    static String kind(List<Token> tokens) {
        for (int i = 1; i < Math.min(tokens.size(), 16); i++) {
            String w = word(tokens.get(i));
            if (Set.of("TABLE", "VIEW", "PROCEDURE", "FUNCTION", "TRIGGER", "EVENT", "DATABASE", "SCHEMA")
                    .contains(w)) {
                return w;
            }
        }
        return "";
    }

    /** The character index where the body starts, or -1 when it cannot be told (then the whole statement is parsed). */
    static int bodyStart(String kind, List<Token> tokens) {
        return switch (kind) {
            case "PROCEDURE", "FUNCTION" -> routine(tokens, kind.equals("FUNCTION"));
            case "TRIGGER" -> after(tokens, List.of("FOR", "EACH", "ROW"), true);
            case "EVENT" -> after(tokens, List.of("DO"), false);
            default -> -1;
        };
    }

    private static String word(Token t) {
        return t.getText().toUpperCase(Locale.ROOT);
    }

    private static int routine(List<Token> tokens, boolean function) {
        int i = 0;
        while (i < tokens.size() && !word(tokens.get(i)).equals("(")) {
            i++;
        }
        int depth = 0;
        for (; i < tokens.size(); i++) {
            String w = word(tokens.get(i));
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")") && --depth == 0) {
                i++;
                break;
            }
        }
        if (function) {
            if (i >= tokens.size() || !word(tokens.get(i)).equals("RETURNS")) {
                return -1;
            }
            i += 2; // RETURNS and the type name
            if (i < tokens.size() && word(tokens.get(i)).equals("(")) {
                while (i < tokens.size() && !word(tokens.get(i)).equals(")")) {
                    i++;
                }
                i++;
            }
            while (i < tokens.size()) {
                String w = word(tokens.get(i));
                if (TYPE_WORDS.contains(w)) {
                    i++;
                } else if (w.equals("CHARSET") || w.equals("COLLATE")) {
                    i += 2;
                } else if (w.equals("CHARACTER") && i + 1 < tokens.size() && word(tokens.get(i + 1)).equals("SET")) {
                    i += 3;
                } else {
                    break;
                }
            }
        }
        return characteristicsEnd(tokens, i);
    }

    /** Skips routine characteristics from {@code i}; the index of the first body token's character. */
    private static int characteristicsEnd(List<Token> tokens, int i) {
        while (i < tokens.size()) {
            String w = word(tokens.get(i));
            if (w.equals("COMMENT")) {
                i += 2;
            } else if (w.equals("LANGUAGE")) {
                i += 2;
            } else if (CHARACTERISTIC_WORDS.contains(w) && !(w.equals("NOT") && i + 1 < tokens.size()
                    && !word(tokens.get(i + 1)).equals("DETERMINISTIC"))) {
                i++;
            } else {
                break;
            }
        }
        return i < tokens.size() ? tokens.get(i).getStartIndex() : -1;
    }

    /** The start of the token after the first run of {@code words} (and an optional FOLLOWS/PRECEDES name). */
    private static int after(List<Token> tokens, List<String> words, boolean ordering) {
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            boolean match = true;
            for (int k = 0; k < words.size() && match; k++) {
                match = word(tokens.get(i + k)).equals(words.get(k));
            }
            if (match) {
                int j = i + words.size();
                if (ordering && j < tokens.size() && (word(tokens.get(j)).equals("FOLLOWS")
                        || word(tokens.get(j)).equals("PRECEDES"))) {
                    j += 2;
                }
                return j < tokens.size() ? tokens.get(j).getStartIndex() : -1;
            }
        }
        return -1;
    }
}
