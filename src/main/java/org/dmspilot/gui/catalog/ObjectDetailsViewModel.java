package org.dmspilot.gui.catalog;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.catalog.SourceDdl;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/** Properties, columns and source DDL of one catalog object, ready to show. */
public final class ObjectDetailsViewModel {
    /** A name/value row of the properties table. */
    public record Property(String name, String value) {
    }

    /** A row of the columns table. */
    public record ColumnRow(String name, String type, String nullable, String defaultValue, String extra) {
    }

    private final Object object;

    public ObjectDetailsViewModel(Object object) {
        this.object = object;
    }

    public String title() {
        if (object instanceof Table t) {
            return t.name();
        } else if (object instanceof View v) {
            return v.name();
        } else if (object instanceof Routine r) {
            return r.name();
        } else if (object instanceof Trigger t) {
            return t.name();
        }
        return String.valueOf(object);
    }

    public List<Property> properties() {
        List<Property> p = new ArrayList<>();
        if (object instanceof Table t) {
            p.add(new Property(lang("details.kind"), lang("tree.table")));
            add(p, lang("details.engine"), t.engine());
            add(p, lang("details.collation"), t.collation());
            add(p, lang("details.rows"), t.rowEstimate());
            add(p, lang("details.dataSize"), t.dataBytes() == null ? null : humanBytes(t.dataBytes()));
            add(p, lang("details.autoIncrement"), t.autoIncrement());
            add(p, lang("details.partitioning"), t.partitioning() == null ? null : t.partitioning().method());
            add(p, lang("details.primaryKey"), t.primaryKey().map(i -> String.join(", ", i.columnNames()))
                    .orElse(lang("details.none")));
            add(p, lang("details.comment"), t.comment());
        } else if (object instanceof View v) {
            p.add(new Property(lang("details.kind"), lang("tree.view")));
            add(p, lang("details.algorithm"), v.algorithm());
            add(p, lang("details.security"), v.security());
            add(p, lang("details.checkOption"), v.checkOption());
            add(p, lang("details.definer"), v.definer());
        } else if (object instanceof Routine r) {
            p.add(new Property(lang("details.kind"), r.type().name().toLowerCase()));
            add(p, lang("details.returns"), r.returnType());
            add(p, lang("details.deterministic"), r.deterministic() ? lang("details.yes") : lang("details.no"));
            add(p, lang("details.dataAccess"), r.sqlDataAccess());
            add(p, lang("details.security"), r.security());
            add(p, lang("details.sqlMode"), r.sqlMode());
            add(p, lang("details.definer"), r.definer());
        } else if (object instanceof Trigger t) {
            p.add(new Property(lang("details.kind"), lang("tree.trigger")));
            add(p, lang("details.table"), t.table());
            add(p, lang("details.fires"), t.timing() + " " + t.event());
            add(p, lang("details.order"), t.order());
            add(p, lang("details.definer"), t.definer());
        }
        return p;
    }

    public List<ColumnRow> columns() {
        if (!(object instanceof Table t)) {
            return List.of();
        }
        return t.columns().stream().map(ObjectDetailsViewModel::row).toList();
    }

    private static ColumnRow row(Column c) {
        List<String> extra = new ArrayList<>();
        if (c.autoIncrement()) {
            extra.add("auto_increment");
        }
        if (c.generated() != null) {
            extra.add((c.generated().stored() ? "stored" : "virtual") + " = " + c.generated().expression());
        }
        if (c.onUpdate() != null) {
            extra.add("on update " + c.onUpdate());
        }
        if (c.invisible()) {
            extra.add("invisible");
        }
        return new ColumnRow(c.name(), c.columnType(), c.nullable() ? lang("details.yes") : lang("details.no"),
                c.defaultValue() == null ? "" : SourceDdl.defaultValue(c.defaultValue()),
                String.join(", ", extra));
    }

    public String ddl() {
        if (object instanceof Table t) {
            return SourceDdl.table(t);
        } else if (object instanceof View v) {
            return SourceDdl.view(v);
        } else if (object instanceof Routine r) {
            return SourceDdl.routine(r);
        } else if (object instanceof Trigger t) {
            return SourceDdl.trigger(t);
        }
        return "";
    }

    private static void add(List<Property> p, String name, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            p.add(new Property(name, String.valueOf(value)));
        }
    }

    static String humanBytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
