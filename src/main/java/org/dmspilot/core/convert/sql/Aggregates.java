package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.AggregateWindowedFunctionContext;
import io.debezium.ddl.parser.mysql.generated.MySqlParser.OrderByExpressionContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/** Aggregates: GROUP_CONCAT → string_agg, MySQL's population STD/VARIANCE, multi-column COUNT(DISTINCT). */
final class Aggregates {
    /** Aggregate renames (MySQL STD, STDDEV and VARIANCE are the population forms). */
    private static final Map<String, String> RENAMES = Map.of("STD", "stddev_pop", "STDDEV", "stddev_pop",
            "VARIANCE", "var_pop");

    private final ExpressionTranslator t;

    Aggregates(ExpressionTranslator translator) {
        this.t = translator;
    }

    void register() {
        t.on(AggregateWindowedFunctionContext.class, this::aggregate);
    }

    private String aggregate(AggregateWindowedFunctionContext f) {
        String name = f.getChild(0).getText().toUpperCase(Locale.ROOT);
        if (name.equals("GROUP_CONCAT")) {
            return groupConcat(f);
        }
        if (name.equals("COUNT") && f.DISTINCT() != null && f.functionArgs() != null
                && t.arguments(f.functionArgs()).size() > 1) {
            List<ParseTree> args = t.arguments(f.functionArgs());
            String allSet = args.stream().map(a -> t.grouped(a) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            String row = args.stream().map(t::emit).collect(Collectors.joining(", "));
            return "COUNT(DISTINCT CASE WHEN " + allSet + " THEN (" + row + ") END)" + over(f);
        }
        if ((name.equals("SUM") || name.equals("AVG")) && f.functionArg() != null
                && Trees.isBooleanShaped(f.functionArg())) {
            String distinct = f.aggregator != null ? f.aggregator.getText() + " " : "";
            return name + "(" + distinct + "(" + t.emit(f.functionArg()) + ")::integer)" + over(f);
        }
        String rename = RENAMES.get(name);
        if (rename != null) {
            return rename + t.children(f).substring(f.getChild(0).getText().length());
        }
        return null;
    }

    private String over(AggregateWindowedFunctionContext f) {
        return f.overClause() == null ? "" : " " + t.emit(f.overClause());
    }

    /** GROUP_CONCAT([DISTINCT] args [ORDER BY ...] [SEPARATOR s]) → string_agg(..., s [ORDER BY ...]). */
    private String groupConcat(AggregateWindowedFunctionContext f) {
        List<ParseTree> args = t.arguments(f.functionArgs());
        String value = args.size() == 1 ? t.asText(args.get(0))
                : "(" + args.stream().map(t::asText).collect(Collectors.joining(" || ")) + ")";
        String separator = f.separator != null ? Literals.literal(Literals.value(f.separator.getText(), t.mode))
                : "','";
        boolean distinct = f.DISTINCT() != null;
        StringBuilder order = new StringBuilder();
        for (OrderByExpressionContext o : f.orderByExpression()) {
            String expression = t.emit(o.expression());
            if (distinct) {
                boolean sameAsArgument = args.size() == 1 && expression.equals(t.emit(args.get(0)));
                if (!sameAsArgument) {
                    t.findings.add(ActionCode.SQL_GROUP_CONCAT, o,
                            "GROUP_CONCAT(DISTINCT ...) ordered by another expression.");
                }
                expression = value;
            }
            order.append(order.length() == 0 ? " ORDER BY " : ", ").append(expression)
                    .append(o.order != null ? " " + o.order.getText().toUpperCase(Locale.ROOT) : "");
        }
        return "string_agg(" + (distinct ? "DISTINCT " : "") + value + ", " + separator + order + ")";
    }
}
