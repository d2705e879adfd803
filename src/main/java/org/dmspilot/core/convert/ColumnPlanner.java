package org.dmspilot.core.convert;

import org.dmspilot.model.convert.ConversionOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dmspilot.model.catalog.CheckConstraint;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.Stage;

/** Chooses each column's PostgreSQL type, CHECK and generation; creates the enum types columns share. */
final class ColumnPlanner {
    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "text");

    private final ConversionOptions options;
    private final ExpressionTranslator expressions;
    private final FactsSource facts;
    private final ConversionContext ctx;
    /** Label set → enum type name: identical sets share one type. */
    private final Map<List<String>, String> enumTypes = new LinkedHashMap<>();
    private String currentTable;
    private String currentColumn;
    private String ciCollation;
    private boolean caseSensitiveNoted;

    ColumnPlanner(ConversionOptions options, ExpressionTranslator expressions, FactsSource facts,
            ConversionContext ctx) {
        this.options = options;
        this.expressions = expressions;
        this.facts = facts;
        this.ctx = ctx;
    }

    List<ColumnPlan> plan(Table table) {
        TypeMapper mapper = new TypeMapper(options, this::enumType);
        currentTable = table.name();
        ctx.columnNames(table.name(), table.columns().stream().map(Column::name).toList());
        List<ColumnPlan> plans = new ArrayList<>();
        for (Column c : table.columns()) {
            if (ctx.rules.columnExcluded(ctx.sourceSchema, table.name(), c.name())) {
                continue;
            }
            currentColumn = c.name();
            String object = ctx.object(table.name(), c.name());
            String name = ctx.columnName(table.name(), c.name());
            var override = ctx.rules.typeOverride(ctx.sourceSchema, table.name(), c.name());
            MappedType mapped = override.isPresent() ? MappedType.of(override.get())
                    : isMariaDbJson(table, c) ? MappedType.of("jsonb")
                    : mapper.map(MysqlColumnType.parse(c.columnType()), facts.facts(table.name(), c.name()));
            mapped.notes().forEach(n -> ctx.note(object, n));
            String type = withCollation(mapped.sql(), c, object);
            String generated = null;
            if (c.generated() != null) {
                generated = generation(c, object);
            }
            if (c.invisible()) {
                ctx.note(object, ActionCode.COLUMN_INVISIBLE.note(
                        "Invisible column: PostgreSQL has no invisible columns, so SELECT * now returns it."));
            }
            plans.add(new ColumnPlan(c, name, type, mapped.checkFor(PgNames.quote(name)), generated));
        }
        return plans;
    }

    /** MariaDB's JSON is LONGTEXT with a CHECK (json_valid(col)). */
    static boolean isMariaDbJson(Table table, Column c) {
        return c.dataType().equals("longtext") && table.checks().stream().anyMatch(ch -> isJsonValid(ch, c.name()));
    }

    static boolean isJsonValid(CheckConstraint check, String column) {
        String clause = check.clause().replace("`", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return clause.equals("json_valid(" + column.toLowerCase(Locale.ROOT) + ")");
    }

    private String enumType(List<String> labels) {
        return enumTypes.computeIfAbsent(List.copyOf(labels), l -> {
            String name = ctx.names.claim(PgNames.name(currentTable + "_" + currentColumn));
            String qualified = ctx.qualified(name);
            ctx.emit(Stage.TYPES, ctx.object(currentTable),
                    "CREATE TYPE " + qualified + " AS ENUM (" + TypeMapper.literals(l) + ")");
            return qualified;
        });
    }

    private String withCollation(String type, Column c, String object) {
        String collation = c.collation();
        String base = type.replaceAll("\\(.*", "");
        if (collation == null || !collation.endsWith("_ci") || !TEXT_TYPES.contains(base)) {
            return type;
        }
        return switch (options.caseInsensitive()) {
            case CITEXT -> "citext";
            case ICU_COLLATION -> type + " COLLATE " + ciCollation();
            case IGNORE -> {
                caseSensitiveNote();
                yield type;
            }
        };
    }

    /** Once per schema: with the default option, _ci text becomes case-sensitive, which code may rely on. */
    private void caseSensitiveNote() {
        if (!caseSensitiveNoted) {
            caseSensitiveNoted = true;
            ctx.note(ctx.sourceSchema, ActionCode.COLLATION_CASE_SENSITIVE.note(
                    "Case-insensitive (_ci) text becomes case-sensitive: unique keys, equality, ORDER BY and"
                            + " comparisons in views and routines now tell 'de' from 'DE'."));
        }
    }

    private String ciCollation() {
        if (ciCollation == null) {
            ciCollation = ctx.qualified(ctx.names.claim("ci"));
            ctx.emit(Stage.TYPES, ctx.sourceSchema, "CREATE COLLATION " + ciCollation
                    + " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)");
            ctx.note(ctx.sourceSchema, ActionCode.COLLATION_NONDETERMINISTIC.note(
                    "Case-insensitive columns use a nondeterministic ICU collation; PostgreSQL before 18 refuses"
                            + " LIKE on such columns."));
        }
        return ciCollation;
    }

    private String generation(Column c, String object) {
        if (!c.generated().stored()) {
            ctx.note(object, ActionCode.COLUMN_VIRTUAL_TO_STORED.note(
                    "VIRTUAL generated column becomes STORED (PostgreSQL before 18 has only stored ones)."));
        }
        return expressions.translate(c.generated().expression()).map(t -> {
            t.notes().forEach(n -> ctx.note(object, n));
            return t.sql();
        }).orElseGet(() -> {
            ctx.note(object, ActionCode.COLUMN_GENERATED_EXPRESSION.note(
                    "The generation expression " + c.generated().expression() + " could not be translated; the"
                            + " column is created as a plain column."));
            return null;
        });
    }

    /** Whether any enum or collation statement went out (for tests). */
    int enumTypeCount() {
        return enumTypes.size();
    }
}
