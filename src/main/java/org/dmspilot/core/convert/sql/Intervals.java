package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.IntervalTypeContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/** MySQL {@code INTERVAL expr unit} → PostgreSQL interval arithmetic. */
final class Intervals {
    /** Simple units → PostgreSQL interval unit (QUARTER is 3 months). */
    private static final Map<String, String> UNITS = Map.of(
            "MICROSECOND", "microsecond", "SECOND", "second", "MINUTE", "minute", "HOUR", "hour",
            "DAY", "day", "WEEK", "week", "MONTH", "month", "YEAR", "year");

    /** Compound units → the fields their string value holds, in order. */
    private static final Map<String, List<String>> COMPOUND = Map.ofEntries(
            Map.entry("YEAR_MONTH", List.of("years", "months")),
            Map.entry("DAY_HOUR", List.of("days", "hours")),
            Map.entry("DAY_MINUTE", List.of("days", "hours", "minutes")),
            Map.entry("DAY_SECOND", List.of("days", "hours", "minutes", "seconds")),
            Map.entry("HOUR_MINUTE", List.of("hours", "minutes")),
            Map.entry("HOUR_SECOND", List.of("hours", "minutes", "seconds")),
            Map.entry("MINUTE_SECOND", List.of("minutes", "seconds")),
            Map.entry("SECOND_MICROSECOND", List.of("seconds", "microseconds")),
            Map.entry("MINUTE_MICROSECOND", List.of("minutes", "seconds", "microseconds")),
            Map.entry("HOUR_MICROSECOND", List.of("hours", "minutes", "seconds", "microseconds")),
            Map.entry("DAY_MICROSECOND", List.of("days", "hours", "minutes", "seconds", "microseconds")));

    private Intervals() {
    }

    /** The PostgreSQL interval for {@code INTERVAL amount unit}. */
    static String interval(ExpressionTranslator translator, ParseTree amount, IntervalTypeContext unitCtx) {
        return interval(translator, amount, unitCtx, null);
    }

    /** Same, with the unit given as text when it is not an interval-type node (TIMESTAMPADD's first argument). */
    static String interval(ExpressionTranslator translator, ParseTree amount, IntervalTypeContext unitCtx,
            String unitText) {
        String unit = (unitCtx != null ? unitCtx.getText() : unitText).toUpperCase(Locale.ROOT);
        if (unit.equals("QUARTER")) {
            return scaled(translator, amount, "3 months");
        }
        String simple = UNITS.get(unit);
        if (simple != null) {
            return scaled(translator, amount, "1 " + simple);
        }
        List<String> fields = COMPOUND.get(unit);
        if (fields != null && Trees.isStringLiteral(amount, translator.mode)) {
            return "INTERVAL " + Literals.literal(compound(Literals.value(originalString(translator, amount),
                    translator.mode), fields));
        }
        translator.findings.add(ActionCode.SQL_FUNCTION, unitCtx,
                "INTERVAL with unit " + unit + " and a computed value.");
        return "(" + translator.emit(amount) + ")::interval";
    }

    private static String originalString(ExpressionTranslator translator, ParseTree amount) {
        return translator.original((org.antlr.v4.runtime.ParserRuleContext) Trees.unwrap(amount));
    }

    private static String scaled(ExpressionTranslator translator, ParseTree amount, String one) {
        var literal = Trees.integerLiteral(amount);
        if (literal.isPresent()) {
            long n = literal.get();
            String[] parts = one.split(" ");
            long count = Long.parseLong(parts[0]) * n;
            return "INTERVAL '" + count + " " + parts[1] + "'";
        }
        return translator.grouped(amount) + " * INTERVAL '" + one + "'";
    }

    /** MySQL reads compound values right-aligned: '1:2' DAY_SECOND is 1 minute 2 seconds. */
    static String compound(String value, List<String> fields) {
        String trimmed = value.trim();
        boolean negative = trimmed.startsWith("-");
        List<String> numbers = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (char c : trimmed.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (digits.length() > 0) {
                numbers.add(digits.toString());
                digits.setLength(0);
            }
        }
        if (digits.length() > 0) {
            numbers.add(digits.toString());
        }
        int skip = Math.max(0, fields.size() - numbers.size());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < numbers.size() && i < fields.size(); i++) {
            out.append(out.length() == 0 ? "" : " ").append(negative ? "-" : "").append(numbers.get(i)).append(' ')
                    .append(fields.get(skip + i));
        }
        return out.toString();
    }
}
