package org.dmspilot.core.convert.sql;

import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/**
 * One function call being rewritten: its lower-case name, its argument trees, and the translator to emit them.
 */
record Call(String name, List<ParseTree> args, ParserRuleContext at, ExpressionTranslator translator) {

    int size() {
        return args.size();
    }

    /** Argument i, translated. */
    String arg(int i) {
        return translator.emit(args.get(i));
    }

    /** Argument i, translated and cast to text unless it is a string literal. */
    String text(int i) {
        return translator.asText(args.get(i));
    }

    /** Argument i in parentheses unless it is an atom. */
    String grouped(int i) {
        return translator.grouped(args.get(i));
    }

    /** All arguments from {@code from}, translated, comma separated. */
    String all(int from) {
        return args.subList(from, args.size()).stream().map(translator::emit).collect(Collectors.joining(", "));
    }

    boolean isStringLiteral(int i) {
        return Trees.isStringLiteral(args.get(i), translator.mode);
    }

    /** The value of a string-literal argument. */
    String stringValue(int i) {
        ParseTree inner = Trees.unwrap(args.get(i));
        if (inner instanceof io.debezium.ddl.parser.mysql.generated.MySqlParser.StringLiteralContext literal) {
            return translator.literalValue(literal);
        }
        return Literals.value(translator.original((ParserRuleContext) inner), translator.mode);
    }

    /**
     * Arguments translated; when strings are mixed with other values, the others are cast to text. Strings that
     * hold a number ({@code CASE WHEN n = 0 THEN '0' ELSE a / n END}, RosarioSIS) are left as literals: PostgreSQL
     * gives them the other values' type, where a text result could not be stored in a number column as MySQL does.
     */
    List<String> unified() {
        boolean anyString = args.stream().anyMatch(a -> Trees.isStringLiteral(a, translator.mode)
                && !holdsNumber(a));
        boolean allStrings = args.stream().allMatch(a -> Trees.isStringLiteral(a, translator.mode)
                || Trees.isNullLiteral(a));
        return args.stream().map(a -> anyString && !allStrings && !Trees.isNullLiteral(a) ? translator.asText(a)
                : translator.emit(a)).toList();
    }

    private boolean holdsNumber(ParseTree literal) {
        if (!(Trees.unwrap(literal) instanceof io.debezium.ddl.parser.mysql.generated.MySqlParser.StringLiteralContext s)
                || s.STRING_LITERAL().size() != 1) {
            return false;
        }
        return Literals.value(s.STRING_LITERAL(0).getText(), translator.mode).strip()
                .matches("[-+]?[0-9]+(\\.[0-9]+)?");
    }

    void flag(ActionCode code, String message) {
        translator.findings.add(code, at, message);
    }
}
