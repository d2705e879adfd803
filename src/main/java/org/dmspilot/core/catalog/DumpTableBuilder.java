package org.dmspilot.core.catalog;

import static org.dmspilot.core.catalog.Nodes.child;
import static org.dmspilot.core.catalog.Nodes.children;
import static org.dmspilot.core.catalog.Nodes.find;
import static org.dmspilot.core.catalog.Nodes.hasToken;
import static org.dmspilot.core.catalog.Nodes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.dmspilot.core.sqlparse.MysqlText;
import org.dmspilot.model.catalog.CheckConstraint;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.GeneratedColumn;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Table;

/** A {@code CREATE TABLE} parse tree (either grammar) → {@link Table}, with what information_schema would derive. */
final class DumpTableBuilder {
    private final ServerVersion version;
    private final String schema;

    DumpTableBuilder(ServerVersion version, String schema) {
        this.version = version;
        this.schema = schema;
    }

    Table build(ParseTree create) {
        String name = Nodes.lastName(child(create, "TableNameContext"));
        String engine = null;
        String charset = null;
        String collation = null;
        Long autoIncrement = null;
        String comment = "";
        for (int i = 0; i < create.getChildCount(); i++) {
            ParseTree o = create.getChild(i);
            if (Nodes.is(o, "TableOptionEngineContext")) {
                engine = text(child(o, "EngineNameContext"));
            } else if (Nodes.is(o, "TableOptionCharsetContext")) {
                charset = text(child(o, "CharsetNameContext"));
            } else if (Nodes.is(o, "TableOptionCollateContext")) {
                collation = text(child(o, "CollationNameContext"));
            } else if (Nodes.is(o, "TableOptionAutoIncrementContext")) {
                autoIncrement = Long.valueOf(text(child(o, "DecimalLiteralContext")));
            } else if (Nodes.is(o, "TableOptionCommentContext")) {
                comment = Defaults.unquote(lastToken(o));
            }
        }
        if (collation == null) {
            collation = DumpTypes.defaultCollation(charset, version);
        }
        if (charset == null) {
            charset = DumpTypes.charsetOf(collation);
        }
        List<Column> columns = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        ParseTree defs = child(create, "CreateDefinitionsContext");
        for (ParseTree d : children(defs, "ColumnDeclarationContext")) {
            columns.add(column(d, columns.size() + 1, charset, collation, indexes, checks));
        }
        for (int i = 0; defs != null && i < defs.getChildCount(); i++) {
            ParseTree d = defs.getChild(i);
            ParseTree c = d.getChildCount() > 0 ? d.getChild(0) : null;
            if (Nodes.is(d, "ConstraintDeclarationContext") || Nodes.is(d, "IndexDeclarationContext")) {
                constraint(c, indexes, fks, checks);
            }
        }
        if ("InnoDB".equalsIgnoreCase(engine)) {
            // InnoDB builds BTREE for a plain KEY ... USING HASH (only MariaDB's long unique keys are real hashes)
            indexes.replaceAll(i -> i.type().equals("HASH") && !i.unique() ? new Index(i.name(), i.primary(),
                    i.unique(), "BTREE", i.parts(), i.comment(), i.visible()) : i);
        }
        if (autoIncrement == null && columns.stream().anyMatch(Column::autoIncrement)) {
            autoIncrement = 1L; // SHOW CREATE TABLE omits AUTO_INCREMENT=1; information_schema says 1
        }
        indexes.sort(CatalogAssembler.INDEX_ORDER);
        fks.sort(java.util.Comparator.comparing(ForeignKey::name));
        checks.sort(java.util.Comparator.comparing(CheckConstraint::name));
        return new Table(name, engine, collation, null, null, autoIncrement,
                DumpPartitioning.of(child(create, "PartitionDefinitionsContext")), comment, columns, indexes, fks,
                checks);
    }

    private Column column(ParseTree decl, int position, String tableCharset, String tableCollation,
            List<Index> indexes, List<CheckConstraint> checks) {
        ParseTree id = child(decl, "UidContext");
        String name = id != null ? Nodes.name(id) : Nodes.lastName(child(decl, "FullColumnNameContext"));
        ParseTree def = child(decl, "ColumnDefinitionContext");
        ParseTree type = def.getChild(0);
        String typeText = typeWithoutCharset(type);
        DumpTypes.Parsed parsed = DumpTypes.parse(typeText);
        String charset = text(find(type, "CharsetNameContext"));
        String collation = text(find(type, "CollationNameContext"));
        boolean nullable = true;
        DefaultValue def0 = null;
        String onUpdate = null;
        GeneratedColumn generated = null;
        boolean invisible = false;
        boolean autoIncrement = false;
        String comment = "";
        for (int i = 1; i < def.getChildCount(); i++) {
            ParseTree c = def.getChild(i);
            String kind = c.getClass().getSimpleName();
            switch (kind) {
                case "NullColumnConstraintContext" -> nullable = !text(c).toUpperCase(Locale.ROOT).contains("NOT");
                case "DefaultColumnConstraintContext" -> {
                    ParseTree value = child(c, "DefaultValueContext");
                    String[] parts = splitOnUpdate(value);
                    def0 = Defaults.fromSqlText(parts[0]);
                    onUpdate = parts[1] == null ? onUpdate : Defaults.canonicalExpression(parts[1]);
                }
                case "OnUpdateColumnConstraintContext" ->
                    onUpdate = Defaults.canonicalExpression(text(c).replaceFirst("(?is)^ON\\s+UPDATE\\s+", ""));
                case "GeneratedColumnConstraintContext" -> generated = new GeneratedColumn(
                        MysqlText.stripParentheses(expressionText(c)),
                        hasToken(c, "STORED") || hasToken(c, "PERSISTENT"));
                case "InvisibilityColumnConstraintContext" -> invisible = hasToken(c, "INVISIBLE");
                case "AutoIncrementColumnConstraintContext" -> {
                    // the grammar files "ON UPDATE now()" under the same alternative as AUTO_INCREMENT
                    if (hasToken(c, "ON")) {
                        onUpdate = Defaults.canonicalExpression(text(c).replaceFirst("(?is)^ON\\s+UPDATE\\s+", ""));
                    } else {
                        autoIncrement = true;
                    }
                }
                case "CommentColumnConstraintContext" -> comment = Defaults.unquote(lastToken(c));
                case "CollateColumnConstraintContext" -> collation = text(child(c, "CollationNameContext"));
                case "PrimaryKeyColumnConstraintContext" -> {
                    nullable = false;
                    indexes.add(new Index("PRIMARY", true, true, "BTREE", List.of(IndexPart.of(name)), "", true));
                }
                case "UniqueKeyColumnConstraintContext" ->
                    indexes.add(new Index(name, false, true, "BTREE", List.of(IndexPart.of(name)), "", true));
                case "CheckColumnConstraintContext" ->
                    checks.add(new CheckConstraint(name, MysqlText.stripParentheses(expressionText(c))));
                default -> {
                    // storage, format, serial default value...: not in the model
                }
            }
        }
        boolean characterType = DumpTypes.CHARACTER_TYPES.contains(parsed.name());
        if (characterType) {
            if (collation == null) {
                collation = charset == null ? tableCollation : DumpTypes.defaultCollation(charset, version);
            }
            if (charset == null) {
                charset = DumpTypes.charsetOf(collation);
            }
        } else {
            charset = null;
            collation = null;
        }
        if (def0 == null && nullable && generated == null && !autoIncrement) {
            def0 = DefaultValue.NULL;
        }
        if (generated != null || autoIncrement) {
            def0 = null;
        }
        if (def0 != null && def0.kind() == DefaultValue.Kind.STRING && Defaults.NUMERIC_TYPES.contains(parsed.name())) {
            def0 = Defaults.fromSqlText(def0.value()); // MySQL dumps quote numeric defaults: DEFAULT '0.00'
        }
        String columnType = DumpTypes.canonical(typeText, version);
        return new Column(name, position, columnType, parsed.name(), DumpTypes.length(parsed, version),
                DumpTypes.precision(parsed, version), DumpTypes.scale(parsed), DumpTypes.datetimePrecision(parsed),
                parsed.unsigned(), parsed.zerofill(), charset, collation, nullable, def0, generated, invisible,
                onUpdate, autoIncrement, comment);
    }

    private void constraint(ParseTree c, List<Index> indexes, List<ForeignKey> fks, List<CheckConstraint> checks) {
        String kind = c == null ? "" : c.getClass().getSimpleName();
        List<IndexPart> parts = parts(child(c, "IndexColumnNamesContext"));
        String given = Nodes.name(child(c, "UidContext"));
        String comment = "";
        boolean visible = true;
        String type = "BTREE";
        for (ParseTree o : children(c, "IndexOptionContext")) {
            String t = text(o).toUpperCase(Locale.ROOT);
            if (t.startsWith("COMMENT")) {
                comment = Defaults.unquote(lastToken(o));
            } else if (t.equals("INVISIBLE") || t.equals("IGNORED")) {
                visible = false;
            } else if (t.contains("HASH")) {
                type = "HASH";
            }
        }
        if (child(c, "IndexTypeContext") != null && text(child(c, "IndexTypeContext")).toUpperCase().contains("HASH")) {
            type = "HASH";
        }
        String fallbackName = parts.isEmpty() ? "" : parts.get(0).column();
        switch (kind) {
            case "PrimaryKeyTableConstraintContext" ->
                indexes.add(new Index("PRIMARY", true, true, type, parts, comment, visible));
            case "UniqueKeyTableConstraintContext" -> indexes.add(new Index(given == null ? fallbackName : given,
                    false, true, type, parts, comment, visible));
            case "SimpleIndexDeclarationContext" -> indexes.add(new Index(given == null ? fallbackName : given,
                    false, false, type, parts, comment, visible));
            case "SpecialIndexDeclarationContext" -> indexes.add(new Index(given == null ? fallbackName : given,
                    false, false, hasToken(c, "FULLTEXT") ? "FULLTEXT" : "SPATIAL", parts, comment, visible));
            case "ForeignKeyTableConstraintContext" -> fks.add(foreignKey(c, given));
            case "CheckTableConstraintContext" ->
                checks.add(new CheckConstraint(given, MysqlText.stripParentheses(expressionText(c))));
            default -> {
                // other constraint forms do not occur in SHOW CREATE TABLE output
            }
        }
    }

    private ForeignKey foreignKey(ParseTree c, String name) {
        List<String> columns = parts(child(c, "IndexColumnNamesContext")).stream().map(IndexPart::column).toList();
        ParseTree ref = child(c, "ReferenceDefinitionContext");
        List<String> target = Nodes.nameParts(child(ref, "TableNameContext"));
        List<String> refColumns = parts(child(ref, "IndexColumnNamesContext")).stream().map(IndexPart::column)
                .toList();
        // a rule SHOW CREATE TABLE leaves out: MariaDB's default is RESTRICT, MySQL's NO ACTION (it omits both)
        String onDelete = version.isMariaDb() ? "RESTRICT" : "NO ACTION";
        String onUpdate = onDelete;
        ParseTree action = child(ref, "ReferenceActionContext");
        String pending = null;
        for (int i = 0; action != null && i < action.getChildCount(); i++) {
            ParseTree a = action.getChild(i);
            if (a instanceof TerminalNode t && (t.getText().equalsIgnoreCase("DELETE")
                    || t.getText().equalsIgnoreCase("UPDATE"))) {
                pending = t.getText().toUpperCase(Locale.ROOT);
            } else if (Nodes.is(a, "ReferenceControlTypeContext")) {
                String rule = text(a).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                if ("DELETE".equals(pending)) {
                    onDelete = rule;
                } else {
                    onUpdate = rule;
                }
            }
        }
        return new ForeignKey(name, columns, target.size() > 1 ? target.get(0) : schema,
                target.get(target.size() - 1), refColumns, onDelete, onUpdate);
    }

    private static List<IndexPart> parts(ParseTree names) {
        List<IndexPart> out = new ArrayList<>();
        for (ParseTree p : children(names, "IndexColumnNameContext")) {
            ParseTree uid = child(p, "UidContext");
            ParseTree prefix = child(p, "DecimalLiteralContext");
            boolean desc = hasToken(p, "DESC");
            if (uid != null) {
                out.add(new IndexPart(Nodes.name(uid), prefix == null ? null : Integer.valueOf(text(prefix)), null,
                        desc));
            } else {
                String expr = text(p).replaceFirst("(?i)\\s+(ASC|DESC)$", "");
                out.add(new IndexPart(null, null, MysqlText.stripParentheses(expr), desc));
            }
        }
        return out;
    }

    /** The type text up to (not including) CHARACTER SET / CHARSET / COLLATE. */
    private static String typeWithoutCharset(ParseTree type) {
        ParseTree last = null;
        for (int i = 0; i < type.getChildCount(); i++) {
            ParseTree c = type.getChild(i);
            if (Nodes.is(c, "CharSetContext") || Nodes.is(c, "CharsetNameContext")
                    || Nodes.is(c, "CollationNameContext") || c instanceof TerminalNode t
                    && (t.getText().equalsIgnoreCase("COLLATE") || t.getText().equalsIgnoreCase("CHARSET")
                    || t.getText().equalsIgnoreCase("CHARACTER"))) {
                break;
            }
            last = c;
        }
        if (last == null) {
            return text(type);
        }
        org.antlr.v4.runtime.ParserRuleContext ctx = (org.antlr.v4.runtime.ParserRuleContext) type;
        int stop = last instanceof TerminalNode t ? t.getSymbol().getStopIndex()
                : ((org.antlr.v4.runtime.ParserRuleContext) last).stop.getStopIndex();
        return ctx.start.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(ctx.start.getStartIndex(),
                stop));
    }

    /** {@code DEFAULT x ON UPDATE y} parsed as one node: [x, y or null]. */
    private static String[] splitOnUpdate(ParseTree value) {
        int on = -1;
        for (int i = 0; i < value.getChildCount(); i++) {
            if (value.getChild(i) instanceof TerminalNode t && t.getText().equalsIgnoreCase("ON")
                    && i + 1 < value.getChildCount() && value.getChild(i + 1).getText().equalsIgnoreCase("UPDATE")) {
                on = i;
                break;
            }
        }
        if (on < 0) {
            return new String[] {text(value), null};
        }
        return new String[] {Nodes.textBetween(value.getChild(0), value.getChild(on - 1)),
                Nodes.textBetween(value.getChild(on + 2), value.getChild(value.getChildCount() - 1))};
    }

    /** The expression of a CHECK or GENERATED clause: its first child that is neither a token nor a name. */
    static String expressionText(ParseTree node) {
        for (int i = 0; i < node.getChildCount(); i++) {
            ParseTree c = node.getChild(i);
            if (!(c instanceof TerminalNode) && !Nodes.is(c, "UidContext")) {
                return text(c).trim();
            }
        }
        return text(node);
    }

    static String lastToken(ParseTree node) {
        for (int i = node.getChildCount() - 1; i >= 0; i--) {
            if (node.getChild(i) instanceof TerminalNode t) {
                return t.getText();
            }
            String inner = text(node.getChild(i));
            if (inner.startsWith("'") || inner.startsWith("\"")) {
                return inner;
            }
        }
        return "''";
    }
}
