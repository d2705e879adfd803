package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dmspilot.core.sqlparse.MysqlText;
import org.dmspilot.model.catalog.Partitioning;

/** {@code PARTITION BY ...} of a CREATE TABLE parse tree → {@link Partitioning}, spelled as information_schema does. */
final class DumpPartitioning {
    private DumpPartitioning() {
    }

    static Partitioning of(ParseTree definitions) {
        if (definitions == null) {
            return null;
        }
        ParseTree function = null;
        ParseTree subFunction = null;
        Integer count = null;
        List<Partitioning.Partition> partitions = new ArrayList<>();
        for (int i = 0; i < definitions.getChildCount(); i++) {
            ParseTree c = definitions.getChild(i);
            String kind = c.getClass().getSimpleName();
            if (kind.startsWith("PartitionFunction")) {
                function = c;
            } else if (kind.startsWith("SubPartitionFunction") || kind.startsWith("SubpartitionFunction")) {
                subFunction = subFunction == null ? c : subFunction;
            } else if (c instanceof TerminalNode t && t.getText().equalsIgnoreCase("PARTITIONS")
                    && i + 1 < definitions.getChildCount()) {
                count = Integer.valueOf(Nodes.text(definitions.getChild(i + 1)).trim());
            } else if (kind.startsWith("Partition") && kind.endsWith("Context") && Nodes.child(c, "UidContext") != null
                    && !kind.startsWith("PartitionFunction")) {
                partitions.add(partition(c));
            }
        }
        if (function == null) {
            return null;
        }
        if (partitions.isEmpty() && count != null) {
            for (int i = 0; i < count; i++) {
                partitions.add(new Partitioning.Partition("p" + i, null));
            }
        }
        return new Partitioning(method(function), columnsQuoted(method(function), expression(function)),
                subFunction == null ? null
                : method(subFunction), subFunction == null ? null : expression(subFunction), partitions);
    }

    private static Partitioning.Partition partition(ParseTree p) {
        List<String> bounds = new ArrayList<>();
        for (ParseTree atom : Nodes.findAll(p, "PartitionDefinerAtomContext")) {
            bounds.add(Nodes.text(atom).trim());
        }
        return new Partitioning.Partition(Nodes.name(Nodes.child(p, "UidContext")),
                bounds.isEmpty() ? null : String.join(",", bounds));
    }

    /** The keywords before the parenthesis: {@code RANGE COLUMNS}, {@code LINEAR HASH}... */
    private static String method(ParseTree function) {
        String t = Nodes.text(function);
        int open = t.indexOf('(');
        String head = (open < 0 ? t : t.substring(0, open)).trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return head.replaceFirst("^SUBPARTITION BY ", "").replaceFirst(" ALGORITHM\\s*=\\s*\\d+", "");
    }

    /**
     * A COLUMNS list as information_schema spells it, each column in backquotes (MySQL's SHOW CREATE TABLE writes
     * {@code LIST COLUMNS(region)}, its information_schema {@code `region`}).
     */
    private static String columnsQuoted(String method, String expression) {
        if (!method.endsWith("COLUMNS")) {
            return expression;
        }
        return String.join(",", java.util.Arrays.stream(expression.split(",", -1)).map(String::trim)
                .map(c -> c.matches("[A-Za-z0-9_$]+") ? "`" + c + "`" : c).toList());
    }

    private static String expression(ParseTree function) {
        String t = Nodes.text(function);
        int open = t.indexOf('(');
        return open < 0 ? "" : MysqlText.stripParentheses(t.substring(open));
    }
}
