package org.dmspilot.core.convert.sql;

import static org.dmspilot.core.convert.sql.Rewrite.byArity;
import static org.dmspilot.core.convert.sql.Rewrite.fixed;
import static org.dmspilot.core.convert.sql.Rewrite.template;
import static org.dmspilot.core.convert.sql.Rewrite.unsupported;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.IntervalExpressionAtomContext;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.convert.ActionCode;

/**
 * Rewrite table: date and time functions. MySQL DATETIME values are PostgreSQL {@code timestamp} (without time
 * zone), so "now" is {@code LOCALTIMESTAMP(0)} (MySQL's NOW() has no fractional seconds).
 */
final class DateFunctions {
    private DateFunctions() {
    }

    /** TIMESTAMPDIFF units measured in seconds. */
    private static final Map<String, Integer> SECONDS = Map.of("SECOND", 1, "MINUTE", 60, "HOUR", 3600,
            "DAY", 86400, "WEEK", 604800);

    static final Map<String, Rewrite> TABLE = Map.ofEntries(
            Map.entry("now", c -> c.size() == 0 ? "LOCALTIMESTAMP(0)" : "LOCALTIMESTAMP(" + c.arg(0) + ")"),
            Map.entry("current_timestamp", c -> c.size() == 0 ? "LOCALTIMESTAMP(0)"
                    : "LOCALTIMESTAMP(" + c.arg(0) + ")"),
            Map.entry("localtime", fixed("LOCALTIMESTAMP(0)")),
            Map.entry("localtimestamp", fixed("LOCALTIMESTAMP(0)")),
            Map.entry("sysdate", fixed("clock_timestamp()::timestamp(0)")),
            Map.entry("curdate", fixed("CURRENT_DATE")),
            Map.entry("current_date", fixed("CURRENT_DATE")),
            Map.entry("curtime", fixed("LOCALTIME(0)")),
            Map.entry("current_time", fixed("LOCALTIME(0)")),
            Map.entry("utc_timestamp", fixed("(now() AT TIME ZONE 'UTC')::timestamp(0)")),
            Map.entry("utc_date", fixed("(now() AT TIME ZONE 'UTC')::date")),
            Map.entry("utc_time", fixed("(now() AT TIME ZONE 'UTC')::time(0)")),
            Map.entry("date", c -> "CAST(" + c.arg(0) + " AS date)"),
            Map.entry("time", c -> "CAST(" + c.arg(0) + " AS time)"),
            Map.entry("year", c -> extract("year", c)),
            Map.entry("month", c -> extract("month", c)),
            Map.entry("day", c -> extract("day", c)),
            Map.entry("dayofmonth", c -> extract("day", c)),
            Map.entry("hour", c -> extract("hour", c)),
            Map.entry("minute", c -> extract("minute", c)),
            Map.entry("second", c -> "floor(EXTRACT(second FROM " + timestamp(c, 0) + "))::integer"),
            Map.entry("quarter", c -> extract("quarter", c)),
            Map.entry("dayofyear", c -> extract("doy", c)),
            Map.entry("dayofweek", c -> "(" + extract("dow", c) + " + 1)"),
            Map.entry("weekday", c -> "(" + extract("isodow", c) + " - 1)"),
            Map.entry("week", c -> c.size() == 2 && Trees.integerLiteral(c.args().get(1)).orElse(-1L) == 3
                    ? extract("week", c) : unsupported("WEEK() depends on the week mode; ISO weeks are mode 3,"
                    + " EXTRACT(week FROM d)").apply(c)),
            Map.entry("weekofyear", c -> extract("week", c)),
            Map.entry("dayname", c -> "to_char(" + timestamp(c, 0) + ", 'FMDay')"),
            Map.entry("monthname", c -> "to_char(" + timestamp(c, 0) + ", 'FMMonth')"),
            Map.entry("last_day", c -> "(date_trunc('month', " + timestamp(c, 0)
                    + ") + INTERVAL '1 month - 1 day')::date"),
            Map.entry("to_days", c -> "(CAST(" + c.arg(0) + " AS date) - DATE '0001-01-01' + 366)"),
            Map.entry("unix_timestamp", byArity(0, fixed("floor(EXTRACT(epoch FROM now()))::bigint"),
                    c -> "floor(EXTRACT(epoch FROM CAST(" + c.arg(0) + " AS timestamptz)))::bigint")),
            Map.entry("from_unixtime", byArity(1, template("to_timestamp({0})::timestamp"),
                    c -> format(c, "to_timestamp(" + c.arg(0) + ")::timestamp", 1))),
            Map.entry("datediff", c -> "(CAST(" + c.arg(0) + " AS date) - CAST(" + c.arg(1) + " AS date))"),
            Map.entry("date_add", c -> addInterval(c, "+")),
            Map.entry("adddate", c -> addInterval(c, "+")),
            Map.entry("date_sub", c -> addInterval(c, "-")),
            Map.entry("subdate", c -> addInterval(c, "-")),
            Map.entry("timestampdiff", DateFunctions::timestampDiff),
            Map.entry("timestampadd", c -> "(" + timestamp(c, 2) + " + " + Intervals.interval(c.translator(),
                    c.args().get(1), null, unit(c, 0)) + ")"),
            Map.entry("date_format", c -> format(c, timestamp(c, 0), 1)),
            Map.entry("time_format", c -> format(c, "CAST(" + c.arg(0) + " AS time)", 1)),
            Map.entry("str_to_date", DateFunctions::strToDate),
            Map.entry("convert_tz", unsupported("use (ts AT TIME ZONE from) AT TIME ZONE to")));

    private static String extract(String field, Call c) {
        return "EXTRACT(" + field + " FROM " + timestamp(c, 0) + ")::integer";
    }

    /** Argument i, cast to timestamp when it is a string literal (PostgreSQL will not guess the type). */
    static String timestamp(Call c, int i) {
        return c.isStringLiteral(i) ? "CAST(" + c.arg(i) + " AS timestamp)" : c.arg(i);
    }

    private static String format(Call c, String value, int formatArg) {
        if (!c.isStringLiteral(formatArg)) {
            c.flag(ActionCode.SQL_DATE_FORMAT, c.name().toUpperCase(Locale.ROOT) + " with a computed format.");
            return "to_char(" + value + ", " + c.arg(formatArg) + ")";
        }
        StringBuilder missing = new StringBuilder();
        var pattern = DateFormats.translate(c.stringValue(formatArg), missing);
        if (pattern.isEmpty()) {
            c.flag(ActionCode.SQL_DATE_FORMAT_SPECIFIER, "Format specifier " + missing + " has no to_char pattern.");
            return "to_char(" + value + ", " + c.arg(formatArg) + ")";
        }
        return "to_char(" + value + ", " + Literals.literal(pattern.get()) + ")";
    }

    private static String strToDate(Call c) {
        if (!c.isStringLiteral(1)) {
            c.flag(ActionCode.SQL_DATE_FORMAT, "STR_TO_DATE with a computed format.");
            return "to_timestamp(" + c.all(0) + ")::timestamp";
        }
        StringBuilder missing = new StringBuilder();
        String mysql = c.stringValue(1);
        var pattern = DateFormats.translate(mysql, missing);
        if (pattern.isEmpty()) {
            c.flag(ActionCode.SQL_DATE_FORMAT_SPECIFIER, "Format specifier " + missing + " has no to_timestamp pattern.");
            return "to_timestamp(" + c.all(0) + ")::timestamp";
        }
        String literal = Literals.literal(pattern.get());
        return DateFormats.hasTime(mysql) ? "to_timestamp(" + c.arg(0) + ", " + literal + ")::timestamp"
                : "to_date(" + c.arg(0) + ", " + literal + ")";
    }

    /** DATE_ADD(d, INTERVAL n unit), and the ADDDATE(d, n) days form. */
    private static String addInterval(Call c, String sign) {
        ParseTree second = Trees.unwrap(c.args().get(1));
        String interval = second instanceof IntervalExpressionAtomContext i
                ? Intervals.interval(c.translator(), i.expression(), i.intervalType(), null)
                : c.grouped(1) + " * INTERVAL '1 day'";
        return "(" + timestamp(c, 0) + " " + sign + " " + interval + ")";
    }

    private static String unit(Call c, int i) {
        return c.translator().original((org.antlr.v4.runtime.ParserRuleContext) Trees.unwrap(c.args().get(i)))
                .toUpperCase(Locale.ROOT);
    }

    /** Whole units between two values, truncated toward zero as MySQL does. */
    private static String timestampDiff(Call c) {
        String unit = unit(c, 0);
        String from = "CAST(" + c.arg(1) + " AS timestamp)";
        String to = "CAST(" + c.arg(2) + " AS timestamp)";
        Integer seconds = SECONDS.get(unit);
        if (seconds != null) {
            String epoch = "EXTRACT(epoch FROM " + to + " - " + from + ")";
            return "trunc(" + epoch + (seconds == 1 ? "" : " / " + seconds) + ")::bigint";
        }
        String months = "(EXTRACT(year FROM age(" + to + ", " + from + ")) * 12 + EXTRACT(month FROM age(" + to + ", "
                + from + ")))";
        return switch (unit) {
            case "MONTH" -> months + "::bigint";
            case "QUARTER" -> "trunc(" + months + " / 3)::bigint";
            case "YEAR" -> "EXTRACT(year FROM age(" + to + ", " + from + "))::bigint";
            case "MICROSECOND" -> "trunc(EXTRACT(epoch FROM " + to + " - " + from + ") * 1000000)::bigint";
            default -> unsupported("unit " + unit).apply(c);
        };
    }
}
