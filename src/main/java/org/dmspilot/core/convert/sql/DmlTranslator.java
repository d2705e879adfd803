package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.dmspilot.core.convert.ActionCode;

/**
 * INSERT (IGNORE, ON DUPLICATE KEY UPDATE, SET form), REPLACE, UPDATE, DELETE and temporary tables inside routines;
 * LAST_INSERT_ID() via RETURNING and ROW_COUNT() via GET DIAGNOSTICS.
 */
final class DmlTranslator {
    private final BodyTranslator body;
    private final ExpressionTranslator x;
    private final RoutineScope scope;

    DmlTranslator(BodyTranslator body) {
        this.body = body;
        this.x = body.x;
        this.scope = body.scope;
        x.on(UpdatedElementContext.class, e -> {
            FullColumnNameContext column = e.fullColumnName();
            String target = column.dottedId().isEmpty() ? x.emit(column)
                    : x.emit(column.dottedId(column.dottedId().size() - 1)).substring(1);
            if (e.DEFAULT() != null) {
                return target + " = DEFAULT";
            }
            String value = x.booleans.assigned(column, e.expression());
            return target + " = " + (value != null ? value : x.emit(e.expression()));
        });
        x.on(ExpressionOrDefaultContext.class, this::insertedValue);
    }

    /** A value in INSERT ... (columns) VALUES (...): 0/1 into a boolean column become false/true. */
    private String insertedValue(ExpressionOrDefaultContext value) {
        if (value.expression() == null || !(value.getParent() instanceof ExpressionsWithDefaultsContext row)
                || !(row.getParent() instanceof InsertStatementValueContext values)
                || !(values.getParent() instanceof InsertStatementContext insert) || insert.fullColumnNameList() == null) {
            return null;
        }
        int position = row.expressionOrDefault().indexOf(value);
        var columns = insert.fullColumnNameList().fullColumnName();
        return position < columns.size() ? x.booleans.assigned(columns.get(position), value.expression()) : null;
    }

    /** The statement's lines, or null when it is not a DML statement handled here. */
    List<String> statement(ParserRuleContext s) {
        List<String> out;
        if (s instanceof InsertStatementContext insert) {
            out = insert(insert);
        } else if (s instanceof ReplaceStatementContext replace) {
            out = replace(replace);
        } else if (s instanceof UpdateStatementContext || s instanceof DeleteStatementContext) {
            out = updateOrDelete((ParserRuleContext) s.getChild(0));
        } else if (s instanceof ColumnCreateTableContext create && create.TEMPORARY() != null) {
            return TemporaryTables.create(x, scope, create);
        } else if (s instanceof DropTableContext drop) {
            return TemporaryTables.drop(x, scope, drop);
        } else {
            return null;
        }
        if (out.size() == 1 && out.get(0).startsWith("RAISE")) {
            return out;
        }
        if (scope.usesRowCount) {
            out.add("GET DIAGNOSTICS " + RoutineScope.ROW_COUNT + " = ROW_COUNT;");
        }
        return out;
    }

    private List<String> insert(InsertStatementContext s) {
        String table = x.emit(s.tableName());
        String columns;
        String values;
        if (s.SET() != null && s.insertStatementValue() == null) {
            List<UpdatedElementContext> sets = s.updatedElement().subList(0, setCount(s));
            columns = " (" + sets.stream().map(e -> x.emit(e.fullColumnName())).collect(Collectors.joining(", "))
                    + ")";
            values = "VALUES (" + sets.stream().map(e -> e.DEFAULT() != null ? "DEFAULT"
                    : Optional.ofNullable(x.booleans.assigned(e.fullColumnName(), e.expression()))
                            .orElseGet(() -> x.emit(e.expression())))
                    .collect(Collectors.joining(", ")) + ")";
        } else {
            typeNulls(s);
            columns = s.fullColumnNameList() != null ? " (" + x.emit(s.fullColumnNameList()) + ")"
                    : s.uidList() != null ? " (" + x.emit(s.uidList()) + ")" : "";
            values = x.emit(s.insertStatementValue()).strip();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + columns + "\n    " + values);
        if (s.DUPLICATE() != null) {
            List<UpdatedElementContext> updates = s.updatedElement().subList(s.SET() != null && s.insertStatementValue()
                    == null ? setCount(s) : 0, s.updatedElement().size());
            conflictTarget(s.tableName(), s).ifPresent(target -> {
                x.valuesAreExcluded = true;
                x.conflictTable = x.emit(s.tableName().fullId().uid(s.tableName().fullId().uid().size() - 1));
                x.conflictSourceAlias = selectedFromAlias(s.insertStatementValue());
                try {
                    sql.append("\n    ON CONFLICT ").append(target).append(" DO UPDATE SET ")
                            .append(updates.stream().map(x::emit).collect(Collectors.joining(", ")));
                } finally {
                    x.valuesAreExcluded = false;
                    x.conflictTable = null;
                    x.conflictSourceAlias = null;
                }
            });
        } else if (s.IGNORE() != null) {
            x.findings.add(ActionCode.ROUTINE_INSERT_IGNORE, s, "INSERT IGNORE became ON CONFLICT DO NOTHING.");
            sql.append("\n    ON CONFLICT DO NOTHING");
        }
        returning(s.tableName(), s.insertStatementValue(), sql);
        return new ArrayList<>(List.of(sql + ";"));
    }

    /**
     * {@code INSERT INTO t (a, b) SELECT x, NULL ...} (also through {@code SELECT * FROM (SELECT x, NULL ...) s},
     * FreeRADIUS): PostgreSQL types a bare NULL of a subquery as text, which a timestamp or number column refuses;
     * each such NULL is cast to its column's type.
     */
    private void typeNulls(InsertStatementContext s) {
        List<String> names = s.fullColumnNameList() != null ? s.fullColumnNameList().fullColumnName().stream()
                .map(c -> StatementTranslator.bare(c)).toList() : s.uidList() != null
                ? s.uidList().uid().stream().map(StatementTranslator::bare).toList() : List.of();
        QuerySpecificationContext query = s.insertStatementValue() == null ? null
                : query(s.insertStatementValue().selectStatement());
        while (query != null && query.selectElements().star != null && query.selectElements().selectElement()
                .isEmpty() && query.fromClause() != null && query.fromClause().tableSources().tableSource().size() == 1
                && query.fromClause().tableSources().tableSource(0) instanceof TableSourceBaseContext base
                && base.tableSourceItem() instanceof SubqueryTableItemContext sub) {
            query = query(sub.selectStatement());
        }
        if (query == null || names.isEmpty()) {
            return;
        }
        String table = StatementTranslator.bare(s.tableName().fullId().uid(s.tableName().fullId().uid().size() - 1));
        List<SelectElementContext> elements = query.selectElements().selectElement();
        for (int i = 0; i < Math.min(elements.size(), names.size()); i++) {
            if (elements.get(i) instanceof SelectExpressionElementContext e && Trees.isNullLiteral(e.expression())) {
                scope.columnType(table, names.get(i)).ifPresent(type -> x.overrides.put(e.expression(),
                        "CAST(NULL AS " + type + ")"));
            }
        }
    }

    /** The one query of a SELECT, also in parentheses; null for a UNION or no SELECT. */
    private static QuerySpecificationContext query(SelectStatementContext select) {
        if (select instanceof SimpleSelectContext simple) {
            return simple.querySpecification();
        }
        QueryExpressionContext expression = select instanceof ParenthesisSelectContext p ? p.queryExpression() : null;
        while (expression != null && expression.querySpecification() == null) {
            expression = expression.queryExpression();
        }
        return expression == null ? null : expression.querySpecification();
    }

    /**
     * The alias of {@code INSERT ... SELECT ... FROM (subquery) alias} (FreeRADIUS's fr_new_data_usage_period): its
     * columns in ON DUPLICATE KEY UPDATE are the rows proposed for insertion, EXCLUDED in PostgreSQL. Null otherwise.
     */
    private static String selectedFromAlias(InsertStatementValueContext value) {
        QuerySpecificationContext query = value == null ? null : query(value.selectStatement());
        if (query == null || query.fromClause() == null) {
            return null;
        }
        var sources = query.fromClause().tableSources().tableSource();
        return sources.size() == 1 && sources.get(0) instanceof TableSourceBaseContext base
                && base.joinPart().isEmpty() && base.tableSourceItem() instanceof SubqueryTableItemContext sub
                && sub.uid() != null ? Identifiers.unquoteMysql(sub.uid().getText()) : null;
    }

    private static int setCount(InsertStatementContext s) {
        int duplicate = s.DUPLICATE() == null ? Integer.MAX_VALUE : s.DUPLICATE().getSymbol().getTokenIndex();
        return (int) s.updatedElement().stream().filter(e -> e.getStart().getTokenIndex() < duplicate).count();
    }

    private List<String> replace(ReplaceStatementContext s) {
        x.findings.add(ActionCode.ROUTINE_REPLACE, s, "REPLACE became INSERT ... ON CONFLICT DO UPDATE.");
        if (s.columns == null) {
            return body.statementsUnsupported(s);
        }
        String table = x.emit(s.tableName());
        List<String> columns = s.columns.uid().stream().map(x::emit).toList();
        Optional<String> target = conflictTarget(s.tableName(), s);
        if (target.isEmpty()) {
            return body.statementsUnsupported(s);
        }
        String sets = columns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return new ArrayList<>(List.of("INSERT INTO " + table + " (" + String.join(", ", columns) + ")\n    "
                + x.emit(s.insertStatementValue()).strip() + "\n    ON CONFLICT " + target.get()
                + " DO UPDATE SET " + sets + ";"));
    }

    /** The key ON CONFLICT targets, in parentheses: the primary key (MySQL fires on any unique key; more than one is flagged). */
    private Optional<String> conflictTarget(TableNameContext tableName, ParserRuleContext at) {
        var keys = scope.tables.keys(scope.schema, StatementTranslator.bare(tableName.fullId().uid(
                tableName.fullId().uid().size() - 1)));
        if (keys.isEmpty() || keys.get().uniqueKeys().isEmpty()) {
            x.findings.add(ActionCode.ROUTINE_UPSERT_KEY, at, "Keys of " + tableName.getText() + " unknown.");
            // no target: PostgreSQL creates the routine, and the statement fails until the key columns are added
            return Optional.of("/* DMS Pilot: ROUTINE-UPSERT-KEY: (key columns of " + tableName.getText() + ") */");
        }
        if (keys.get().uniqueKeys().size() > 1) {
            x.findings.add(ActionCode.ROUTINE_UPSERT_KEYS, at, tableName.getText() + " has "
                    + keys.get().uniqueKeys().size() + " unique keys.");
        }
        return Optional.of("(" + keys.get().uniqueKeys().get(0).stream().map(Identifiers::quote)
                .collect(Collectors.joining(", ")) + ")");
    }

    /** RETURNING the AUTO_INCREMENT column into the variable LAST_INSERT_ID() reads, for single-row inserts. */
    private void returning(TableNameContext tableName, InsertStatementValueContext value, StringBuilder sql) {
        if (!scope.usesLastInsertId) {
            return;
        }
        var keys = scope.tables.keys(scope.schema, StatementTranslator.bare(tableName.fullId().uid(
                tableName.fullId().uid().size() - 1)));
        boolean singleRow = value == null || value.selectStatement() == null
                && value.expressionsWithDefaults().size() == 1;
        if (keys.isPresent() && keys.get().autoIncrementColumn() != null && singleRow) {
            scope.extraDeclarations.putIfAbsent(RoutineScope.LAST_INSERT_ID, "bigint");
            scope.insertIdKnown = true;
            sql.append("\n    RETURNING ").append(Identifiers.quote(keys.get().autoIncrementColumn()))
                    .append(" INTO ").append(RoutineScope.LAST_INSERT_ID);
        }
    }

    private List<String> updateOrDelete(ParserRuleContext s) {
        if (s instanceof SingleUpdateStatementContext u && joinsTables(u.tableSources())) {
            String joined = UpdateJoins.translate(x, u);
            if (joined != null) {
                x.findings.add(ActionCode.ROUTINE_UPDATE_FROM, s, "Multi-table UPDATE became UPDATE ... FROM.");
                return new ArrayList<>(List.of(joined + ";"));
            }
        }
        if (s instanceof MultipleUpdateStatementContext || s instanceof MultipleDeleteStatementContext
                || s instanceof SingleUpdateStatementContext u && joinsTables(u.tableSources())) {
            x.findings.add(ActionCode.ROUTINE_MULTI_TABLE_DML, s, "Multi-table " + s.getStart().getText().toUpperCase(
                    Locale.ROOT) + ".");
            return body.statementsUnsupported(s);
        }
        boolean limited = s instanceof SingleUpdateStatementContext u && (u.limitClause() != null
                || u.orderByClause() != null)
                || s instanceof SingleDeleteStatementContext d && (d.LIMIT() != null || d.orderByClause() != null);
        if (limited) {
            x.findings.add(ActionCode.ROUTINE_DML_LIMIT, s, "UPDATE/DELETE with ORDER BY/LIMIT.");
            return body.statementsUnsupported(s);
        }
        String text = x.emit(s).strip();
        return new ArrayList<>(List.of(text + ";"));
    }

    /** The grammar parses {@code UPDATE a JOIN b ... SET} and {@code UPDATE a, b SET} as a single-table UPDATE. */
    private static boolean joinsTables(TableSourcesContext sources) {
        return sources != null && (sources.tableSource().size() > 1
                || !(sources.tableSource(0) instanceof TableSourceBaseContext base)
                || !base.joinPart().isEmpty());
    }
}
