package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * tinyint(1) columns the table conversion turned into boolean: MySQL code compares and fills them with integers
 * ({@code is_active = 1}, {@code VALUES (..., 0)}), which PostgreSQL refuses ({@code boolean = integer}). Column
 * references are resolved against the tables of the enclosing statement (aliases included) through
 * {@link NameScope#columnType}; 0/1 literals become {@code true}/{@code false}, other integers and integer variables
 * meet the column as {@code col::integer}.
 */
final class BooleanColumns {
    private final ExpressionTranslator x;

    BooleanColumns(ExpressionTranslator x) {
        this.x = x;
    }

    /** A comparison of a boolean column with an integer, translated; null when it is not one. */
    String comparison(BinaryComparisonPredicateContext c) {
        boolean leftBoolean = isBooleanColumn(c.left);
        boolean rightBoolean = isBooleanColumn(c.right);
        if (leftBoolean == rightBoolean) {
            return null;
        }
        ParseTree column = leftBoolean ? c.left : c.right;
        ParseTree other = leftBoolean ? c.right : c.left;
        Optional<String> otherSide = integerSide(other, equality(c.comparisonOperator()));
        if (otherSide.isEmpty()) {
            return null;
        }
        boolean asInteger = !otherSide.get().equals("true") && !otherSide.get().equals("false");
        String columnSide = asInteger ? x.emit(column) + "::integer" : x.emit(column);
        String op = x.emit(c.comparisonOperator());
        return leftBoolean ? columnSide + " " + op + " " + otherSide.get()
                : otherSide.get() + " " + op + " " + columnSide;
    }

    /** A value assigned to a column (INSERT, UPDATE SET): 0/1 become false/true for a boolean column. */
    String assigned(FullColumnNameContext column, ParseTree value) {
        if (!isBoolean(column)) {
            return null;
        }
        Optional<Long> literal = Trees.integerLiteral(value);
        if (literal.isPresent()) {
            return literal.get() != 0 ? "true" : "false";
        }
        if (isIntegerVariable(value)) {
            return "(" + x.emit(value) + " <> 0)";
        }
        return null;
    }

    private static boolean equality(ComparisonOperatorContext op) {
        String text = op.getText();
        return text.equals("=") || text.equals("<>") || text.equals("!=") || text.equals("<=>");
    }

    /** The other side of the comparison: true/false for a 0/1 literal under (in)equality, else integer text. */
    private Optional<String> integerSide(ParseTree other, boolean equality) {
        Optional<Long> literal = Trees.integerLiteral(other);
        if (literal.isPresent()) {
            long v = literal.get();
            return Optional.of(equality && (v == 0 || v == 1) ? (v == 1 ? "true" : "false") : x.emit(other));
        }
        return isIntegerVariable(other) ? Optional.of(x.emit(other)) : Optional.empty();
    }

    private boolean isIntegerVariable(ParseTree tree) {
        return Trees.bareName(tree).flatMap(x.scope::variableType)
                .map(t -> t.startsWith("smallint") || t.startsWith("integer") || t.startsWith("bigint")
                        || t.startsWith("int"))
                .orElse(false);
    }

    private boolean isBooleanColumn(ParseTree tree) {
        return Trees.unwrap(tree) instanceof FullColumnNameContext column && isBoolean(column);
    }

    private boolean isBoolean(FullColumnNameContext column) {
        return type(column).map(t -> t.equals("boolean")).orElse(false);
    }

    /** The target type of a column reference, resolved against the statements around it. */
    Optional<String> type(FullColumnNameContext column) {
        List<String> parts = new ArrayList<>();
        parts.add(Identifiers.unquoteMysql(column.uid().getText()));
        column.dottedId().forEach(d -> parts.add(Identifiers.unquoteMysql(d.getText().substring(1))));
        String name = parts.get(parts.size() - 1);
        String qualifier = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        if (qualifier == null && x.scope.variableType(name.toLowerCase(Locale.ROOT)).isPresent()) {
            return Optional.empty();
        }
        if (qualifier != null && x.scope.inTrigger() && (qualifier.equalsIgnoreCase("NEW")
                || qualifier.equalsIgnoreCase("OLD"))) {
            return x.scope.triggerTable().flatMap(t -> x.scope.columnType(t, name));
        }
        for (ParserRuleContext at = column.getParent(); at != null; at = at.getParent()) {
            List<String[]> tables = tablesOf(at);
            List<String> found = new ArrayList<>();
            for (String[] table : tables) {
                if (qualifier == null || qualifier.equalsIgnoreCase(table[1])) {
                    x.scope.columnType(table[0], name).ifPresent(found::add);
                }
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            if (!found.isEmpty() || qualifier != null && tables.stream().anyMatch(t -> qualifier
                    .equalsIgnoreCase(t[1]))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The tables (name, alias) a statement node brings into scope. */
    private static List<String[]> tablesOf(ParserRuleContext at) {
        List<String[]> out = new ArrayList<>();
        if (at instanceof QuerySpecificationContext q && q.fromClause() != null) {
            collect(q.fromClause().tableSources(), out);
        } else if (at instanceof QuerySpecificationNointoContext q && q.fromClause() != null) {
            collect(q.fromClause().tableSources(), out);
        } else if (at instanceof SingleUpdateStatementContext u) {
            collect(u.tableSources(), out);
        } else if (at instanceof SingleDeleteStatementContext d) {
            out.add(table(d.tableName(), d.uid()));
        } else if (at instanceof InsertStatementContext i) {
            out.add(table(i.tableName(), null));
        }
        return out;
    }

    private static void collect(ParseTree tree, List<String[]> out) {
        if (tree instanceof AtomTableItemContext atom) {
            out.add(table(atom.tableName(), atom.alias != null ? atom.alias : atom.uid()));
        } else if (tree instanceof ParserRuleContext ctx && ctx.children != null
                && !(tree instanceof SubqueryTableItemContext) && !(tree instanceof ExpressionContext)) {
            ctx.children.forEach(c -> collect(c, out));
        }
    }

    private static String[] table(TableNameContext name, UidContext alias) {
        var uids = name.fullId().uid();
        String table = name.fullId().DOT_ID() != null ? name.fullId().DOT_ID().getText().substring(1)
                : uids.get(uids.size() - 1).getText();
        table = Identifiers.unquoteMysql(table);
        boolean realAlias = alias != null && !ExpressionTranslator.isJoinKeywordAlias(alias);
        return new String[] {table, realAlias ? Identifiers.unquoteMysql(alias.getText()) : table};
    }
}
