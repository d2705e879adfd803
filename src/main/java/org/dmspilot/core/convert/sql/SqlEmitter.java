package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlLexer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Re-emits a parse tree as text: every node is emitted as its children with the original whitespace and comments
 * between them, unless a rule registered for its context class writes something else. Subclasses register rules.
 */
class SqlEmitter {
    final CommonTokenStream tokens;
    final SqlMode mode;
    final Findings findings;
    private final Map<Class<?>, Function<ParserRuleContext, String>> rules = new HashMap<>();

    SqlEmitter(CommonTokenStream tokens, SqlMode mode, Findings findings) {
        this.tokens = tokens;
        this.mode = mode;
        this.findings = findings;
    }

    /** Registers how one context class is written; a rule may return null to fall back to its children. */
    @SuppressWarnings("unchecked")
    final <T extends ParserRuleContext> void on(Class<T> type, Function<T, String> rule) {
        rules.put(type, ctx -> rule.apply((T) ctx));
    }

    /** Texts decided for single nodes of the tree being translated, written instead of the node. */
    final java.util.Map<ParseTree, String> overrides = new java.util.IdentityHashMap<>();

    String emit(ParseTree tree) {
        if (tree == null) {
            return "";
        }
        String decided = overrides.get(tree);
        if (decided != null) {
            return decided;
        }
        if (tree instanceof TerminalNode terminal) {
            return terminal(terminal);
        }
        ParserRuleContext ctx = (ParserRuleContext) tree;
        Function<ParserRuleContext, String> rule = rules.get(ctx.getClass());
        if (rule != null) {
            String out = rule.apply(ctx);
            if (out != null) {
                return out;
            }
        }
        return children(ctx);
    }

    /** The children of a node, each emitted, with the original whitespace and comments between them. */
    final String children(ParserRuleContext ctx) {
        return join(ctx.children == null ? List.of() : ctx.children);
    }

    /** Emits a run of sibling trees with the original text between them. */
    final String join(List<? extends ParseTree> trees) {
        StringBuilder out = new StringBuilder();
        int previousStop = -1;
        for (ParseTree child : trees) {
            Interval span = child.getSourceInterval();
            if (span.a > span.b) {
                continue;
            }
            int before = out.length();
            if (previousStop >= 0 && span.a > previousStop + 1) {
                out.append(gap(previousStop + 1, span.a - 1));
            }
            String emitted = emit(child);
            if (emitted.isEmpty()) {
                out.setLength(before); // a dropped clause takes the space before it along
            }
            out.append(emitted);
            previousStop = span.b;
        }
        return out.toString();
    }

    /** The hidden tokens between two visible ones: whitespace kept, {@code #} comments made {@code --}. */
    final String gap(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                continue; // a token of a dropped or replaced node
            }
            String text = token.getText();
            if (text.startsWith("#")) {
                text = "--" + text.substring(1);
            } else if (text.startsWith("/*!")) {
                text = "";
            }
            out.append(text);
        }
        return out.length() == 0 ? " " : out.toString();
    }

    String terminal(TerminalNode node) {
        Token token = node.getSymbol();
        String text = token.getText();
        return switch (token.getType()) {
            case MySqlLexer.STRING_LITERAL -> quoted(text);
            case MySqlLexer.DOT_ID -> "." + Identifiers.quote(Identifiers.unquoteMysql(text.substring(1)));
            case MySqlLexer.ID -> Identifiers.quote(text);
            case MySqlLexer.EOF -> "";
            default -> text;
        };
    }

    /** A quoted MySQL token: a string literal, or an identifier in backticks (or double quotes with ANSI_QUOTES). */
    final String quoted(String text) {
        if (Literals.isString(text, mode)) {
            return Literals.literal(Literals.value(text, mode));
        }
        return Identifiers.quote(Identifiers.unquoteMysql(text));
    }

    /** The original text of a node (no translation), e.g. for messages. */
    final String original(ParserRuleContext ctx) {
        if (ctx.getStart() == null || ctx.getStop() == null || ctx.getStop().getTokenIndex() < 0) {
            return "";
        }
        return tokens.getText(ctx.getStart(), ctx.getStop());
    }
}
