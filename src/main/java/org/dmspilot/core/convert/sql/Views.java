package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.SelectStatementContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.TableNameContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/** CREATE VIEW translation and the order views must be created in. */
final class Views {
    private Views() {
    }

    static ConvertedSql convert(ViewSource view, TableLookup tables) {
        Findings findings = new Findings(view.qualifiedName(), 0);
        String target = Identifiers.relation(view.schema(), view.name(),
                tables.relationName(view.schema(), view.name()));
        SqlMode mode = SqlMode.parse(view.sqlMode());
        try {
            var parsed = MysqlParsing.statement(view.definition());
            SelectStatementContext select = select(parsed.tree());
            NameScope scope = new NameScope() {
                @Override
                public String tableSchema(String table) {
                    return view.schema();
                }

                @Override
                public String functionSchema(String name) {
                    return functionType(name).isPresent() ? view.schema() : null;
                }

                @Override
                public Optional<String> relationName(String schema, String relation) {
                    return tables.relationName(schema, relation);
                }

                @Override
                public Optional<String> functionType(String name) {
                    return tables.functionReturnType(view.schema(), name);
                }

                @Override
                public Optional<String> columnType(String table, String column) {
                    return tables.columnType(view.schema(), table, column);
                }
            };
            ExpressionTranslator translator = new ExpressionTranslator(parsed.tokens(), mode, findings, scope);
            String check = view.checkOption() == null || view.checkOption().equalsIgnoreCase("NONE") ? ""
                    : "\nWITH " + view.checkOption().toUpperCase(Locale.ROOT) + " CHECK OPTION";
            String sql = "CREATE OR REPLACE VIEW " + target + " AS\n" + translator.emit(select).strip() + check + ";\n";
            return new ConvertedSql(view.qualifiedName(), Comments.annotate(sql, findings), findings.items());
        } catch (MysqlParsing.SyntaxError e) {
            findings.add(ActionCode.SQL_PARSE, e.line, e.column - 1, e.describe(view.definition()));
            return new ConvertedSql(view.qualifiedName(), Comments.notConverted(view.definition(), e.getMessage()),
                    findings.items());
        }
    }

    private static SelectStatementContext select(MySqlParser.SqlStatementContext statement) {
        if (statement.ddlStatement() != null && statement.ddlStatement().createView() != null) {
            return statement.ddlStatement().createView().selectStatement();
        }
        if (statement.dmlStatement() != null && statement.dmlStatement().selectStatement() != null) {
            return statement.dmlStatement().selectStatement();
        }
        throw new MysqlParsing.SyntaxError(1, 0, "a view definition must be a SELECT");
    }

    /** Views ordered so that each comes after the views it reads; otherwise the input order is kept. */
    static List<ViewSource> order(List<ViewSource> views) {
        Map<String, ViewSource> byName = new LinkedHashMap<>();
        views.forEach(v -> byName.put(key(v.schema(), v.name()), v));
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        for (ViewSource view : views) {
            Set<String> references = new LinkedHashSet<>();
            try {
                collectTables(MysqlParsing.statement(view.definition()).tree(), view.schema(), references);
            } catch (MysqlParsing.SyntaxError e) {
                // unreadable: no known dependencies; its conversion reports the error
            }
            references.retainAll(byName.keySet());
            references.remove(key(view.schema(), view.name()));
            dependsOn.put(key(view.schema(), view.name()), references);
        }
        List<ViewSource> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : byName.keySet()) {
            visit(name, byName, dependsOn, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String name, Map<String, ViewSource> byName, Map<String, Set<String>> dependsOn,
            Set<String> done, Set<String> visiting, List<ViewSource> ordered) {
        if (done.contains(name) || !visiting.add(name)) {
            return; // done, or a cycle (MySQL forbids them; keep going)
        }
        for (String dependency : dependsOn.get(name)) {
            visit(dependency, byName, dependsOn, done, visiting, ordered);
        }
        visiting.remove(name);
        done.add(name);
        ordered.add(byName.get(name));
    }

    private static void collectTables(ParseTree tree, String defaultSchema, Set<String> out) {
        if (tree instanceof TableNameContext table) {
            List<String> parts = Identifiers.parts(table.fullId());
            out.add(parts.size() == 1 ? key(defaultSchema, parts.get(0)) : key(parts.get(0), parts.get(1)));
            return;
        }
        if (tree instanceof ParserRuleContext ctx && ctx.children != null) {
            ctx.children.forEach(c -> collectTables(c, defaultSchema, out));
        }
    }

    /** Schema names ignore case; table and view names do not (lower_case_table_names = 0: {@code Vw}, {@code vw}). */
    private static String key(String schema, String name) {
        return schema.toLowerCase(Locale.ROOT) + "." + name;
    }
}
