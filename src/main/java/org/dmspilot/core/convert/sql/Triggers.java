package org.dmspilot.core.convert.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmspilot.core.convert.ActionCode;
import org.dmspilot.model.catalog.Trigger;

/**
 * MySQL triggers → a trigger function + CREATE TRIGGER. PostgreSQL fires triggers of the same timing and event in
 * name order: when MySQL's order (ACTION_ORDER, FOLLOWS/PRECEDES) differs from name order, names get an
 * {@code oNN_} prefix that keeps it.
 */
final class Triggers {
    private Triggers() {
    }

    static List<ConvertedSql> convert(String schema, List<Trigger> triggers, TableLookup tables) {
        Map<String, List<Trigger>> groups = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            groups.computeIfAbsent((t.table() + "|" + t.timing() + "|" + t.event()).toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(t);
        }
        List<ConvertedSql> out = new ArrayList<>();
        for (List<Trigger> group : groups.values()) {
            List<Trigger> byOrder = new ArrayList<>(group);
            byOrder.sort(Comparator.comparingInt(Trigger::order));
            List<Trigger> byName = new ArrayList<>(group);
            byName.sort(Comparator.comparing(t -> Identifiers.quote(t.name())));
            boolean rename = !byOrder.equals(byName);
            for (Trigger t : byOrder) {
                String name = rename ? String.format("o%02d_%s", t.order(), t.name()) : t.name();
                out.add(convert(schema, t, name, rename, tables));
            }
        }
        return out;
    }

    private static ConvertedSql convert(String schema, Trigger trigger, String name, boolean renamed,
            TableLookup tables) {
        String object = schema + "." + trigger.name();
        Findings findings = new Findings(object, 0);
        if (renamed) {
            findings.add(ActionCode.TRIGGER_ORDER, 0, 0, "Renamed " + trigger.name() + " to " + name
                    + " to fire in MySQL's order.");
        }
        try {
            var parsed = Routines.parseBody(trigger.body());
            RoutineScope scope = new RoutineScope(schema, true, false, tables);
            scope.triggerTable = trigger.table();
            var facts = Routines.facts(parsed.tree());
            scope.usesRowCount = facts.calls().contains("row_count");
            scope.usesLastInsertId = facts.calls().contains("last_insert_id");
            ExpressionTranslator x = new ExpressionTranslator(parsed.tokens(), SqlMode.parse(trigger.sqlMode()),
                    findings, scope);
            List<String> body = new BodyTranslator(x, scope, findings).body(parsed.tree());
            String result = trigger.timing() == Trigger.Timing.AFTER ? "NULL"
                    : trigger.event() == Trigger.RowEvent.DELETE ? "OLD" : "NEW";
            String function = Identifiers.qualified(schema, name);
            String sql = "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger\nLANGUAGE plpgsql\nAS $body$\n"
                    + Routines.plpgsql(scope, body, List.of("RETURN " + result + ";")) + "$body$;\n"
                    + "CREATE TRIGGER " + Identifiers.quote(name) + " " + trigger.timing() + " " + trigger.event()
                    + " ON " + Identifiers.relation(schema, trigger.table(), tables.relationName(schema,
                            trigger.table()))
                    + "\n    FOR EACH ROW EXECUTE FUNCTION " + function + "();\n";
            return new ConvertedSql(object, Comments.annotate(sql, findings), findings.items());
        } catch (MysqlParsing.SyntaxError e) {
            findings.add(ActionCode.SQL_PARSE, e.line, e.column - 1, e.describe(trigger.body()));
            return new ConvertedSql(object, Comments.notConverted(trigger.body(), e.getMessage()), findings.items());
        }
    }
}
