package org.dmspilot.core.catalog;

import io.debezium.ddl.parser.mariadb.generated.MariaDBLexer;
import io.debezium.ddl.parser.mariadb.generated.MariaDBParser;
import io.debezium.ddl.parser.mysql.generated.MySqlLexer;
import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.sqlparse.ParseLimits;

/**
 * The MySQL and MariaDB ANTLR grammars (from debezium-ddl-parser), parsing one statement at a time. Tries the fast
 * SLL mode first and falls back to full LL only when SLL fails, as ANTLR recommends.
 */
enum SqlGrammar {
    MYSQL, MARIADB;

    /** A syntax error inside a statement, 1-based line and 0-based column relative to the statement. */
    static final class StatementError extends RuntimeException {
        final int line;
        final int column;

        StatementError(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static final BaseErrorListener THROWING = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                int charPositionInLine, String msg, RecognitionException e) {
            throw new StatementError(line, charPositionInLine, msg);
        }
    };

    /** Column types newer than the grammar, each with a known type of the same length to lex it as. */
    private static final java.util.regex.Pattern NEW_TYPES = java.util.regex.Pattern.compile(
            "(?im)^(\\s*`(?:[^`]|``)+`\\s+)(uuid|inet4|inet6)\\b");
    private static final java.util.Map<String, String> STAND_INS = java.util.Map.of("uuid", "text", "inet4", "float",
            "inet6", "float");

    /** MySQL 8.4+'s event clause DISABLE ON REPLICA, which the grammar knows only as DISABLE ON SLAVE. */
    private static final java.util.regex.Pattern ON_REPLICA = java.util.regex.Pattern.compile(
            "(?i)\\bDISABLE\\s+ON\\s+(REPLICA)\\b");

    /**
     * The statement with words the grammar does not know replaced by known ones of the same length (types newer than
     * the grammar, ON REPLICA as ON SLAVE): the lexer reads this view, the tokens keep the original text.
     */
    static String lexerView(String statement) {
        java.util.regex.Matcher m = NEW_TYPES.matcher(statement);
        java.util.regex.Matcher replica = ON_REPLICA.matcher(statement);
        boolean types = m.find();
        boolean onReplica = replica.find();
        if (!types && !onReplica) {
            return statement;
        }
        StringBuilder out = new StringBuilder(statement);
        while (types) {
            out.replace(m.start(2), m.end(2), STAND_INS.get(m.group(2).toLowerCase(java.util.Locale.ROOT)));
            types = m.find();
        }
        while (onReplica) {
            out.replace(replica.start(1), replica.end(1), "SLAVE  ");
            onReplica = replica.find();
        }
        return out.toString();
    }

    /**
     * Parses one statement (no delimiter) into its {@code sqlStatements} tree, within {@link ParseLimits}.
     *
     * @throws ParseLimits.Exceeded when the statement is too large, nested too deep or takes too long
     */
    ParseTree parse(String statement) {
        ParseLimits.checkLength(statement);
        ParseLimits.checkNesting(tokens(statement));
        ParseLimits.Deadline deadline = ParseLimits.deadline();
        try {
            return parse(statement, PredictionMode.SLL, deadline);
        } catch (StatementError | ParseCancellationException e) {
            return parse(statement, PredictionMode.LL, deadline);
        }
    }

    /** The statement's tokens on the default channel (no whitespace or comments), upper-case matching aside. */
    java.util.List<org.antlr.v4.runtime.Token> tokens(String statement) {
        ParseLimits.checkLength(statement);
        java.util.List<org.antlr.v4.runtime.Token> out = new java.util.ArrayList<>();
        for (org.antlr.v4.runtime.Token t : lexer(statement).getAllTokens()) {
            if (t.getChannel() == org.antlr.v4.runtime.Token.DEFAULT_CHANNEL) {
                out.add(t);
            }
        }
        return out;
    }

    private Lexer lexer(String statement) {
        CaseInsensitiveStream chars = new CaseInsensitiveStream(CharStreams.fromString(lexerView(statement)),
                CharStreams.fromString(statement));
        Lexer lexer = this == MYSQL ? new MySqlLexer(chars) : new MariaDBLexer(chars);
        lexer.removeErrorListeners();
        lexer.addErrorListener(THROWING);
        return lexer;
    }

    private ParseTree parse(String statement, PredictionMode mode, ParseLimits.Deadline deadline) {
        Lexer lexer = lexer(statement);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        Parser parser = this == MYSQL ? new MySqlParser(tokens) : new MariaDBParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(THROWING);
        parser.getInterpreter().setPredictionMode(mode);
        ParseLimits.limitTime(parser, deadline);
        return this == MYSQL ? ((MySqlParser) parser).root() : ((MariaDBParser) parser).root();
    }
}
