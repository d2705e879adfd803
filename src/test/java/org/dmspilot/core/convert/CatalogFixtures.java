package org.dmspilot.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.dmspilot.model.catalog.CheckConstraint;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.GeneratedColumn;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;

/** Small builders for catalog records in converter tests. */
final class CatalogFixtures {
    private CatalogFixtures() {
    }

    static Column col(String name, String columnType) {
        String dataType = columnType.replaceAll("[( ].*", "").toLowerCase();
        return new Column(name, 0, columnType, dataType, null, null, null, null, columnType.contains("unsigned"),
                false, null, null, true, null, null, false, null, false, null);
    }

    static Column notNull(Column c) {
        return new Column(c.name(), c.position(), c.columnType(), c.dataType(), c.length(), c.precision(), c.scale(),
                c.datetimePrecision(), c.unsigned(), c.zerofill(), c.charset(), c.collation(), false,
                c.defaultValue(), c.generated(), c.invisible(), c.onUpdate(), c.autoIncrement(), c.comment());
    }

    static Column autoIncrement(Column c) {
        return new Column(c.name(), c.position(), c.columnType(), c.dataType(), c.length(), c.precision(), c.scale(),
                c.datetimePrecision(), c.unsigned(), c.zerofill(), c.charset(), c.collation(), false, null, null,
                false, null, true, c.comment());
    }

    static Column withDefault(Column c, DefaultValue d) {
        return new Column(c.name(), c.position(), c.columnType(), c.dataType(), c.length(), c.precision(), c.scale(),
                c.datetimePrecision(), c.unsigned(), c.zerofill(), c.charset(), c.collation(), c.nullable(), d,
                c.generated(), c.invisible(), c.onUpdate(), c.autoIncrement(), c.comment());
    }

    static Column onUpdate(Column c, String expr) {
        return new Column(c.name(), c.position(), c.columnType(), c.dataType(), c.length(), c.precision(), c.scale(),
                c.datetimePrecision(), c.unsigned(), c.zerofill(), c.charset(), c.collation(), c.nullable(),
                c.defaultValue(), c.generated(), c.invisible(), expr, c.autoIncrement(), c.comment());
    }

    static Column generated(Column c, String expr, boolean stored) {
        return new Column(c.name(), c.position(), c.columnType(), c.dataType(), c.length(), c.precision(), c.scale(),
                c.datetimePrecision(), c.unsigned(), c.zerofill(), c.charset(), c.collation(), c.nullable(), null,
                new GeneratedColumn(expr, stored), c.invisible(), c.onUpdate(), c.autoIncrement(), c.comment());
    }

    static Column collated(Column c, String collation) {
        return new Column(c.name(), c.position(), c.columnType(), c.dataType(), c.length(), c.precision(), c.scale(),
                c.datetimePrecision(), c.unsigned(), c.zerofill(), "utf8mb4", collation, c.nullable(),
                c.defaultValue(), c.generated(), c.invisible(), c.onUpdate(), c.autoIncrement(), c.comment());
    }

    static Index pk(String... columns) {
        return new Index("PRIMARY", true, true, "BTREE", parts(columns), null, true);
    }

    static Index index(String name, boolean unique, String type, IndexPart... parts) {
        return new Index(name, false, unique, type, List.of(parts), null, true);
    }

    static IndexPart prefix(String column, int length) {
        return new IndexPart(column, length, null, false);
    }

    static List<IndexPart> parts(String... columns) {
        List<IndexPart> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add(IndexPart.of(c));
        }
        return parts;
    }

    static ForeignKey fk(String name, String column, String refTable, String refColumn, String onDelete) {
        return new ForeignKey(name, List.of(column), null, refTable, List.of(refColumn), onDelete, "RESTRICT");
    }

    static Table table(String name, Long autoIncrement, List<Column> columns, List<Index> indexes,
            List<ForeignKey> fks, List<CheckConstraint> checks) {
        return new Table(name, "InnoDB", "utf8mb4_general_ci", 0L, 0L, autoIncrement, null, null, columns, indexes,
                fks, checks);
    }

    static Schema schema(String name, Table... tables) {
        return new Schema(name, "utf8mb4", "utf8mb4_general_ci", List.of(tables), List.of(), List.of(), List.of(),
                List.of());
    }
}
