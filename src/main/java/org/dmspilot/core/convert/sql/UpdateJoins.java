package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.AtomTableItemContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.FullColumnNameContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.InnerJoinContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.JoinPartContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.JoinSpecContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.SingleUpdateStatementContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.TableSourceBaseContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.TableSourceContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.UidContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.UpdatedElementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL's UPDATE over joined tables that sets columns of the first table only ({@code UPDATE t a JOIN (SELECT ...) x
 * ON ... SET a.c = x.c}, {@code UPDATE t a INNER JOIN u b USING (k) SET ...}, {@code UPDATE t, u SET t.c = u.c WHERE
 * ...}) as PostgreSQL's {@code UPDATE t a SET c = x.c FROM ... WHERE <join conditions> AND <where>}. Other shapes
 * (outer joins, columns of several tables set, ORDER BY/LIMIT) are left to the caller's action item.
 */
final class UpdateJoins {
    private UpdateJoins() {
    }

    /** The PostgreSQL statement (no semicolon), or null when the UPDATE has a shape not handled here. */
    static String translate(ExpressionTranslator x, SingleUpdateStatementContext u) {
        if (u.orderByClause() != null || u.limitClause() != null || u.uid() != null) {
            return null;
        }
        List<TableSourceContext> sources = u.tableSources().tableSource();
        if (!(sources.get(0) instanceof TableSourceBaseContext first)
                || !(first.tableSourceItem() instanceof AtomTableItemContext target)) {
            return null;
        }
        String targetName = target.uid() != null ? name(target.uid())
                : name(target.tableName().fullId().uid(target.tableName().fullId().uid().size() - 1));
        for (UpdatedElementContext set : u.updatedElement()) {
            if (!setsTarget(set.fullColumnName(), targetName)) {
                return null;
            }
        }
        List<String> from = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (JoinPartContext part : first.joinPart()) {
            if (!(part instanceof InnerJoinContext join) || join.LATERAL() != null || join.joinSpec().size() > 1) {
                return null;
            }
            from.add(x.emit(join.tableSourceItem()));
            for (JoinSpecContext spec : join.joinSpec()) {
                where.add(spec.ON() != null ? "(" + x.condition(spec.expression()) + ")"
                        : using(x, spec, targetName, join));
            }
        }
        if (where.contains(null)) {
            return null;
        }
        sources.subList(1, sources.size()).forEach(s -> from.add(x.emit(s)));
        if (u.expression() != null) {
            where.add("(" + x.condition(u.expression()) + ")");
        }
        List<String> sets = u.updatedElement().stream().map(x::emit).toList();
        return "UPDATE " + x.emit(target) + "\n    SET " + String.join(", ", sets) + "\n    FROM "
                + String.join(", ", from) + (where.isEmpty() ? "" : "\n    WHERE " + String.join(" AND ", where));
    }

    /** {@code USING (k, ...)} between the updated table and a named table: {@code t.k = u.k AND ...}. */
    private static String using(ExpressionTranslator x, JoinSpecContext spec, String targetName,
            InnerJoinContext join) {
        if (!(join.tableSourceItem() instanceof AtomTableItemContext other)) {
            return null;
        }
        String otherName = other.uid() != null ? name(other.uid())
                : name(other.tableName().fullId().uid(other.tableName().fullId().uid().size() - 1));
        List<String> equal = new ArrayList<>();
        for (UidContext column : spec.uidList().uid()) {
            String c = Identifiers.quote(name(column));
            equal.add(Identifiers.quote(targetName) + "." + c + " = " + Identifiers.quote(otherName) + "." + c);
        }
        return "(" + String.join(" AND ", equal) + ")";
    }

    private static boolean setsTarget(FullColumnNameContext column, String targetName) {
        if (column.dottedId().isEmpty()) {
            return true;
        }
        String qualifier = column.dottedId().size() == 1 ? column.uid().getText()
                : column.dottedId(column.dottedId().size() - 2).getText().substring(1);
        return Identifiers.unquoteMysql(qualifier).equalsIgnoreCase(targetName);
    }

    private static String name(UidContext uid) {
        return Identifiers.unquoteMysql(uid.getText()).toLowerCase(Locale.ROOT);
    }
}
