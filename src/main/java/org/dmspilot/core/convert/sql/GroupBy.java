package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.FullColumnNameContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.GroupByClauseContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.GroupByItemContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.QuerySpecificationContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.SelectElementContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.SelectStatementContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.UidContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/**
 * MySQL accepts a GROUP BY that leaves out columns functionally dependent on the grouped ones (ONLY_FULL_GROUP_BY
 * checks dependency through any unique key and join equality); PostgreSQL only through a grouped primary key. The
 * columns the select list, HAVING and ORDER BY use outside aggregates are added to the GROUP BY: the groups stay the
 * same when they depend on the grouped columns, as MySQL required.
 */
final class GroupBy {
    private GroupBy() {
    }

    static String extended(ExpressionTranslator x, GroupByClauseContext group) {
        if (group.ROLLUP() != null || !(group.getParent() instanceof QuerySpecificationContext query)) {
            return null;
        }
        Set<String> grouped = new LinkedHashSet<>();
        for (GroupByItemContext item : group.groupByItem()) {
            if (Trees.integerLiteral(item.expression()).isPresent()) {
                return null; // GROUP BY 1: positions stay as written
            }
            grouped.add(key(item.expression()));
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (query.selectElements() != null) {
            for (ParseTree e : query.selectElements().children) {
                if (e instanceof SelectElementContext element) {
                    for (int i = 0; i < element.getChildCount(); i++) {
                        if (element.getChild(i) instanceof UidContext alias) {
                            aliases.add(Identifiers.unquoteMysql(alias.getText()).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        Map<String, FullColumnNameContext> used = new LinkedHashMap<>();
        columns(query.selectElements(), used);
        columns(query.havingClause(), used);
        columns(query.orderByClause(), used);
        List<String> extra = new ArrayList<>();
        for (var e : used.entrySet()) {
            boolean alias = e.getValue().dottedId().isEmpty() && aliases.contains(e.getKey());
            if (!grouped.contains(e.getKey()) && !alias) {
                extra.add(x.emit(e.getValue()));
            }
        }
        if (extra.isEmpty()) {
            return null;
        }
        x.findings.add(ActionCode.SQL_GROUP_BY, group, "GROUP BY extended with " + String.join(", ", extra)
                + " (columns MySQL took as functionally dependent on the grouped ones).");
        return x.children(group) + ", " + String.join(", ", extra);
    }

    /** Column references outside aggregates and subqueries. */
    private static void columns(ParseTree tree, Map<String, FullColumnNameContext> out) {
        if (tree == null || tree instanceof SelectStatementContext) {
            return;
        }
        if (tree instanceof FullColumnNameContext column) {
            out.putIfAbsent(key(column), column);
            return;
        }
        if (tree instanceof ParserRuleContext ctx) {
            String name = ctx.getClass().getSimpleName();
            if (name.startsWith("AggregateWindowedFunction") || name.startsWith("NonAggregateWindowedFunction")
                    || name.equals("OverClauseContext")) {
                return;
            }
            for (int i = 0; i < ctx.getChildCount(); i++) {
                columns(ctx.getChild(i), out);
            }
        }
    }

    private static String key(ParseTree tree) {
        ParseTree inner = Trees.unwrap(tree);
        String text = inner.getText().replace("`", "").toLowerCase(Locale.ROOT);
        return text;
    }
}
