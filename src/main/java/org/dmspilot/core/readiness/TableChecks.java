package org.dmspilot.core.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;

/** Evaluators of the checks on the selected schemas' tables and data. */
final class TableChecks {
    static final Set<String> LOB_TYPES = Set.of("tinytext", "text", "mediumtext", "longtext", "tinyblob", "blob",
            "mediumblob", "longblob", "json");
    static final Set<String> SPATIAL_TYPES = Set.of("geometry", "point", "linestring", "polygon", "multipoint",
            "multilinestring", "multipolygon", "geometrycollection", "geomcollection");
    static final int MAX_TABLES = 10_000;
    private static final int LISTED = 20;

    private TableChecks() {
    }

    private static List<String> matching(SourceFacts f, BiPredicate<Schema, Table> test) {
        List<String> out = new ArrayList<>();
        for (Schema s : f.catalog().schemas()) {
            for (Table t : s.tables()) {
                if (test.test(s, t)) {
                    out.add(s.name() + "." + t.name());
                }
            }
        }
        return out;
    }

    private static String list(List<String> names) {
        return names.size() <= LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
    }

    private static String perTable(SourceFacts f, BiPredicate<Schema, Table> test,
            java.util.function.BiFunction<Schema, Table, String> fix) {
        List<String> out = new ArrayList<>();
        for (Schema s : f.catalog().schemas()) {
            for (Table t : s.tables()) {
                if (test.test(s, t)) {
                    out.add(fix.apply(s, t));
                }
            }
        }
        return String.join("\n", out);
    }

    static Finding storageEngine(SourceFacts f) {
        BiPredicate<Schema, Table> notInnoDb = (s, t) -> t.engine() != null && !t.engine().equalsIgnoreCase("InnoDB");
        List<String> found = matching(f, notInnoDb);
        return Finding.of(found.isEmpty(), CheckStatus.WARN, found.isEmpty() ? "every table is InnoDB"
                : found.size() + " non-InnoDB table(s): " + list(found),
                perTable(f, notInnoDb, (s, t) -> "ALTER TABLE " + Sql.table(s.name(), t.name()) + " ENGINE=InnoDB;"));
    }

    static Finding withoutPrimaryKey(SourceFacts f) {
        BiPredicate<Schema, Table> noPk = (s, t) -> t.primaryKey().isEmpty();
        List<String> found = matching(f, noPk);
        return Finding.of(found.isEmpty(), CheckStatus.WARN, found.isEmpty() ? "every table has a primary key"
                : found.size() + " table(s) without a primary key: " + list(found), perTable(f, noPk,
                        TableChecks::addPrimaryKey));
    }

    static Finding lobWithoutPrimaryKey(SourceFacts f) {
        BiPredicate<Schema, Table> lobNoPk = (s, t) -> t.primaryKey().isEmpty()
                && t.columns().stream().anyMatch(c -> LOB_TYPES.contains(c.dataType()));
        List<String> found = matching(f, lobNoPk);
        return Finding.of(found.isEmpty(), CheckStatus.FAIL, found.isEmpty()
                ? "no table has LOB columns without a primary key"
                : found.size() + " table(s) with TEXT/BLOB/JSON columns and no primary key: " + list(found),
                perTable(f, lobNoPk, TableChecks::addPrimaryKey));
    }

    /** A unique NOT NULL key becomes the primary key; otherwise an invisible auto-increment id is added. */
    static String addPrimaryKey(Schema s, Table t) {
        for (Index i : t.indexes()) {
            boolean allNotNull = i.parts().stream().allMatch(p -> p.column() != null && p.prefixLength() == null
                    && t.column(p.column()).map(c -> !c.nullable()).orElse(false));
            if (i.unique() && allNotNull) {
                return "ALTER TABLE " + Sql.table(s.name(), t.name()) + " ADD PRIMARY KEY ("
                        + i.columnNames().stream().map(Sql::id).collect(Collectors.joining(", ")) + ");";
            }
        }
        return "ALTER TABLE " + Sql.table(s.name(), t.name())
                + " ADD COLUMN `dms_row_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT INVISIBLE PRIMARY KEY;";
    }

    private static List<String> columns(SourceFacts f, java.util.function.Predicate<Column> test) {
        List<String> out = new ArrayList<>();
        for (Schema s : f.catalog().schemas()) {
            for (Table t : s.tables()) {
                t.columns().stream().filter(test).forEach(c -> out.add(s.name() + "." + t.name() + "." + c.name()
                        + " " + c.columnType()));
            }
        }
        return out;
    }

    static Finding generatedColumns(SourceFacts f) {
        List<String> found = columns(f, c -> c.generated() != null);
        return Finding.of(found.isEmpty(), CheckStatus.WARN, found.isEmpty() ? "no generated columns"
                : found.size() + " generated column(s): " + list(found),
                "-- nothing to change on the source: AWS DMS does not replicate generated columns; DMS Pilot "
                        + "creates them as GENERATED ALWAYS AS (...) STORED on PostgreSQL and leaves them out of "
                        + "the table mappings");
    }

    static Finding partitionedTables(SourceFacts f) {
        List<String> found = matching(f, (s, t) -> t.partitioning() != null);
        return Finding.of(found.isEmpty(), CheckStatus.WARN, found.isEmpty() ? "no partitioned tables"
                : found.size() + " partitioned table(s): " + list(found),
                "-- nothing to change on the source: DMS loads each partitioned table as one table; DMS Pilot "
                        + "creates declarative partitions on PostgreSQL where the scheme maps");
    }

    static Finding unsupportedDataTypes(SourceFacts f) {
        List<String> found = columns(f, c -> SPATIAL_TYPES.contains(c.dataType()));
        return Finding.of(found.isEmpty(), CheckStatus.WARN, found.isEmpty() ? "no unsupported data types"
                : found.size() + " spatial column(s), which AWS DMS does not migrate to PostgreSQL: " + list(found),
                "-- migrate spatial columns with the DMS Pilot engine (PostGIS geometry) or exclude them from the "
                        + "DMS task and copy them with ST_AsText / ST_GeomFromText");
    }

    static Finding zeroDates(SourceFacts f) {
        List<String> found = f.zeroDates();
        String notScanned = f.unscanned().isEmpty() ? "" : "; not scanned (timeout): " + list(f.unscanned());
        String fix = String.join("\n", found.stream().map(TableChecks::zeroDateFix).toList());
        CheckStatus status = !found.isEmpty() || !f.unscanned().isEmpty() ? CheckStatus.WARN : CheckStatus.PASS;
        return new Finding(status, (found.isEmpty() ? "no zero dates in the data"
                : found.size() + " column(s) holding zero dates: " + list(found)) + notScanned,
                status == CheckStatus.PASS ? "" : fix + (fix.isEmpty() ? "" : "\n")
                        + "-- or keep the source as is and map zero dates to NULL in the DMS Pilot mapping rules");
    }

    private static String zeroDateFix(String qualified) {
        String[] p = qualified.split("\\.", 3);
        String col = Sql.id(p[2]);
        return "UPDATE " + Sql.table(p[0], p[1]) + " SET " + col + " = NULL WHERE MONTH(" + col
                + ") = 0 OR DAYOFMONTH(" + col + ") = 0;  -- if the column is NOT NULL, pick a sentinel date";
    }

    static Finding tooManyTables(SourceFacts f) {
        int tables = f.catalog().schemas().stream().mapToInt(s -> s.tables().size()).sum();
        return Finding.of(tables <= MAX_TABLES, CheckStatus.WARN, tables + " table(s) selected",
                "-- split the migration into several DMS tasks of at most " + MAX_TABLES + " tables each "
                        + "(DMS Pilot: one task per schema group)");
    }
}
