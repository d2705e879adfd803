package org.dmspilot.core.convert.sql;

import io.debezium.antlr.CaseChangingCharStream;
import io.debezium.ddl.parser.mysql.generated.MySqlLexer;
import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import java.util.function.Function;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.sqlparse.ParseLimits;

/** Parses MySQL/MariaDB text with Debezium's MySQL ANTLR grammar; a syntax error names its line and column. */
final class MysqlParsing {

    /** A parse tree with the token stream it came from (the emitter needs the hidden whitespace tokens). */
    record Parsed<T extends ParserRuleContext>(T tree, CommonTokenStream tokens) {
    }

    /** A syntax error at a place in the parsed text. */
    static class SyntaxError extends DmsPilotException {
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super("MySQL syntax not understood at line " + line + ", column " + (column + 1) + ": "
                    + shortened(message));
            this.line = line;
            this.column = column + 1;
        }

        /**
         * The message with the text's line quoted and a hint, for an action item a person reads: the parser's
         * list of expected tokens (hundreds of keywords) is left out.
         */
        String describe(String text) {
            String quoted = text.lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
            if (quoted.length() > 160) {
                quoted = quoted.substring(0, 157) + "...";
            }
            return getMessage() + (quoted.isEmpty() ? "" : " in: " + quoted) + ". Hint: the grammar does not know"
                    + " this construct here (a MySQL version-specific syntax, or a typo MySQL tolerated); rewrite"
                    + " the line in standard MySQL or convert the object by hand.";
        }

        private static String shortened(String message) {
            int expecting = message.indexOf(" expecting {");
            return expecting < 0 ? message : message.substring(0, expecting);
        }
    }

    private MysqlParsing() {
    }

    /** A text over the {@link ParseLimits}: converted by hand, never a hang. */
    static final class TooComplex extends SyntaxError {
        TooComplex(String message) {
            super(1, 0, message + "; convert this object by hand");
        }
    }

    static <T extends ParserRuleContext> Parsed<T> parse(String text, Function<MySqlParser, T> rule) {
        try {
            ParseLimits.checkLength(text);
            return parseWithin(text, rule);
        } catch (ParseLimits.Exceeded e) {
            throw new TooComplex(e.getMessage());
        }
    }

    private static <T extends ParserRuleContext> Parsed<T> parseWithin(String text, Function<MySqlParser, T> rule) {
        MySqlLexer lexer = new MySqlLexer(new CaseChangingCharStream(CharStreams.fromString(text), true));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        MySqlParser parser = new MySqlParser(tokens);
        BaseErrorListener fail = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg,
                    RecognitionException e) {
                throw new SyntaxError(line, column, msg);
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(fail);
        parser.removeErrorListeners();
        parser.addErrorListener(fail);
        tokens.fill();
        ParseLimits.checkNesting(tokens.getTokens());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        ParseLimits.limitTime(parser, ParseLimits.deadline());
        try {
            return complete(new Parsed<>(rule.apply(parser), tokens));
        } catch (SyntaxError sllFailed) {
            // SLL is fast but can fail on valid input; LL decides for sure
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);  // same deadline as the SLL attempt
            return complete(new Parsed<>(rule.apply(parser), tokens));
        }
    }

    /** A rule other than root may stop early: everything after it must be a semicolon or nothing. */
    private static <T extends ParserRuleContext> Parsed<T> complete(Parsed<T> parsed) {
        var next = parsed.tokens().LT(1);
        if (next.getType() == MySqlLexer.SEMI) {
            parsed.tokens().consume();
            next = parsed.tokens().LT(1);
        }
        if (next.getType() != org.antlr.v4.runtime.Token.EOF) {
            throw new SyntaxError(next.getLine(), next.getCharPositionInLine(),
                    "unexpected '" + next.getText() + "'");
        }
        return parsed;
    }

    /** Parses one statement (anything {@code root} accepts) and returns the first statement. */
    static Parsed<MySqlParser.SqlStatementContext> statement(String text) {
        Parsed<MySqlParser.RootContext> root = parse(text, MySqlParser::root);
        MySqlParser.SqlStatementsContext statements = root.tree().sqlStatements();
        if (statements == null || statements.sqlStatement().isEmpty()) {
            throw new DmsPilotException("No SQL statement found in: " + abbreviate(text));
        }
        return new Parsed<>(statements.sqlStatement(0), root.tokens());
    }

    static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
