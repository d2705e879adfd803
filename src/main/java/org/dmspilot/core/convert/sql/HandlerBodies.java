package org.dmspilot.core.convert.sql;

import io.debezium.antlr.CaseChangingCharStream;
import io.debezium.ddl.parser.mysql.generated.MySqlLexer;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * MySQL takes any statement as a handler's body ({@code DECLARE EXIT HANDLER FOR NOT FOUND RETURN NULL}); the
 * grammar only a block or a plain SQL statement. A handler whose body is RETURN, LEAVE or ITERATE gets it wrapped in
 * {@code BEGIN ... END} on the same line, found through the lexer's tokens (strings and comments cannot fool it).
 */
final class HandlerBodies {
    /** Tokens a handler's condition list is made of. */
    private static final Set<Integer> CONDITION_TOKENS = Set.of(MySqlLexer.SQLSTATE, MySqlLexer.VALUE,
            MySqlLexer.STRING_LITERAL, MySqlLexer.DECIMAL_LITERAL, MySqlLexer.NOT, MySqlLexer.FOUND,
            MySqlLexer.SQLWARNING, MySqlLexer.SQLEXCEPTION, MySqlLexer.COMMA, MySqlLexer.ID);
    private static final Set<Integer> COMPOUND_BODIES = Set.of(MySqlLexer.RETURN, MySqlLexer.LEAVE,
            MySqlLexer.ITERATE);

    private HandlerBodies() {
    }

    static String wrapped(String body) {
        MySqlLexer lexer = new MySqlLexer(new CaseChangingCharStream(CharStreams.fromString(body), true));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                .toList();
        StringBuilder out = new StringBuilder(body);
        int shift = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != MySqlLexer.HANDLER || tokens.get(i + 1).getType() != MySqlLexer.FOR) {
                continue;
            }
            int j = i + 2;
            while (j < tokens.size() && CONDITION_TOKENS.contains(tokens.get(j).getType())) {
                j++;
            }
            if (j >= tokens.size() || !COMPOUND_BODIES.contains(tokens.get(j).getType())) {
                continue;
            }
            int end = j;
            int depth = 0;
            while (end < tokens.size() && !(depth == 0 && tokens.get(end).getType() == MySqlLexer.SEMI)) {
                int type = tokens.get(end).getType();
                depth += type == MySqlLexer.LR_BRACKET ? 1 : type == MySqlLexer.RR_BRACKET ? -1 : 0;
                end++;
            }
            if (end >= tokens.size()) {
                continue;
            }
            out.insert(tokens.get(j).getStartIndex() + shift, "BEGIN ");
            shift += "BEGIN ".length();
            out.insert(tokens.get(end).getStopIndex() + 1 + shift, " END;");
            shift += " END;".length();
        }
        return out.toString();
    }
}
