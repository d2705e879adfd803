package org.dmspilot.core.convert;

import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.model.convert.ConversionOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dmspilot.model.convert.MappingRule.Action.*;
import static org.dmspilot.model.convert.MappingRule.Target.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.MappingRule;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class MappingRulesTest {
    private final MappingRules rules = new MappingRules(List.of(
            new MappingRule(KEEP_CASE, SCHEMA, "shop", null, null, null),
            new MappingRule(RENAME, TABLE, "shop", "customers", null, "Clients"),
            new MappingRule(RENAME, COLUMN, "shop", "customers", "email", "email_address"),
            new MappingRule(TYPE_OVERRIDE, COLUMN, "shop", "customers", "vip", "boolean"),
            new MappingRule(EXCLUDE, COLUMN, "shop", "orders", "notes", null),
            new MappingRule(EXCLUDE, TABLE, "shop", "audit%", null, null)));

    @Test
    void patternsMatchCaseInsensitivelyWithPercentWildcards() {
        assertThat(rules.excluded("Shop", "audit_log")).isTrue();
        assertThat(rules.excluded("Shop", "orders")).isFalse();
        assertThat(rules.schemaName("Shop")).isEqualTo("Shop");
        assertThat(rules.schemaName("Other")).isEqualTo("other");
        assertThat(rules.tableName("Shop", "Customers")).isEqualTo("Clients");
        assertThat(rules.tableName("Shop", "orders")).isEqualTo("orders");
        assertThat(rules.columnName("Shop", "customers", "EMAIL")).isEqualTo("email_address");
    }

    @Test
    void theLastMatchingRuleWins() {
        MappingRules twice = new MappingRules(List.of(
                new MappingRule(RENAME, TABLE, "s", "t%", null, "first"),
                new MappingRule(RENAME, TABLE, "s", "t1", null, "second")));
        assertThat(twice.tableName("s", "t1")).isEqualTo("second");
        assertThat(twice.tableName("s", "t2")).isEqualTo("first");
    }

    @Test
    void rulesShapeTheSchemaAppliedToPostgres() throws Exception {
        ConversionResult result = new SchemaConverter(ConversionOptions.defaults(), new SqlExpressions("test"),
                FactsSource.NONE, rules).convert(SchemaConverterTest.shop(), ProgressListener.NONE);
        TestDatabase pg = Databases.newPostgresDatabase("mapping_rules");
        try (Connection c = pg.connect()) {
            SchemaApplier.apply(c, result.statements(), ProgressListener.NONE);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT table_name || '.' || column_name || ':'"
                    + " || data_type FROM information_schema.columns WHERE table_schema = 'Shop'"
                    + " AND column_name IN ('email_address', 'vip', 'notes') ORDER BY 1")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                assertThat(rows).containsExactly("Clients.email_address:character varying",
                        "Clients.vip:boolean");
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'Shop'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        assertThat(result.statements().stream().anyMatch(s -> s.sql().contains("\"Shop\".\"Clients\""))).isTrue();
        assertThat(result.actionItems()).extracting(a -> a.code() + " " + a.object())
                .contains("EXCLUDED-DEPENDENCY Shop.orders.ft_notes");
    }

    @Test
    void rulesExportAsDmsTableMappings() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(DmsTableMappings.json(List.of(SchemaConverterTest.shop()), rules));
        List<String> rows = new java.util.ArrayList<>();
        for (JsonNode r : doc.get("rules")) {
            JsonNode loc = r.get("object-locator");
            rows.add(r.get("rule-id").asText() + " " + r.get("rule-type").asText() + " "
                    + r.path("rule-target").asText("-") + " " + r.get("rule-action").asText() + " "
                    + loc.get("schema-name").asText() + "/" + loc.path("table-name").asText("-") + "/"
                    + loc.path("column-name").asText("-") + " " + r.path("value").asText("-"));
        }
        assertThat(rows).containsExactly(
                "1 selection - include Shop/%/- -",
                "2 selection - exclude shop/audit%/- -",
                "3 transformation schema convert-lowercase %/-/- -",
                "4 transformation table convert-lowercase %/%/- -",
                "5 transformation column convert-lowercase %/%/% -",
                "6 transformation schema rename Shop/-/- Shop",
                "7 transformation table rename shop/customers/- Clients",
                "8 transformation column rename shop/customers/email email_address",
                "9 transformation column remove-column shop/orders/notes -");
    }
}
