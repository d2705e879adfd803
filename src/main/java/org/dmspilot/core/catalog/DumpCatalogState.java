package org.dmspilot.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;
import org.dmspilot.core.sqlparse.MysqlScript;
import org.dmspilot.core.sqlparse.ScriptSyntaxException;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/**
 * The catalog as the dump builds it, statement by statement: a CREATE replaces an object of the same name (so the
 * placeholder tables and views mysqldump writes before the real views disappear), a DROP removes it.
 */
final class DumpCatalogState {
    private final ServerVersion version;
    private final DumpSession session = new DumpSession();
    private final DumpObjectBuilder objects;
    private final Map<String, SchemaState> schemas = new LinkedHashMap<>();
    private String current;

    DumpCatalogState(ServerVersion version, String defaultSchema) {
        this.version = version;
        this.objects = new DumpObjectBuilder(version);
        this.current = defaultSchema;
    }

    DumpSession session() {
        return session;
    }

    void use(String schema) {
        current = schema;
        schema(schema);
    }

    private SchemaState schema(String name) {
        return schemas.computeIfAbsent(name, SchemaState::new);
    }

    /** @param body the verbatim body of a routine, trigger or event when the tree holds a stand-in, else null */
    void create(ParseTree node, MysqlScript.Statement s, String file, String body) {
        String kind = node.getClass().getSimpleName();
        SchemaState target = kind.equals("CreateDatabaseContext") ? null : schema(current);
        switch (kind) {
            case "ColumnCreateTableContext" -> {
                Table t = new DumpTableBuilder(version, current).build(node);
                target.views.remove(t.name());
                target.tables.put(t.name(), t);
            }
            case "CopyCreateTableContext", "QueryCreateTableContext" -> throw new ScriptSyntaxException(file,
                    s.line(), s.column(), "CREATE TABLE ... LIKE / AS SELECT does not say the table's columns;"
                            + " dump with mysqldump or mariadb-dump");
            case "CreateViewContext" -> {
                View v = objects.view(node);
                target.tables.remove(v.name());
                target.views.put(v.name(), v);
            }
            case "CreateProcedureContext", "CreateFunctionContext" -> {
                Routine r = objects.routine(node, session.sqlMode(), body);
                target.routines.put(r.name() + "\0" + r.type(), r);
            }
            case "CreateTriggerContext" -> {
                Trigger probe = objects.trigger(node, 0, session.sqlMode(), body);
                target.triggers.remove(probe.name());
                int order = 1 + (int) target.triggers.values().stream()
                        .filter(t -> DumpObjectBuilder.triggerKey(t).equals(DumpObjectBuilder.triggerKey(probe)))
                        .count();
                target.triggers.put(probe.name(), objects.trigger(node, order, session.sqlMode(), body));
            }
            case "CreateEventContext" -> {
                Event e = objects.event(node, session.sqlMode(), body);
                target.events.put(e.name(), e);
            }
            case "CreateDatabaseContext" -> {
                String name = Nodes.name(Nodes.child(node, "UidContext"));
                SchemaState created = schema(name);
                created.charset = Nodes.text(Nodes.find(node, "CharsetNameContext"));
                created.collation = Nodes.text(Nodes.find(node, "CollationNameContext"));
                if (created.collation == null) {
                    created.collation = DumpTypes.defaultCollation(created.charset, version);
                }
            }
            default -> {
                // indexes, users, servers...: not part of the catalog model
            }
        }
    }

    void drop(ParseTree node) {
        SchemaState target = schemas.get(current);
        if (target == null) {
            return;
        }
        String kind = node.getClass().getSimpleName();
        List<ParseTree> names = new ArrayList<>(Nodes.findAll(node, "TableNameContext"));
        names.addAll(Nodes.findAll(node, "FullIdContext"));
        for (ParseTree n : names) {
            String name = Nodes.lastName(n);
            switch (kind) {
                case "DropTableContext" -> target.tables.remove(name);
                case "DropViewContext" -> target.views.remove(name);
                case "DropProcedureContext" -> target.routines.remove(name + "\0" + Routine.Type.PROCEDURE);
                case "DropFunctionContext" -> target.routines.remove(name + "\0" + Routine.Type.FUNCTION);
                case "DropTriggerContext" -> target.triggers.remove(name);
                case "DropEventContext" -> target.events.remove(name);
                default -> {
                    // DROP DATABASE / USER ...: nothing to undo in the catalog being read
                }
            }
        }
    }

    List<Schema> schemas() {
        List<Schema> out = new ArrayList<>();
        for (SchemaState s : schemas.values()) {
            List<Table> tables = new ArrayList<>(s.tables.values());
            tables.sort(Comparator.comparing(Table::name));
            List<View> views = new ArrayList<>(s.views.values());
            views.sort(Comparator.comparing(View::name));
            List<Routine> routines = new ArrayList<>(s.routines.values());
            routines.sort(CatalogAssembler.ROUTINE_ORDER);
            List<Trigger> triggers = new ArrayList<>(s.triggers.values());
            triggers.sort(CatalogAssembler.TRIGGER_ORDER);
            List<Event> events = new ArrayList<>(s.events.values());
            events.sort(Comparator.comparing(Event::name));
            out.add(new Schema(s.name, s.charset, s.collation, tables, views, routines, triggers, events));
        }
        return out;
    }

    /** One schema's objects by name, in dump order. */
    private static final class SchemaState {
        final String name;
        String charset;
        String collation;
        final Map<String, Table> tables = new HashMap<>();
        final Map<String, View> views = new HashMap<>();
        final Map<String, Routine> routines = new HashMap<>();
        final Map<String, Trigger> triggers = new LinkedHashMap<>();
        final Map<String, Event> events = new HashMap<>();

        SchemaState(String name) {
            this.name = name;
        }
    }
}
