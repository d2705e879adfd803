package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.AutoIncrementColumnConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.ColumnConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.ColumnCreateTableContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.ColumnDeclarationContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.ConstraintDeclarationContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.CreateDefinitionContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.DefaultColumnConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.DmlStatementContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.DropTableContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.SelectIntoVariablesContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.SelectStatementContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.IndexColumnNamesContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.IndexDeclarationContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.NullColumnConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.PrimaryKeyColumnConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.PrimaryKeyTableConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.SimpleIndexDeclarationContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.TableNameContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.UniqueKeyColumnConstraintContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.UniqueKeyTableConstraintContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * CREATE TEMPORARY TABLE and DROP [TEMPORARY] TABLE inside a routine. Columns keep NOT NULL, DEFAULT, PRIMARY KEY,
 * UNIQUE and AUTO_INCREMENT; KEY/INDEX definitions become CREATE INDEX statements after the table. A DROP TABLE of a
 * name the body creates as a temporary table drops the temporary table (as in MySQL, where it hides the permanent
 * one): never schema-qualified; any other DROP TABLE drops the schema's table.
 */
final class TemporaryTables {
    private TemporaryTables() {
    }

    static List<String> create(ExpressionTranslator x, RoutineScope scope, ColumnCreateTableContext create) {
        String name = StatementTranslator.bare(create.tableName().fullId().uid(0));
        scope.temporaryTables.add(name);
        String table = Identifiers.quote(name);
        List<String> definitions = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (CreateDefinitionContext definition : create.createDefinitions().createDefinition()) {
            if (definition instanceof ColumnDeclarationContext column) {
                definitions.add(column(x, column));
            } else if (definition instanceof ConstraintDeclarationContext constraint
                    && constraint.tableConstraint() instanceof PrimaryKeyTableConstraintContext pk) {
                definitions.add("PRIMARY KEY " + columns(x, pk.indexColumnNames()));
            } else if (definition instanceof ConstraintDeclarationContext constraint
                    && constraint.tableConstraint() instanceof UniqueKeyTableConstraintContext unique) {
                definitions.add("UNIQUE " + columns(x, unique.indexColumnNames()));
            } else if (definition instanceof IndexDeclarationContext index
                    && index.indexColumnDefinition() instanceof SimpleIndexDeclarationContext simple) {
                indexes.add("CREATE INDEX ON " + table + " " + columns(x, simple.indexColumnNames()) + ";");
            } else {
                definitions.add(x.emit(definition));
            }
        }
        List<String> out = new ArrayList<>();
        if (scope.procedure && readByResultSet(root(create), name)) {
            out.add("DROP TABLE IF EXISTS " + table + "; -- DMS Pilot: left by the previous call (its refcursor read it)");
        }
        out.add("CREATE TEMPORARY TABLE " + (create.ifNotExists() != null ? "IF NOT EXISTS " : "") + table + " ("
                + String.join(", ", definitions) + ");");
        out.addAll(indexes);
        return out;
    }

    private static String column(ExpressionTranslator x, ColumnDeclarationContext column) {
        String type = StatementTranslator.pgType(x.original(column.columnDefinition().dataType()));
        StringBuilder sb = new StringBuilder(x.emit(column.fullColumnName())).append(' ').append(type);
        for (ColumnConstraintContext c : column.columnDefinition().columnConstraint()) {
            if (c instanceof NullColumnConstraintContext n) {
                sb.append(n.nullNotnull().NOT() != null ? " NOT NULL" : " NULL");
            } else if (c instanceof DefaultColumnConstraintContext d) {
                sb.append(" DEFAULT ").append(x.emit(d.defaultValue()));
            } else if (c instanceof PrimaryKeyColumnConstraintContext) {
                sb.append(" PRIMARY KEY");
            } else if (c instanceof UniqueKeyColumnConstraintContext) {
                sb.append(" UNIQUE");
            } else if (c instanceof AutoIncrementColumnConstraintContext) {
                sb.append(" GENERATED BY DEFAULT AS IDENTITY");
            }
        }
        return sb.toString();
    }

    /** {@code (a, b)} of an index; prefix lengths and ASC are dropped (no meaning for the temporary copy). */
    private static String columns(ExpressionTranslator x, IndexColumnNamesContext names) {
        return names.indexColumnName().stream().map(n -> n.uid() != null ? x.emit(n.uid())
                : "(" + x.emit(n.expression()) + ")").collect(Collectors.joining(", ", "(", ")"));
    }

    static List<String> drop(ExpressionTranslator x, RoutineScope scope, DropTableContext drop) {
        List<String> temporary = new ArrayList<>();
        collectTemporary(root(drop), temporary);
        List<String> names = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        for (TableNameContext t : drop.tables().tableName()) {
            String bare = StatementTranslator.bare(t.fullId().uid(0));
            boolean qualifiedByUser = t.fullId().uid().size() > 1 || t.fullId().DOT_ID() != null;
            if (!qualifiedByUser && scope.cursorTables.contains(bare) && temporary.contains(bare)) {
                deferred.add(bare);
            } else if (!qualifiedByUser && (drop.TEMPORARY() != null || temporary.contains(bare))) {
                scope.temporaryTables.add(bare);
                names.add(Identifiers.quote(bare));
            } else {
                names.add(x.emit(t));
            }
        }
        List<String> out = new ArrayList<>();
        deferred.forEach(name -> out.add("-- DMS Pilot: DROP TABLE " + name + " waits: a returned refcursor still"
                + " reads it (the next CREATE TEMPORARY TABLE " + name + " drops it)"));
        if (!names.isEmpty()) {
            out.add("DROP TABLE " + (drop.ifExists() != null ? "IF EXISTS " : "") + String.join(", ", names) + ";");
        }
        return out;
    }

    /** The bare names of the tables a query reads. */
    static List<String> tablesRead(ParseTree query) {
        List<TableNameContext> names = new ArrayList<>();
        StatementTranslator.collect(query, TableNameContext.class, names);
        return names.stream().map(t -> StatementTranslator.bare(t.fullId().uid(t.fullId().uid().size() - 1)))
                .toList();
    }

    /** True when a SELECT that returns rows to the caller (a refcursor here) reads the table. */
    private static boolean readByResultSet(ParseTree tree, String table) {
        if (tree instanceof SelectStatementContext select && select.getParent() instanceof DmlStatementContext) {
            List<SelectIntoVariablesContext> into = new ArrayList<>();
            StatementTranslator.collect(select, SelectIntoVariablesContext.class, into);
            return into.isEmpty() && tablesRead(select).contains(table);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (readByResultSet(tree.getChild(i), table)) {
                return true;
            }
        }
        return false;
    }

    private static ParseTree root(ParserRuleContext at) {
        ParserRuleContext top = at;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    private static void collectTemporary(ParseTree tree, List<String> out) {
        if (tree instanceof ColumnCreateTableContext create && create.TEMPORARY() != null) {
            out.add(StatementTranslator.bare(create.tableName().fullId().uid(0)));
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collectTemporary(tree.getChild(i), out);
        }
    }
}
