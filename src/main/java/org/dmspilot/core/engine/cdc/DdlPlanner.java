package org.dmspilot.core.engine.cdc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.core.convert.ColumnFacts;
import org.dmspilot.core.convert.MysqlColumnType;
import org.dmspilot.core.convert.PgNames;
import org.dmspilot.core.convert.TypeMapper;
import org.dmspilot.core.engine.Sql;
import org.dmspilot.core.engine.cdc.DdlTokens.Token;
import org.dmspilot.model.convert.ConversionOptions;

/**
 * What CDC does with a DDL statement read from the binlog. Simple {@code ALTER TABLE}s of a migrated table — add
 * column (with the DEFAULT / NOT NULL backfill MySQL gives the existing rows, {@link AddedColumnDefault}), drop column, modify / change a column to a wider type — are applied to the target (types mapped as the
 * converter maps them); {@code TRUNCATE} is applied; index, default, comment and engine changes have no effect on
 * the rows and are skipped; anything else that touches a migrated table (renames, partition maintenance, narrowing
 * or incompatible type changes, {@code DROP TABLE}...) pauses that table with the reason.
 *
 * <p>The new column definitions are read from the source's information_schema when the DDL is applied; when later
 * DDL has already changed the table again, the next row of a different shape pauses the table instead of writing
 * wrong values.
 */
final class DdlPlanner {
    private static final Set<String> NO_ROW_EFFECT = Set.of("INDEX", "KEY", "UNIQUE", "FULLTEXT", "SPATIAL",
            "CONSTRAINT", "FOREIGN", "PRIMARY", "CHECK", "ALGORITHM", "LOCK", "ENGINE", "COMMENT", "AUTO_INCREMENT",
            "ROW_FORMAT", "KEY_BLOCK_SIZE", "STATS_PERSISTENT", "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES",
            "FORCE", "ENABLE", "DISABLE", "ORDER", "AVG_ROW_LENGTH", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS",
            "CHECKSUM", "DELAY_KEY_WRITE", "PAGE_CHECKSUM", "TRANSACTIONAL", "SEQUENCE");
    private static final Pattern VARCHAR = Pattern.compile("(character varying|character|bit varying|bit)\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    /** The decision. */
    sealed interface Plan permits Ignore, Apply, Pause, Rename {
    }

    /** Tables renamed, in order ({@link TableRenames}): followed on the target, or paused. */
    record Rename(List<TableRenames.Step> steps, String what) implements Plan {
    }

    /** Nothing to do on the target (another schema, an object the engine does not copy, no row effect). */
    record Ignore(String why) implements Plan {
    }

    /**
     * Statements to run on the target; then, when {@code table} is set, the table's source columns become
     * {@code columns} (binlog order).
     */
    record Apply(String table, List<String> statements, List<SourceColumn> columns, String what) implements Plan {
    }

    /** The table's changes stop being applied. */
    record Pause(String table, String reason) implements Plan {
    }

    private DdlPlanner() {
    }

    static Plan plan(String sql, String defaultDb, String schema, Map<String, CdcTable> tables) {
        List<List<Token>> clauses = DdlTokens.clauses(sql);
        List<Token> first = clauses.get(0);
        int i = 0;
        if (first.isEmpty()) {
            return new Ignore("empty statement");
        }
        String verb = first.get(0).upper();
        if (verb.equals("TRUNCATE")) {
            i = first.size() > 1 && first.get(1).is("TABLE") ? 2 : 1;
            String table = table(first, i, defaultDb, schema, tables);
            return table == null ? new Ignore("not a migrated table")
                    : new Apply(null, List.of("TRUNCATE " + tables.get(table).pair().qualifiedTarget()), null,
                            "TRUNCATE " + table);
        }
        if (verb.equals("RENAME") && first.size() > 1 && first.get(1).is("TABLE")) {
            return new Rename(TableRenames.ofRenameTable(clauses, defaultDb), abbreviate(sql));
        }
        if (verb.equals("DROP")) {
            for (List<Token> clause : clauses) {
                for (int k = 0; k < clause.size(); k++) {
                    String t = table(clause, k, defaultDb, schema, tables);
                    if (t != null && (k == 0 || !clause.get(k - 1).is("."))) {
                        return new Pause(t, "the source ran: " + abbreviate(sql));
                    }
                }
            }
            return new Ignore("no migrated table named");
        }
        if (!verb.equals("ALTER")) {
            return new Ignore("not a change to a migrated table's rows");
        }
        while (i < first.size() && !first.get(i).is("TABLE")) {
            if (!first.get(i).is("ALTER") && !first.get(i).is("ONLINE") && !first.get(i).is("IGNORE")) {
                return new Ignore("not ALTER TABLE");
            }
            i++;
        }
        if (i >= first.size()) {
            return new Ignore("not ALTER TABLE");
        }
        i++;
        if (i < first.size() && first.get(i).is("IF")) {
            i += 2; // IF EXISTS
        }
        String table = table(first, i, defaultDb, schema, tables);
        if (table == null) {
            return new Ignore("not a migrated table");
        }
        if (tables.get(table).pausedReason() != null) {
            return new Ignore("table " + table + " is paused");
        }
        i += first.size() > i + 1 && first.get(i + 1).is(".") ? 3 : 1;
        List<List<Token>> specs = new ArrayList<>();
        specs.add(first.subList(i, first.size()));
        specs.addAll(clauses.subList(1, clauses.size()));
        if (specs.size() == 1 && !specs.get(0).isEmpty() && specs.get(0).get(0).is("RENAME")) {
            TableRenames.Step step = TableRenames.ofAlter(schema, table, specs.get(0), defaultDb);
            if (step != null) {
                return new Rename(List.of(step), abbreviate(sql));
            }
        }
        List<List<Token>> columnSpecs = new ArrayList<>();
        for (List<Token> spec : specs) {
            String why = columnChange(spec);
            if (why == null) {
                columnSpecs.add(spec);
            } else if (!why.isEmpty()) {
                return new Pause(table, why + " (" + abbreviate(sql) + ")");
            }
        }
        if (columnSpecs.isEmpty()) {
            return new Ignore("no effect on the rows");
        }
        return columnsPlan(tables.get(table), columnSpecs, sql);
    }

    /** null when the clause adds, drops or modifies a column, "" when it has no effect on rows, else why not. */
    private static String columnChange(List<Token> spec) {
        if (spec.isEmpty()) {
            return "";
        }
        String op = spec.get(0).upper();
        int k = 1;
        if (k < spec.size() && spec.get(k).is("COLUMN")) {
            k++;
        }
        if (k < spec.size() && spec.get(k).is("IF")) {
            k += spec.size() > k + 1 && spec.get(k + 1).is("NOT") ? 3 : 2;
        }
        Token next = k < spec.size() ? spec.get(k) : null;
        switch (op) {
            case "ADD":
            case "DROP":
                if (primaryKey(spec, k)) {
                    return op + " PRIMARY KEY changes the key that CDC applies changes by (reload the table)";
                }
                if (next == null || NO_ROW_EFFECT.contains(next.upper())) {
                    return "";
                }
                return next.upper().equals("PARTITION") ? op + " PARTITION changes rows without row events" : null;
            case "MODIFY":
                return next == null ? "an incomplete MODIFY" : null;
            case "CHANGE":
                if (next == null || k + 1 >= spec.size() || !next.text().equalsIgnoreCase(spec.get(k + 1).text())) {
                    return "a column rename";
                }
                return null;
            case "ALTER":
                return ""; // ALTER [COLUMN] c SET/DROP DEFAULT, ALTER INDEX ... VISIBLE
            case "RENAME":
                return "a rename";
            case "CONVERT":
                return "a character set conversion";
            case "DEFAULT":
            case "CHARACTER":
            case "CHARSET":
            case "COLLATE":
                return "";
            case "TRUNCATE":
            case "COALESCE":
            case "REORGANIZE":
            case "EXCHANGE":
            case "REMOVE":
            case "PARTITION":
            case "DISCARD":
            case "IMPORT":
                return op + " (partitions or tablespace) changes rows without row events";
            default:
                return NO_ROW_EFFECT.contains(op) ? "" : "an ALTER TABLE clause CDC does not follow: " + op;
        }
    }

    /** True when the clause from {@code k} is {@code PRIMARY KEY} or {@code CONSTRAINT [name] PRIMARY KEY}. */
    private static boolean primaryKey(List<Token> spec, int k) {
        for (int i = k; i < Math.min(spec.size(), k + 3); i++) {
            if (spec.get(i).is("PRIMARY")) {
                return true;
            }
            if (i == k && !spec.get(i).is("CONSTRAINT")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The table's new source columns, computed from the statement itself (not from information_schema, which may
     * already show later changes), and the target statements that follow them.
     */
    private static Plan columnsPlan(CdcTable t, List<List<Token>> specs, String sql) {
        List<SourceColumn> cols = new ArrayList<>(t.sourceColumns());
        TypeMapper types = new TypeMapper(new ConversionOptions(ConversionOptions.EnumStrategy.CHECK_CONSTRAINT,
                false, ConversionOptions.defaults().caseInsensitive()), labels -> "text");
        String table = t.pair().qualifiedTarget();
        List<String> statements = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        t.pair().primaryKey().forEach(c -> keys.add(c.source().toLowerCase(Locale.ROOT)));
        for (List<Token> spec : specs) {
            String op = spec.get(0).upper();
            int k = 1;
            if (k < spec.size() && spec.get(k).is("COLUMN")) {
                k++;
            }
            boolean ifExists = k < spec.size() && spec.get(k).is("IF");
            if (ifExists) {
                k += spec.size() > k + 1 && spec.get(k + 1).is("NOT") ? 3 : 2;
            }
            List<List<Token>> defs = new ArrayList<>();
            if (op.equals("ADD") && spec.get(k).text().startsWith("(") && !spec.get(k).quoted()) {
                String inner = spec.get(k).text();
                defs.addAll(DdlTokens.clauses(inner.substring(1, inner.length() - 1)));
            } else {
                defs.add(spec.subList(op.equals("CHANGE") ? k + 1 : k, spec.size()));
            }
            for (List<Token> def : defs) {
                String name = def.get(0).text();
                int at = indexOf(cols, name);
                String pgName = PgNames.name(name);
                if (op.equals("DROP")) {
                    if (at < 0) {
                        if (ifExists) {
                            continue;
                        }
                        return new Pause(t.pair().source(), "DROP of unknown column " + name);
                    }
                    if (keys.contains(name.toLowerCase(Locale.ROOT))) {
                        return new Pause(t.pair().source(), "its primary-key column " + name + " was dropped");
                    }
                    cols.remove(at);
                    statements.add("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + Sql.pg(pgName));
                    continue;
                }
                SourceColumn column = definition(name, def);
                if (column == null) {
                    return new Pause(t.pair().source(), "a generated or unreadable column definition for " + name
                            + " (" + abbreviate(sql) + ")");
                }
                String pgType = types.map(MysqlColumnType.parse(column.columnType()), ColumnFacts.UNKNOWN).sql();
                if (op.equals("ADD")) {
                    if (at >= 0) {
                        if (ifExists) {
                            continue;
                        }
                        return new Pause(t.pair().source(), "ADD of existing column " + name);
                    }
                    AddedColumnDefault backfill = AddedColumnDefault.of(def, column);
                    if (backfill.pause() != null) {
                        return new Pause(t.pair().source(), "ADD COLUMN " + name + ": " + backfill.pause()
                                + ", and the binlog does not carry the values it gives the existing rows ("
                                + abbreviate(sql) + ")");
                    }
                    statements.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + Sql.pg(pgName) + " "
                            + pgType + backfill.clause());
                    if (backfill.dropDefault()) {
                        statements.add("ALTER TABLE " + table + " ALTER COLUMN " + Sql.pg(pgName) + " DROP DEFAULT");
                    }
                } else {
                    if (at < 0) {
                        return new Pause(t.pair().source(), op + " of unknown column " + name);
                    }
                    String now = t.pair().columns().stream().filter(c -> c.source().equalsIgnoreCase(name))
                            .map(org.dmspilot.core.engine.ColumnPair::targetType).findFirst().orElse(null);
                    if (now != null && !normal(now).equals(normal(pgType))) {
                        if (!wider(now, pgType)) {
                            return new Pause(t.pair().source(), "column " + name + " changed from " + now + " to "
                                    + pgType + ", which is not a widening (" + abbreviate(sql) + ")");
                        }
                        statements.add("ALTER TABLE " + table + " ALTER COLUMN " + Sql.pg(pgName) + " TYPE "
                                + pgType);
                    }
                    cols.remove(at);
                }
                cols.add(position(cols, def, at < 0 ? cols.size() : at), column);
            }
        }
        return new Apply(t.pair().source(), statements, cols, abbreviate(sql));
    }

    private static int indexOf(List<SourceColumn> cols, String name) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Where a column goes: FIRST, AFTER x, or {@code otherwise} (the end for ADD, its place for MODIFY). */
    private static int position(List<SourceColumn> cols, List<Token> def, int otherwise) {
        for (int i = 1; i < def.size(); i++) {
            if (def.get(i).is("FIRST")) {
                return 0;
            }
            if (def.get(i).is("AFTER") && i + 1 < def.size()) {
                int at = indexOf(cols, def.get(i + 1).text());
                return at < 0 ? cols.size() : at + 1;
            }
        }
        return otherwise;
    }

    /** A column definition {@code name type[(args)] [UNSIGNED] [CHARACTER SET cs] ...}, or null when generated. */
    private static SourceColumn definition(String name, List<Token> def) {
        if (def.size() < 2 || def.get(1).quoted()) {
            return null;
        }
        String base = def.get(1).text().toLowerCase(Locale.ROOT);
        StringBuilder type = new StringBuilder(base);
        String charset = null;
        for (int i = 2; i < def.size(); i++) {
            Token tk = def.get(i);
            if (i == 2 && tk.text().startsWith("(") && !tk.quoted()) {
                type.append(tk.text());
            } else if (tk.is("UNSIGNED") || tk.is("ZEROFILL")) {
                type.append(' ').append(tk.upper().toLowerCase(Locale.ROOT));
            } else if ((tk.is("CHARSET") || tk.is("SET") && def.get(i - 1).is("CHARACTER")) && i + 1 < def.size()) {
                charset = def.get(i + 1).text();
            } else if (tk.is("GENERATED") || tk.is("AS")) {
                return null;
            }
        }
        if (base.equals("bool") || base.equals("boolean")) {
            return new SourceColumn(name, "tinyint", "tinyint(1)", null);
        }
        String dataType = switch (base) {
            case "integer" -> "int";
            case "dec", "numeric", "fixed" -> "decimal";
            default -> base;
        };
        boolean text = dataType.contains("char") || dataType.contains("text") || dataType.equals("enum")
                || dataType.equals("set");
        return new SourceColumn(name, dataType, type.toString(), text && charset == null ? "utf8mb4" : charset);
    }

    /** True when every value of type {@code from} fits {@code to} unchanged. */
    static boolean wider(String from, String to) {
        from = normal(from);
        to = normal(to);
        if (from.equals(to) || to.equals("text") && (from.startsWith("character") || from.equals("text"))) {
            return true;
        }
        int fi = INTEGERS.indexOf(from);
        if (fi >= 0) {
            int ti = INTEGERS.indexOf(to);
            if (ti >= 0) {
                return ti >= fi;
            }
            return to.startsWith("numeric") && digits(to) - scale(to) >= new int[] {5, 10, 19}[fi];
        }
        Matcher f = VARCHAR.matcher(from);
        Matcher t = VARCHAR.matcher(to);
        if (f.matches() && t.matches()) {
            boolean sameFamily = f.group(1).equals(t.group(1)) || f.group(1).equals("character")
                    && t.group(1).equals("character varying");
            return sameFamily && Integer.parseInt(t.group(2)) >= Integer.parseInt(f.group(2));
        }
        Matcher fn = NUMERIC.matcher(from);
        Matcher tn = NUMERIC.matcher(to);
        if (fn.matches() && tn.matches()) {
            int fs = Integer.parseInt(fn.group(2));
            int ts = Integer.parseInt(tn.group(2));
            return ts >= fs && Integer.parseInt(tn.group(1)) - ts >= Integer.parseInt(fn.group(1)) - fs;
        }
        return from.equals("real") && to.equals("double precision");
    }

    /** One spelling per PostgreSQL type (format_type's), whatever the type mapper wrote. */
    static String normal(String type) {
        String t = type.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(", ", ",").strip();
        t = t.replaceAll("^varchar\\b", "character varying").replaceAll("^char\\b", "character")
                .replaceAll("^varbit\\b", "bit varying");
        return switch (t) {
            case "int", "int4" -> "integer";
            case "int2" -> "smallint";
            case "int8" -> "bigint";
            case "float8", "double" -> "double precision";
            case "float4" -> "real";
            case "bool" -> "boolean";
            case "timestamp" -> "timestamp without time zone";
            case "timestamptz" -> "timestamp with time zone";
            default -> t;
        };
    }

    private static int digits(String numeric) {
        Matcher m = NUMERIC.matcher(numeric);
        return m.matches() ? Integer.parseInt(m.group(1)) : numeric.equals("numeric") ? 1000 : 0;
    }

    private static int scale(String numeric) {
        Matcher m = NUMERIC.matcher(numeric);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** The migrated table named at token {@code i} ({@code db . t} or {@code t} in the default database). */
    private static String table(List<Token> tokens, int i, String defaultDb, String schema,
            Map<String, CdcTable> tables) {
        if (i >= tokens.size()) {
            return null;
        }
        String db = defaultDb;
        String name = tokens.get(i).text();
        if (i + 2 < tokens.size() && tokens.get(i + 1).is(".")) {
            db = name;
            name = tokens.get(i + 2).text();
        }
        return schema.equals(db) && tables.containsKey(name) ? name : null;
    }

    private static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }
}
