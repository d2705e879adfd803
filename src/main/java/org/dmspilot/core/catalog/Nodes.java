package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dmspilot.core.sqlparse.MysqlText;

/**
 * Grammar-neutral access to parse trees: nodes are found by their context class name ({@code "UidContext"}), which
 * the MySQL and MariaDB grammars share, so one walker serves both.
 */
final class Nodes {
    private Nodes() {
    }

    static boolean is(ParseTree node, String kind) {
        return node != null && node.getClass().getSimpleName().equals(kind);
    }

    /** Direct children of that kind. */
    static List<ParseTree> children(ParseTree node, String kind) {
        List<ParseTree> out = new ArrayList<>();
        for (int i = 0; node != null && i < node.getChildCount(); i++) {
            if (is(node.getChild(i), kind)) {
                out.add(node.getChild(i));
            }
        }
        return out;
    }

    static ParseTree child(ParseTree node, String kind) {
        List<ParseTree> c = children(node, kind);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The first descendant of that kind (depth first), or null. */
    static ParseTree find(ParseTree node, String kind) {
        if (node == null) {
            return null;
        }
        if (is(node, kind)) {
            return node;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            ParseTree found = find(node.getChild(i), kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every descendant of that kind, not descending into matches. */
    static List<ParseTree> findAll(ParseTree node, String kind) {
        List<ParseTree> out = new ArrayList<>();
        collect(node, kind, out);
        return out;
    }

    private static void collect(ParseTree node, String kind, List<ParseTree> out) {
        for (int i = 0; node != null && i < node.getChildCount(); i++) {
            ParseTree c = node.getChild(i);
            if (is(c, kind)) {
                out.add(c);
            } else {
                collect(c, kind, out);
            }
        }
    }

    /** True when a direct child token has this (upper-case) text. */
    static boolean hasToken(ParseTree node, String word) {
        for (int i = 0; node != null && i < node.getChildCount(); i++) {
            if (node.getChild(i) instanceof TerminalNode t && t.getText().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The original source text of a node, whitespace and case as written. */
    static String text(ParseTree node) {
        if (node == null) {
            return null;
        }
        if (node instanceof TerminalNode t) {
            return t.getText();
        }
        ParserRuleContext ctx = (ParserRuleContext) node;
        if (ctx.start == null || ctx.stop == null || ctx.stop.getStopIndex() < ctx.start.getStartIndex()) {
            return "";
        }
        return ctx.start.getInputStream().getText(Interval.of(ctx.start.getStartIndex(), ctx.stop.getStopIndex()));
    }

    /** Source text from the start of {@code from} to the end of {@code to}. */
    static String textBetween(ParseTree from, ParseTree to) {
        org.antlr.v4.runtime.Token a = from instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) from).start;
        org.antlr.v4.runtime.Token b = to instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) to).stop;
        return a.getInputStream().getText(Interval.of(a.getStartIndex(), b.getStopIndex()));
    }

    /** An identifier without its quotes ({@code `a``b`} → {@code a`b}). */
    static String name(ParseTree node) {
        String t = text(node);
        return t == null ? null : MysqlText.unquoteIdentifier(t);
    }

    /** The last part of a dotted name ({@code `db`.`t`} → {@code t}). */
    static String lastName(ParseTree node) {
        List<String> parts = nameParts(node);
        return parts.isEmpty() ? null : parts.get(parts.size() - 1);
    }

    /** The parts of a possibly dotted name, unquoted. */
    static List<String> nameParts(ParseTree node) {
        return MysqlText.nameParts(text(node));
    }
}
