package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.core.readiness.ReadinessChecker;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.ForeignKey;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.SourceDump;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox's shopwave database on MariaDB and on MySQL (loaded once per server for the class), read live and from
 * the server's own dump, against information_schema itself.
 */
class ShopwaveCatalogTest {
    private static final Map<Engine, Loaded> LOADED = new EnumMap<>(Engine.class);

    @TempDir
    Path dir;

    private record Loaded(TestDatabase db, Schema live) {
    }

    private static synchronized Loaded shopwave(Engine engine) throws Exception {
        Loaded l = LOADED.get(engine);
        if (l == null) {
            TestDatabase db = Databases.newSourceDatabase(engine, "shopwave_catalog");
            try (Connection c = db.connect()) {
                c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
                Shopwave.load(c);
            }
            l = new Loaded(db, LiveAndDumpAgreeTest.live(db));
            LOADED.put(engine, l);
        }
        return l;
    }

    /** One column of rows of an information_schema query, each row's values joined by '|'. */
    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                sql.replace("?", "'" + db.database() + "'"))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                out.add(String.join("|", values));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void liveCatalogMatchesInformationSchemaExactly(Engine engine) throws Exception {
        TestDatabase db = shopwave(engine).db();
        Schema live = shopwave(engine).live();
        assertThat(live.tables()).extracting(Table::name).containsExactlyInAnyOrderElementsOf(rows(db, "SELECT TABLE_NAME FROM"
                + " information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY TABLE_NAME"));
        assertThat(live.views()).extracting("name").containsExactlyInAnyOrderElementsOf(rows(db, "SELECT TABLE_NAME FROM"
                + " information_schema.VIEWS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME"));
        assertThat(live.routines()).extracting(r -> r.name() + "|" + r.type()).containsExactlyInAnyOrderElementsOf(
                rows(db, "SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?"));
        assertThat(live.triggers()).extracting(t -> t.name() + "|" + t.table()).containsExactlyInAnyOrderElementsOf(
                rows(db, "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS"
                        + " WHERE TRIGGER_SCHEMA = ?"));
        List<String> columns = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> fks = new ArrayList<>();
        for (Table t : live.tables()) {
            for (Column c : t.columns()) {
                columns.add(t.name() + "|" + c.name() + "|" + c.position() + "|" + c.columnType() + "|"
                        + (c.nullable() ? "YES" : "NO"));
            }
            for (Index i : t.indexes()) {
                int seq = 1;
                for (IndexPart p : i.parts()) {
                    indexes.add(t.name() + "|" + i.name() + "|" + seq++ + "|" + p.column() + "|"
                            + (i.unique() ? 0 : 1));
                }
            }
            for (ForeignKey f : t.foreignKeys()) {
                fks.add(t.name() + "|" + f.name() + "|" + f.referencedTable() + "|" + f.onDelete() + "|"
                        + f.onUpdate());
            }
        }
        assertThat(columns).containsExactlyInAnyOrderElementsOf(rows(db, "SELECT TABLE_NAME, COLUMN_NAME,"
                + " ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS c WHERE TABLE_SCHEMA = ?"
                + " AND EXISTS (SELECT 1 FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = c.TABLE_SCHEMA"
                + " AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE')"));
        assertThat(indexes).containsExactlyInAnyOrderElementsOf(rows(db, "SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX,"
                + " COLUMN_NAME, NON_UNIQUE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?"));
        assertThat(fks).containsExactlyInAnyOrderElementsOf(rows(db, "SELECT TABLE_NAME, CONSTRAINT_NAME,"
                + " REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = ?"));
        assertThat(live.tables()).isNotEmpty();
        assertThat(live.routines()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void dumpOfShopwaveReadsTheSameAsTheLiveCatalog(Engine engine) throws Exception {
        TestDatabase db = shopwave(engine).db();
        Schema live = shopwave(engine).live();
        Path dump = SourceDump.dump(db, dir.resolve("shopwave.sql"), true);
        Catalog fromDump = DumpCatalogReader.read(dump, null, ProgressListener.NONE);
        assertThat(CatalogDifferences.between(live, fromDump.schema(db.database()).orElseThrow())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void readinessHasNoFailureOnTheSandbox(Engine engine) throws Exception {
        TestDatabase db = shopwave(engine).db();
        Schema live = shopwave(engine).live();
        List<CheckResult> results;
        try (Connection c = db.connect()) {
            results = ReadinessChecker.run(c, List.of(db.database()), ProgressListener.NONE);
        }
        assertThat(results).filteredOn(r -> r.status() == CheckStatus.FAIL).isEmpty();
        assertThat(results).filteredOn(r -> r.id().startsWith("binlog"))
                .allMatch(r -> r.status() == CheckStatus.PASS);
    }
}
