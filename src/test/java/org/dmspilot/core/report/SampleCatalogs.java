package org.dmspilot.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.model.catalog.View;

/** Catalogs for report tests and the benchmark: one of each object kind, hostile names, and a generated big one. */
public final class SampleCatalogs {
    static final String HOSTILE = "<script>alert('x')</script>";

    private SampleCatalogs() {
    }

    /** A shop: LOB columns, a table without a primary key, SET, unsigned bigint, code objects, hostile names. */
    public static Catalog shop() {
        Table customers = new Table("customers", "InnoDB", "utf8mb4_general_ci", 1200L, 262_144L, 1201L, null, null,
                List.of(column("id", "int(10) unsigned", false, true), column("email", "varchar(120)", false, false),
                        column("notes", "longtext", true, false), column("profile", "json", true, false),
                        column("tags", "set('a','b')", true, false), column("big", "bigint(20) unsigned", true, false)),
                List.of(pk("id")), List.of(), List.of());
        Table audit = new Table("audit_log", "InnoDB", "utf8mb4_general_ci", 50_000L, 4_194_304L, null, null, null,
                List.of(column("msg", "text", true, false), column("flag", "tinyint(1)", true, false)),
                List.of(), List.of(), List.of());
        Table hostile = new Table(HOSTILE, "InnoDB", "utf8mb4_general_ci", 3L, 16_384L, null, null, null,
                List.of(column("id", "int(11)", false, false), column("a&b\"c'", "text", true, false)),
                List.of(pk("id")), List.of(), List.of());
        Schema shop = new Schema("shop", "utf8mb4", "utf8mb4_general_ci", List.of(audit, customers, hostile),
                List.of(new View("v_customers", "select `id` from `customers`", "UNDEFINED", "DEFINER", "NONE",
                        "root@%")),
                List.of(new Routine("f_total", Routine.Type.FUNCTION, List.of(), "int(11)",
                                "BEGIN\n  RETURN 1;\nEND", true, "NO SQL", "DEFINER", "", "", "root@%"),
                        new Routine("p_cleanup", Routine.Type.PROCEDURE, List.of(), null,
                                "BEGIN\n  DELETE FROM audit_log;\n  SELECT 1;\nEND", false, "MODIFIES SQL DATA",
                                "DEFINER", "", "", "root@%")),
                List.of(new Trigger("trg_customers_bi", "customers", Trigger.Timing.BEFORE, Trigger.RowEvent.INSERT,
                        1, "SET NEW.email = lower(NEW.email)", "", "root@%")),
                List.of(new Event("ev_purge", true, null, "1", "DAY", null, null, "ENABLED", true,
                        "DELETE FROM audit_log", "", "", "root@%")));
        return new Catalog(Engine.MARIADB, "11.4.5-MariaDB", "localhost:3306", Instant.parse("2026-01-02T03:04:05Z"),
                List.of(shop));
    }

    /**
     * {@code tables} generated tables over 10 schemas: a key, a few typed columns, every 10th without a primary key,
     * every 5th with a text column, every 20th with an unsigned bigint; 10 views per schema.
     */
    public static Catalog generated(int tables) {
        List<Schema> schemas = new ArrayList<>();
        int perSchema = Math.max(1, tables / 10);
        for (int s = 0; s * perSchema < tables; s++) {
            List<Table> list = new ArrayList<>();
            for (int t = s * perSchema; t < Math.min(tables, (s + 1) * perSchema); t++) {
                List<Column> cols = new ArrayList<>(List.of(column("id", "int(11)", false, true),
                        column("name", "varchar(100)", true, false), column("amount", "decimal(10,2)", true, false),
                        column("created_at", "datetime", true, false)));
                if (t % 5 == 0) {
                    cols.add(column("body", "text", true, false));
                }
                if (t % 20 == 0) {
                    cols.add(column("counter", "bigint(20) unsigned", true, false));
                }
                list.add(new Table(String.format("t%05d", t), "InnoDB", "utf8mb4_general_ci", 1000L + t,
                        65_536L * (1 + t % 7), null, null, null, cols, t % 10 == 0 ? List.of() : List.of(pk("id")),
                        List.of(), List.of()));
            }
            List<View> views = new ArrayList<>();
            for (int v = 0; v < 10; v++) {
                views.add(new View("v" + v, "select 1", "UNDEFINED", "DEFINER", "NONE", "root@%"));
            }
            schemas.add(new Schema("gen" + s, "utf8mb4", "utf8mb4_general_ci", list, views, List.of(), List.of(),
                    List.of()));
        }
        return new Catalog(Engine.MYSQL, "8.0.36", "generated", Instant.parse("2026-01-02T03:04:05Z"), schemas);
    }

    /** The catalog assessed offline with default settings and no SQL translator. */
    public static Assessment offline(Catalog catalog) {
        return Assessments.offline(catalog, org.dmspilot.model.convert.ConversionSettings.defaults(),
                org.dmspilot.core.convert.ProgramConverter.NOT_CONVERTED,
                org.dmspilot.core.progress.ProgressListener.NONE);
    }

    static Column column(String name, String type, boolean nullable, boolean autoIncrement) {
        String dataType = type.replaceAll("[( ].*", "");
        return new Column(name, 0, type, dataType, null, null, null, null, type.contains("unsigned"), false, null,
                null, nullable, null, null, false, null, autoIncrement, null);
    }

    static Index pk(String column) {
        return new Index("PRIMARY", true, true, "BTREE", List.of(IndexPart.of(column)), null, true);
    }
}
