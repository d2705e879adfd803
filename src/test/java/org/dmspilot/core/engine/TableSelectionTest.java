package org.dmspilot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.validate.ValidationReport;
import org.dmspilot.core.validate.Validator;
import org.dmspilot.core.progress.ProgressListener;
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
}
