package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.Rows;
import org.dmspilot.testsupport.TestDatabase;
import org.dmspilot.model.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The task's table mappings decide what the local engine loads, replicates and validates. */
class TableSelectionTest {
    static final String MAPPINGS = """
            {"rules": [
              {"rule-type": "selection", "rule-id": "1", "rule-name": "all", "rule-action": "include",
               "object-locator": {"schema-name": "%", "table-name": "%"}},
              {"rule-type": "selection", "rule-id": "2", "rule-name": "no-tmp", "rule-action": "exclude",
               "object-locator": {"schema-name": "%", "table-name": "tmp%"}},
              {"rule-type": "transformation", "rule-id": "3", "rule-name": "lower", "rule-action": "convert-lowercase",
               "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"}}]}""";

    @Test
    void includeAndExcludeRulesMatchLikeDms() {
        TableSelection s = TableSelection.fromTableMappings(MAPPINGS);
        assertThat(s.includes("shop", "orders")).isTrue();
        assertThat(s.includes("shop", "TMP_import")).isFalse();
        assertThat(s.includes("shop", "atmp")).isTrue();
        TableSelection only = TableSelection.fromTableMappings("""
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1", "rule-action": "include",
                 "object-locator": {"schema-name": "shop", "table-name": "order_items"}}]}""");
        assertThat(only.includes("shop", "order_items")).isTrue();
        assertThat(only.includes("shop", "orderXitems")).as("_ is not a wildcard").isFalse();
        assertThat(only.includes("other", "order_items")).isFalse();
        assertThatThrownBy(() -> TableSelection.fromTableMappings("{\"rules\": []}"))
                .isInstanceOf(DmsPilotException.class).hasMessageContaining("non-empty array");
        assertThatThrownBy(() -> TableSelection.fromTableMappings(MAPPINGS.replace("\"include\"", "\"exclude\"")))
                .isInstanceOf(DmsPilotException.class).hasMessageContaining("no include selection rule");
        assertThatThrownBy(() -> TableSelection.fromTableMappings("{rules"))
                .isInstanceOf(DmsPilotException.class).hasMessageContaining("line 1, column 2: invalid JSON");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void excludedTablesAreNeitherLoadedNorValidated(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "selection", "CREATE TABLE keep (id int PRIMARY KEY, v int)",
                "CREATE TABLE tmp_scratch (id int PRIMARY KEY, v int)", "INSERT INTO keep VALUES (1, 1), (2, 2)",
                "INSERT INTO tmp_scratch VALUES (1, 1)");
        TestDatabase pg = FullLoadTest.convertedTarget(maria);
        TableSelection s = TableSelection.fromTableMappings(MAPPINGS);
        LoadResult r = new FullLoad(maria::connect, pg::connect, LoadOptions.defaults(), s).run(maria.database(),
                ProgressListener.NONE);
        assertThat(r.rowsByTable()).containsOnlyKeys("keep");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM "
                + Sql.pg(maria.database()) + ".tmp_scratch")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        ValidationReport v = new Validator(maria::connect, pg::connect, 2, 1000, s).validate(maria.database(),
                ProgressListener.NONE);
        assertThat(v.identical()).isTrue();
        assertThat(v.tables()).extracting(t -> t.table()).containsExactly("keep");
        assertThat(FullLoadTest.validate(maria, pg).identical()).as("all tables: tmp_scratch differs").isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void rowFiltersRenamesAndPrefixesAreHonouredByLoadAndValidation(Engine engine) throws Exception {
        TestDatabase maria = FullLoadTest.source(engine, "filters",
                "CREATE TABLE orders (id int PRIMARY KEY, region varchar(10), note varchar(20))",
                "CREATE TABLE Audit (id int PRIMARY KEY, at date)",
                "INSERT INTO orders VALUES (1, 'EU', 'a'), (2, 'US', 'b'), (3, 'EU', 'it''s'), (4, NULL, 'd'),"
                        + " (5, 'APAC', 'e')",
                "INSERT INTO Audit VALUES (1, '2024-01-01'), (2, '2024-06-30'), (3, '2025-01-01')");
        String mappings = """
                {"rules": [
                  {"rule-type": "selection", "rule-id": "1", "rule-name": "eu-or-apac", "rule-action": "include",
                   "object-locator": {"schema-name": "%", "table-name": "orders"},
                   "filters": [{"filter-type": "source", "column-name": "region", "filter-conditions": [
                     {"filter-operator": "eq", "value": "EU"}, {"filter-operator": "eq", "value": "APAC"}]},
                     {"filter-type": "source", "column-name": "id", "filter-conditions": [
                     {"filter-operator": "lte", "value": 3}, {"filter-operator": "gte", "value": "5"}]}]},
                  {"rule-type": "selection", "rule-id": "2", "rule-name": "audit-2024", "rule-action": "include",
                   "object-locator": {"schema-name": "%", "table-name": "Audit"},
                   "filters": [{"filter-type": "source", "column-name": "at", "filter-conditions": [
                     {"filter-operator": "between", "start-value": "2024-01-01", "end-value": "2024-12-31"}]}]},
                  {"rule-type": "transformation", "rule-id": "3", "rule-name": "r", "rule-action": "rename",
                   "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "orders"},
                   "value": "eu_orders"},
                  {"rule-type": "transformation", "rule-id": "4", "rule-name": "c", "rule-action": "rename",
                   "rule-target": "column", "object-locator": {"schema-name": "%", "table-name": "orders",
                   "column-name": "note"}, "value": "remark"},
                  {"rule-type": "transformation", "rule-id": "5", "rule-name": "p", "rule-action": "add-prefix",
                   "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "Audit"},
                   "value": "old_"},
                  {"rule-type": "transformation", "rule-id": "6", "rule-name": "l", "rule-action": "convert-lowercase",
                   "rule-target": "table", "object-locator": {"schema-name": "%", "table-name": "%"}}]}""";
        TableSelection s = TableSelection.fromTableMappings(mappings);
        TestDatabase pg = Databases.newPostgresDatabase(maria.database() + "_pg");
        try (Connection src = maria.connect(); Connection tgt = pg.connect()) {
            TargetSchema.convertAndApply(src, tgt, maria.database(), "test", s.mapping(), ProgressListener.NONE);
        }
        LoadResult r = new FullLoad(maria::connect, pg::connect, LoadOptions.defaults(), s).run(maria.database(),
                ProgressListener.NONE);
        assertThat(r.rowsByTable()).containsOnlyKeys("eu_orders", "old_audit");
        String schema = Sql.pg(maria.database());
        assertThat(Rows.firstColumn(pg, "SELECT concat_ws('|', id, region, remark) FROM " + schema + ".eu_orders ORDER BY id"))
                .containsExactly("1|EU|a", "3|EU|it's", "5|APAC|e");
        assertThat(Rows.firstColumn(pg, "SELECT id FROM " + schema + ".old_audit ORDER BY id")).containsExactly("1", "2");
        ValidationReport v = new Validator(maria::connect, pg::connect, 2, 1000, s).validate(maria.database(),
                ProgressListener.NONE);
        assertThat(v.identical()).as("validation compares the filtered rows").isTrue();
        assertThat(v.tables()).extracting(t -> t.sourceRows()).containsExactlyInAnyOrder(3L, 2L);
        pg.execute("DELETE FROM " + schema + ".eu_orders WHERE id = 5");
        assertThat(new Validator(maria::connect, pg::connect, 2, 1000, s).validate(maria.database(),
                ProgressListener.NONE).identical()).as("a filtered row missing on the target is a difference")
                .isFalse();
    }

    @Test
    void rowFiltersAreRefusedForReplicationAndRenderedAsLiterals() {
        TableSelection s = TableSelection.fromTableMappings("""
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1", "rule-action": "include",
                 "object-locator": {"schema-name": "shop", "table-name": "t"}, "filters": [{"filter-type": "source",
                 "column-name": "na`me", "filter-conditions": [{"filter-operator": "noteq", "value": "x' OR 1=1"}]}]}]}""");
        assertThat(s.hasRowFilters()).isTrue();
        assertThat(s.sourcePredicate("shop", "t")).isEqualTo("(`na``me` <> _utf8mb4 X'7827204f5220313d31')");
        assertThat(s.sourcePredicate("shop", "other")).isEqualTo("1=1");
        assertThatThrownBy(() -> new org.dmspilot.core.migrate.LocalMigration(null, null, null, "shop",
                org.dmspilot.core.migrate.LocalMigration.Mode.FULL_LOAD_AND_CDC, LoadOptions.defaults(), null, false,
                s)).isInstanceOf(DmsPilotException.class).hasMessageContaining("row filters to the full load");
    }
}
