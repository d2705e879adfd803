package org.dmspilot.core.catalog;

import static org.dmspilot.core.catalog.Nodes.child;
import static org.dmspilot.core.catalog.Nodes.hasToken;
import static org.dmspilot.core.catalog.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/** CREATE VIEW / PROCEDURE / FUNCTION / TRIGGER / EVENT parse trees (either grammar) → model objects. */
final class DumpObjectBuilder {
    private final ServerVersion version;

    DumpObjectBuilder(ServerVersion version) {
        this.version = version;
    }

    View view(ParseTree c) {
        String algorithm = tokenAfter(c, "ALGORITHM", 2);
        String security = tokenAfter(c, "SECURITY", 1);
        ParseTree as = null;
        ParseTree last = null;
        String checkOption = "NONE";
        for (int i = 0; i < c.getChildCount(); i++) {
            ParseTree n = c.getChild(i);
            if (as == null && n instanceof TerminalNode t && t.getText().equalsIgnoreCase("AS")) {
                as = c.getChild(i + 1);
            } else if (as != null && n instanceof TerminalNode t && t.getText().equalsIgnoreCase("WITH")) {
                String next = c.getChild(i + 1).getText().toUpperCase(Locale.ROOT);
                checkOption = next.equals("LOCAL") ? "LOCAL" : "CASCADED";
                break;
            } else if (as != null) {
                last = n;
            }
        }
        return new View(Nodes.lastName(child(c, "FullIdContext")), Nodes.textBetween(as, last).trim(),
                algorithm == null ? "UNDEFINED" : algorithm, security == null ? "DEFINER" : security, checkOption,
                definer(c));
    }

    Routine routine(ParseTree c, String sqlMode, String verbatimBody) {
        boolean function = Nodes.is(c, "CreateFunctionContext");
        List<Routine.Parameter> params = new ArrayList<>();
        String returnType = null;
        boolean deterministic = false;
        String dataAccess = "CONTAINS SQL";
        String security = "DEFINER";
        String comment = "";
        boolean afterReturns = false;
        for (int i = 0; i < c.getChildCount(); i++) {
            ParseTree n = c.getChild(i);
            String kind = n.getClass().getSimpleName();
            if (n instanceof TerminalNode t && t.getText().equalsIgnoreCase("RETURNS")) {
                afterReturns = true;
            } else if (afterReturns && kind.endsWith("DataTypeContext")) {
                returnType = DumpTypes.canonical(typeText(n), version);
                afterReturns = false;
            } else if (kind.equals("ProcedureParameterContext") || kind.equals("FunctionParameterContext")) {
                String direction = n.getChild(0) instanceof TerminalNode t ? t.getText().toUpperCase(Locale.ROOT)
                        : "IN";
                ParseTree type = n.getChild(n.getChildCount() - 1);
                params.add(new Routine.Parameter(Nodes.name(child(n, "UidContext")), Routine.Mode.valueOf(direction),
                        DumpTypes.canonical(typeText(type), version)));
            } else if (kind.equals("RoutineBehaviorContext")) {
                deterministic = !hasToken(n, "NOT");
            } else if (kind.equals("RoutineDataContext")) {
                dataAccess = text(n).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            } else if (kind.equals("RoutineSecurityContext")) {
                security = hasToken(n, "INVOKER") ? "INVOKER" : "DEFINER";
            } else if (kind.equals("RoutineCommentContext")) {
                comment = Defaults.unquote(DumpTableBuilder.lastToken(n));
            }
        }
        String body = verbatimBody != null ? verbatimBody : text(c.getChild(c.getChildCount() - 1)).trim();
        return new Routine(Nodes.lastName(child(c, "FullIdContext")), function ? Routine.Type.FUNCTION
                : Routine.Type.PROCEDURE, params, returnType, body, deterministic, dataAccess, security, sqlMode,
                comment, definer(c));
    }

    Trigger trigger(ParseTree c, int order, String sqlMode, String verbatimBody) {
        Trigger.Timing timing = hasToken(c, "BEFORE") ? Trigger.Timing.BEFORE : Trigger.Timing.AFTER;
        Trigger.RowEvent event = hasToken(c, "INSERT") ? Trigger.RowEvent.INSERT
                : hasToken(c, "UPDATE") ? Trigger.RowEvent.UPDATE : Trigger.RowEvent.DELETE;
        List<ParseTree> ids = Nodes.children(c, "FullIdContext");
        return new Trigger(Nodes.lastName(ids.get(0)), Nodes.lastName(child(c, "TableNameContext")), timing, event,
                order, verbatimBody != null ? verbatimBody : text(child(c, "RoutineBodyContext")).trim(), sqlMode,
                definer(c));
    }

    static String triggerKey(Trigger t) {
        return t.table() + "\0" + t.timing() + "\0" + t.event();
    }

    Event event(ParseTree c, String sqlMode, String verbatimBody) {
        ParseTree precise = child(c, "PreciseScheduleContext");
        ParseTree interval = child(c, "IntervalScheduleContext");
        String executeAt = precise == null ? null : timestamp(child(precise, "TimestampValueContext"));
        String value = null;
        String field = null;
        String starts = null;
        String ends = null;
        if (interval != null) {
            String pending = null;
            for (int i = 0; i < interval.getChildCount(); i++) {
                ParseTree n = interval.getChild(i);
                if (n instanceof TerminalNode t) {
                    pending = t.getText().toUpperCase(Locale.ROOT);
                } else if (Nodes.is(n, "IntervalTypeContext")) {
                    field = text(n).toUpperCase(Locale.ROOT);
                } else if (Nodes.is(n, "TimestampValueContext")) {
                    if ("STARTS".equals(pending)) {
                        starts = timestamp(n);
                    } else {
                        ends = timestamp(n);
                    }
                } else if (value == null) {
                    value = Defaults.unquote("'" + text(n).replace("'", "") + "'");
                }
            }
        }
        ParseTree enable = child(c, "EnableTypeContext");
        // DISABLE ON SLAVE, or ON REPLICA (MySQL 8.4+ writes that; lexed as SLAVE, see SqlGrammar.lexerView)
        String status = enable == null ? "ENABLED" : enable.getChildCount() >= 3 ? "SLAVESIDE_DISABLED"
                : text(enable).toUpperCase(Locale.ROOT).startsWith("DISABLE") ? "DISABLED" : "ENABLED";
        boolean preserve = hasToken(c, "PRESERVE") && !hasToken(c, "NOT");
        String comment = "";
        for (int i = 0; i < c.getChildCount() - 1; i++) {
            if (c.getChild(i) instanceof TerminalNode t && t.getText().equalsIgnoreCase("COMMENT")) {
                comment = Defaults.unquote(text(c.getChild(i + 1)));
            }
        }
        return new Event(Nodes.lastName(child(c, "FullIdContext")), interval != null, executeAt, value, field,
                starts, ends, status, preserve, verbatimBody != null ? verbatimBody
                        : text(child(c, "RoutineBodyContext")).trim(), sqlMode, comment,
                definer(c));
    }

    private static String timestamp(ParseTree n) {
        String t = text(n).trim();
        return t.startsWith("'") ? Defaults.unquote(t) : t;
    }

    private static String definer(ParseTree c) {
        ParseTree owner = child(c, "OwnerStatementContext");
        if (owner == null) {
            return null;
        }
        ParseTree user = child(owner, "UserNameContext");
        return ObjectRows.definer(user == null ? "CURRENT_USER" : text(user));
    }

    /** The token {@code offset} places after the first {@code word} token, upper case, or null. */
    private static String tokenAfter(ParseTree c, String word, int offset) {
        for (int i = 0; i + offset < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof TerminalNode t && t.getText().equalsIgnoreCase(word)) {
                return c.getChild(i + offset).getText().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A routine parameter or return type without CHARSET / COLLATE. */
    private static String typeText(ParseTree type) {
        return text(type).replaceFirst("(?is)\\s+(CHARACTER\\s+SET|CHARSET|COLLATE)\\s.*$", "");
    }
}
