package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Questions about the shape of an expression tree (no types: shapes only). */
final class Trees {
    /** Wrappers that only pass one child through. */
    private static final Set<Class<?>> WRAPPERS = Set.of(MySqlParser.PredicateExpressionContext.class,
            MySqlParser.ExpressionAtomPredicateContext.class, MySqlParser.ConstantExpressionAtomContext.class,
            MySqlParser.FullColumnNameExpressionAtomContext.class, MySqlParser.FunctionCallExpressionAtomContext.class,
            MySqlParser.MysqlVariableExpressionAtomContext.class, MySqlParser.FunctionArgContext.class,
            MySqlParser.ExpressionOrDefaultContext.class);

    /** Predicates and expressions whose value is a boolean in PostgreSQL. */
    private static final Set<Class<?>> BOOLEAN_SHAPES = Set.of(MySqlParser.BinaryComparisonPredicateContext.class,
            MySqlParser.InPredicateContext.class, MySqlParser.IsNullPredicateContext.class,
            MySqlParser.BetweenPredicateContext.class, MySqlParser.LikePredicateContext.class,
            MySqlParser.RegexpPredicateContext.class, MySqlParser.LogicalExpressionContext.class,
            MySqlParser.NotExpressionContext.class, MySqlParser.IsExpressionContext.class,
            MySqlParser.ExistsExpressionAtomContext.class, MySqlParser.SubqueryComparisonPredicateContext.class,
            MySqlParser.BooleanLiteralContext.class);

    private Trees() {
    }

    /** The innermost node under single-child wrappers (and parentheses around one expression). */
    static ParseTree unwrap(ParseTree tree) {
        ParseTree current = tree;
        while (true) {
            if (current instanceof MySqlParser.NestedExpressionAtomContext nested && nested.expression().size() == 1) {
                current = nested.expression(0);
            } else if (current instanceof ParserRuleContext ctx && WRAPPERS.contains(ctx.getClass())
                    && ctx.getChildCount() == 1) {
                current = ctx.getChild(0);
            } else if (current instanceof MySqlParser.ConstantContext c && c.getChildCount() == 1
                    && c.getChild(0) instanceof ParserRuleContext) {
                current = c.getChild(0);
            } else {
                return current;
            }
        }
    }

    /** A string literal (after wrappers); with ANSI_QUOTES a double-quoted token is a name, not a string. */
    static boolean isStringLiteral(ParseTree tree, SqlMode mode) {
        ParseTree inner = unwrap(tree);
        if (inner instanceof MySqlParser.StringLiteralContext s) {
            return s.STRING_LITERAL().isEmpty() || Literals.isString(s.STRING_LITERAL(0).getText(), mode)
                    || s.START_NATIONAL_STRING_LITERAL() != null;
        }
        if (inner instanceof MySqlParser.FullColumnNameContext column && column.dottedId().isEmpty()) {
            return Literals.isString(column.uid().getText(), mode) && !column.uid().getText().startsWith("`");
        }
        return false;
    }

    static boolean isNullLiteral(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        return inner instanceof MySqlParser.ConstantContext c && c.nullLiteral != null && c.NOT() == null;
    }

    /** An integer literal's value (with a sign), if the tree is one. */
    static Optional<Long> integerLiteral(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        boolean negative = false;
        if (inner instanceof MySqlParser.UnaryExpressionAtomContext unary
                && unary.unaryOperator().MINUS() != null) {
            negative = true;
            inner = unwrap(unary.expressionAtom());
        }
        if (inner instanceof MySqlParser.ConstantContext c && c.MINUS() != null && c.decimalLiteral() != null) {
            negative = true;
            inner = c.decimalLiteral();
        }
        if (inner instanceof MySqlParser.DecimalLiteralContext d) {
            try {
                long value = Long.parseLong(d.getText());
                return Optional.of(negative ? -value : value);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when PostgreSQL will see a boolean: comparisons, AND/OR/NOT, IS, IN, LIKE, EXISTS, TRUE/FALSE. */
    static boolean isBooleanShaped(ParseTree tree) {
        return BOOLEAN_SHAPES.contains(unwrap(tree).getClass());
    }

    /** A column, variable or call: safe to follow with {@code ::type} without parentheses. */
    static boolean isAtom(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        return inner instanceof MySqlParser.FullColumnNameContext || inner instanceof MySqlParser.FunctionCallContext
                || inner instanceof MySqlParser.MysqlVariableContext || inner instanceof TerminalNode
                || inner instanceof MySqlParser.DecimalLiteralContext
                || inner instanceof MySqlParser.StringLiteralContext;
    }

    /** The bare name when the tree is an unqualified column (or variable) reference. */
    static Optional<String> bareName(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        if (inner instanceof MySqlParser.FullColumnNameContext column && column.dottedId().isEmpty()
                && !column.uid().getText().startsWith("'")) {
            return Optional.of(Identifiers.unquoteMysql(column.uid().getText()).toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }
}
