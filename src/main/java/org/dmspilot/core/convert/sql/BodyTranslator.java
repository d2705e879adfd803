package org.dmspilot.core.convert.sql;

import io.debezium.ddl.parser.mysql.generated.MySqlParser.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.dmspilot.core.convert.ActionCode;

/**
 * Compound statements → PL/pgSQL: blocks with their DECLAREs, handlers, labels and loops. Simple statements go to
 * {@link StatementTranslator}. Output is a list of lines, indented by the caller.
 */
final class BodyTranslator {
    static final String INDENT = "    ";

    /** What the handlers declared in the enclosing blocks do. */
    static final class Frame {
        List<String> notFound;
        /** CONTINUE handlers for errors: conditions and the handler's lines. */
        final List<Map.Entry<List<String>, List<String>>> continueOnError = new ArrayList<>();
        final Map<String, String> conditions = new HashMap<>();
        boolean exceptionBlock;
    }

    final ExpressionTranslator x;
    final RoutineScope scope;
    final Findings findings;
    final Deque<Frame> frames = new ArrayDeque<>();
    private final StatementTranslator statements;
    private int labels;

    BodyTranslator(ExpressionTranslator x, RoutineScope scope, Findings findings) {
        this.x = x;
        this.scope = scope;
        this.findings = findings;
        this.statements = new StatementTranslator(this);
        frames.push(new Frame());
    }

    /** The routine body (a block or one statement) as the lines inside the function's BEGIN ... END. */
    List<String> body(RoutineBodyContext body) {
        if (body.blockStatement() != null) {
            return block(body.blockStatement(), true);
        }
        return simple(body.sqlStatement());
    }

    List<String> block(BlockStatementContext b, boolean outermost) {
        String label = b.uid().isEmpty() ? null : x.emit(b.uid(0));
        boolean plain = label == null && b.declareVariable().isEmpty() && b.declareCursor().isEmpty()
                && b.declareHandler().isEmpty() && b.declareCondition().isEmpty();
        scope.enterBlock();
        Frame frame = new Frame();
        frame.conditions.putAll(frames.peek().conditions);
        frame.notFound = frames.peek().notFound;
        frame.continueOnError.addAll(frames.peek().continueOnError);
        frame.exceptionBlock = frames.peek().exceptionBlock;
        frames.push(frame);
        try {
            List<String> declarations = new ArrayList<>();
            b.declareVariable().forEach(d -> declarations.addAll(statements.declareVariable(d)));
            for (DeclareConditionContext c : b.declareCondition()) {
                String value = c.STRING_LITERAL() != null ? Literals.value(c.STRING_LITERAL().getText(), x.mode)
                        : c.decimalLiteral().getText();
                frame.conditions.put(c.uid().getText().toLowerCase(Locale.ROOT), value);
            }
            for (DeclareCursorContext c : b.declareCursor()) {
                declarations.add(x.emit(c.uid()) + " CURSOR FOR " + x.emit(c.selectStatement()).strip() + ";");
            }
            List<String> exceptionClauses = new ArrayList<>();
            for (DeclareHandlerContext h : b.declareHandler()) {
                label = handler(h, frame, exceptionClauses, label);
            }
            if (!exceptionClauses.isEmpty()) {
                frame.exceptionBlock = true;
            }
            List<String> body = new ArrayList<>();
            b.procedureSqlStatement().forEach(s -> body.addAll(statement(s)));
            if (plain && !outermost) {
                return body;
            }
            if (plain) {
                return body;
            }
            List<String> out = new ArrayList<>();
            if (label != null) {
                out.add("<<" + label + ">>");
            }
            if (!declarations.isEmpty()) {
                out.add("DECLARE");
                declarations.forEach(d -> out.add(INDENT + d));
            }
            out.add("BEGIN");
            body.forEach(l -> out.add(INDENT + l));
            if (!exceptionClauses.isEmpty()) {
                out.add("EXCEPTION");
                exceptionClauses.forEach(l -> out.add(INDENT + l));
            }
            out.add("END" + (label != null ? " " + label : "") + ";");
            return out;
        } finally {
            frames.pop();
            scope.leaveBlock();
        }
    }

    /** Registers one DECLARE ... HANDLER; returns the block label (made up when an EXIT needs one). */
    private String handler(DeclareHandlerContext h, Frame frame, List<String> exceptionClauses, String label) {
        boolean exit = h.handlerAction.getText().equalsIgnoreCase("EXIT");
        List<HandlerConditionValueContext> values = h.handlerConditionValue();
        if (values.stream().anyMatch(Handlers::isWarning)) {
            findings.add(ActionCode.ROUTINE_HANDLER_WARNING, h, "SQLWARNING handler dropped.");
        }
        String blockLabel = label;
        if (values.stream().anyMatch(Handlers::isNotFound)) {
            List<String> action = new ArrayList<>(handlerBody(h.routineBody()));
            if (exit) {
                blockLabel = blockLabel != null ? blockLabel : "dms_block_" + ++labels;
                action.add("EXIT " + blockLabel + ";");
            }
            frame.notFound = action;
        }
        List<String> conditions = Handlers.conditions(values, frame.conditions, findings);
        if (!conditions.isEmpty()) {
            Frame inHandler = new Frame();
            inHandler.exceptionBlock = true;
            inHandler.conditions.putAll(frame.conditions);
            frames.push(inHandler);
            List<String> action;
            try {
                action = handlerBody(h.routineBody());
            } finally {
                frames.pop();
            }
            if (exit) {
                exceptionClauses.add("WHEN " + String.join(" OR ", conditions) + " THEN");
                (action.isEmpty() ? List.of("NULL;") : action).forEach(l -> exceptionClauses.add(INDENT + l));
                findings.add(ActionCode.ROUTINE_HANDLER_ROLLBACK, h,
                        "EXIT handler became an exception block (it undoes the block's changes on error).");
            } else {
                frame.continueOnError.add(Map.entry(conditions, action.isEmpty() ? List.of("NULL;") : action));
            }
        }
        return blockLabel;
    }

    private List<String> handlerBody(RoutineBodyContext body) {
        List<String> lines = body.blockStatement() != null ? block(body.blockStatement(), false)
                : simple(body.sqlStatement());
        return lines;
    }

    List<String> statement(ProcedureSqlStatementContext s) {
        return s.compoundStatement() != null ? compound(s.compoundStatement()) : simple(s.sqlStatement());
    }

    private List<String> statements(List<ProcedureSqlStatementContext> list) {
        List<String> out = new ArrayList<>();
        list.forEach(s -> statement(s).forEach(l -> out.add(INDENT + l)));
        return out;
    }

    /** A simple statement, wrapped in its own exception block when a CONTINUE handler for errors is in scope. */
    List<String> simple(SqlStatementContext s) {
        Frame frame = frames.peek();
        if (frame.continueOnError.isEmpty()) {
            return statements.simple(s);
        }
        boolean wasException = frame.exceptionBlock;
        frame.exceptionBlock = true;
        List<String> inner;
        try {
            inner = statements.simple(s);
        } finally {
            frame.exceptionBlock = wasException;
        }
        List<String> out = new ArrayList<>();
        out.add("BEGIN");
        inner.forEach(l -> out.add(INDENT + l));
        out.add("EXCEPTION");
        for (var handler : frame.continueOnError) {
            out.add(INDENT + "WHEN " + String.join(" OR ", handler.getKey()) + " THEN");
            handler.getValue().forEach(l -> out.add(INDENT + INDENT + l));
        }
        out.add("END;");
        return out;
    }

    List<String> statementsUnsupported(ParserRuleContext s) {
        return statements.unsupported(s);
    }

    /** After a FETCH or SELECT INTO: what the NOT FOUND handler in scope does. */
    List<String> notFoundCheck() {
        List<String> action = frames.peek().notFound;
        if (action == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("IF NOT FOUND THEN");
        action.forEach(l -> out.add(INDENT + l));
        out.add("END IF;");
        return out;
    }

    private List<String> compound(CompoundStatementContext c) {
        ParserRuleContext s = (ParserRuleContext) c.getChild(0);
        Function<ParserRuleContext, List<String>> rule = compoundRules().get(s.getClass());
        if (rule != null) {
            return rule.apply(s);
        }
        return statements.unsupported(s);
    }

    private Map<Class<?>, Function<ParserRuleContext, List<String>>> compoundRules() {
        Map<Class<?>, Function<ParserRuleContext, List<String>>> rules = new HashMap<>();
        rules.put(BlockStatementContext.class, s -> block((BlockStatementContext) s, false));
        rules.put(IfStatementContext.class, s -> ifStatement((IfStatementContext) s));
        rules.put(CaseStatementContext.class, s -> caseStatement((CaseStatementContext) s));
        rules.put(LoopStatementContext.class, s -> {
            LoopStatementContext l = (LoopStatementContext) s;
            return loop(l.uid(), "LOOP", l.procedureSqlStatement(), List.of());
        });
        rules.put(WhileStatementContext.class, s -> {
            WhileStatementContext w = (WhileStatementContext) s;
            return loop(w.uid(), "WHILE " + x.condition(w.expression()) + " LOOP", w.procedureSqlStatement(),
                    List.of());
        });
        rules.put(RepeatStatementContext.class, s -> {
            RepeatStatementContext r = (RepeatStatementContext) s;
            String label = r.uid().isEmpty() ? "dms_repeat_" + ++labels : x.emit(r.uid(0));
            return loop(List.of(), "<<" + label + ">>\nLOOP", r.procedureSqlStatement(),
                    List.of("EXIT " + label + " WHEN " + x.condition(r.expression()) + ";"), label);
        });
        rules.put(LeaveStatementContext.class, s -> List.of("EXIT " + x.emit(((LeaveStatementContext) s).uid())
                + ";"));
        rules.put(IterateStatementContext.class, s -> List.of("CONTINUE "
                + x.emit(((IterateStatementContext) s).uid()) + ";"));
        rules.put(ReturnStatementContext.class, s -> statements.returnStatement((ReturnStatementContext) s));
        rules.put(OpenCursorContext.class, s -> List.of("OPEN " + x.emit(((OpenCursorContext) s).uid()) + ";"));
        rules.put(CloseCursorContext.class, s -> List.of("CLOSE " + x.emit(((CloseCursorContext) s).uid()) + ";"));
        rules.put(FetchCursorContext.class, s -> statements.fetch((FetchCursorContext) s));
        return rules;
    }

    private List<String> ifStatement(IfStatementContext s) {
        List<String> out = new ArrayList<>();
        out.add("IF " + x.condition(s.expression()) + " THEN");
        out.addAll(statements(s.thenStatements));
        for (ElifAlternativeContext e : s.elifAlternative()) {
            out.add("ELSIF " + x.condition(e.expression()) + " THEN");
            out.addAll(statements(e.procedureSqlStatement()));
        }
        if (!s.elseStatements.isEmpty()) {
            out.add("ELSE");
            out.addAll(statements(s.elseStatements));
        }
        out.add("END IF;");
        return out;
    }

    private List<String> caseStatement(CaseStatementContext s) {
        List<String> out = new ArrayList<>();
        boolean searched = s.uid() == null && s.expression() == null;
        out.add(searched ? "CASE" : "CASE " + (s.uid() != null ? x.emit(s.uid()) : x.emit(s.expression())));
        for (CaseAlternativeContext a : s.caseAlternative()) {
            ParserRuleContext when = a.constant() != null ? a.constant() : a.expression();
            out.add("WHEN " + (searched ? x.condition(when) : x.emit(when)) + " THEN");
            out.addAll(statements(a.procedureSqlStatement()));
        }
        List<ProcedureSqlStatementContext> all = s.procedureSqlStatement();
        List<ProcedureSqlStatementContext> elseStatements = new ArrayList<>();
        for (ProcedureSqlStatementContext p : all) {
            if (p.getParent() == s) {
                elseStatements.add(p);
            }
        }
        if (!elseStatements.isEmpty()) {
            out.add("ELSE");
            out.addAll(statements(elseStatements));
        }
        out.add("END CASE;");
        return out;
    }

    private List<String> loop(List<UidContext> uids, String head, List<ProcedureSqlStatementContext> body,
            List<String> tail) {
        String label = uids.isEmpty() ? null : x.emit(uids.get(0));
        return loop(List.of(), (label != null ? "<<" + label + ">>\n" : "") + head, body, tail, label);
    }

    private List<String> loop(List<UidContext> unused, String head, List<ProcedureSqlStatementContext> body,
            List<String> tail, String label) {
        List<String> out = new ArrayList<>(List.of(head.split("\n")));
        out.addAll(statements(body));
        tail.forEach(l -> out.add(INDENT + l));
        out.add("END LOOP" + (label != null ? " " + label : "") + ";");
        return out;
    }
}
