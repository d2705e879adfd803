package org.dmspilot.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.mapping.MappingDocument.Kind;
import org.dmspilot.core.mapping.MappingDocument.Rule;
import org.dmspilot.core.mapping.RowFilters.ColumnFilter;
import org.dmspilot.core.mapping.RowFilters.Condition;
import org.junit.jupiter.api.Test;

/** The rules form's document: rules → DMS JSON → rules, every kind the form edits, and nothing else lost. */
class MappingDocumentTest {
    @Test
    void everyRuleKindSurvivesJsonAndBack() {
        List<Rule> rules = List.of(
                Rule.selection("include", "shop", "%", List.of()),
                Rule.selection("exclude", "shop", "tmp%", List.of()),
                Rule.selection("include", "shop", "orders", List.of(new ColumnFilter("region", List.of(
                        Condition.of("eq", "EU"), Condition.of("noteq", "US"))), new ColumnFilter("id", List.of(
                        Condition.between("1", "100"), Condition.of("gte", "500"), Condition.of("lte", "0"),
                        new Condition("null", null, null, null))))),
                Rule.transformation("rename", "schema", "shop", null, null, "store"),
                Rule.transformation("rename", "table", "shop", "orders", null, "purchases"),
                Rule.transformation("rename", "column", "shop", "orders", "qty", "quantity"),
                Rule.transformation("convert-lowercase", "table", "%", "%", null, null),
                Rule.transformation("add-prefix", "table", "shop", "%", null, "legacy_"),
                Rule.transformation("remove-column", "column", "shop", "orders", "secret", null));
        String json = MappingDocument.json(rules);
        List<Rule> back = MappingDocument.parse(json, "test");
        assertThat(back).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Rule a = rules.get(i);
            Rule b = back.get(i);
            assertThat(b.id()).isEqualTo(i + 1);
            assertThat(List.of(b.kind(), b.action(), String.valueOf(b.target()), b.schema(), String.valueOf(b.table()),
                    String.valueOf(b.column()), String.valueOf(b.value()), b.filters())).isEqualTo(List.of(a.kind(),
                    a.action(), String.valueOf(a.target()), a.schema(), String.valueOf(a.table()),
                    String.valueOf(a.column()), String.valueOf(a.value()), a.filters()));
        }
        assertThat(MappingDocument.json(back)).as("stable").isEqualTo(json);
        assertThat(json).contains("\"filter-operator\" : \"between\"", "\"start-value\" : \"1\"",
                "\"rule-target\" : \"column\"", "\"value\" : \"legacy_\"");
        assertThat(back.get(2).describe()).isEqualTo("include shop.orders where region = EU or region <> US and id"
                + " between 1 and 100 or id >= 500 or id <= 0 or id is null");
    }

    @Test
    void membersTheFormDoesNotShowAreKeptAndIdsStayUnique() {
        String json = """
                {"rules": [
                  {"rule-type": "selection", "rule-id": "7", "rule-name": "mine", "rule-action": "include",
                   "object-locator": {"schema-name": "shop", "table-name": "%", "table-type": "table"},
                   "load-order": 3},
                  {"rule-type": "transformation", "rule-id": "9", "rule-name": "t", "rule-action": "change-data-type",
                   "rule-target": "column", "object-locator": {"schema-name": "shop", "table-name": "a",
                   "column-name": "b"}, "data-type": {"type": "int8"}},
                  {"rule-type": "table-settings", "rule-id": "10", "rule-name": "par",
                   "object-locator": {"schema-name": "shop", "table-name": "big"}, "parallel-load": {"type":
                   "partitions-auto"}}]}""";
        List<Rule> rules = new java.util.ArrayList<>(MappingDocument.parse(json, "test"));
        rules.set(0, rules.get(0).replacedBy(Rule.selection("include", "shop", "o%", List.of())));
        rules.add(Rule.transformation("rename", "table", "shop", "a", null, "aa"));
        List<Rule> back = MappingDocument.parse(MappingDocument.json(rules), "test");
        assertThat(back).extracting(Rule::id).containsExactly(7, 9, 10, 11);
        assertThat(back.get(0).table()).isEqualTo("o%");
        assertThat(back.get(0).original().path("load-order").asInt()).isEqualTo(3);
        assertThat(back.get(0).original().path("rule-name").asText()).isEqualTo("mine");
        assertThat(back.get(0).original().path("object-locator").path("table-type").asText()).isEqualTo("table");
        assertThat(back.get(1).original().path("data-type").path("type").asText()).isEqualTo("int8");
        assertThat(back.get(2).kind()).isEqualTo(Kind.TABLE_SETTINGS);
        assertThat(back.get(2).original().path("parallel-load").path("type").asText()).isEqualTo("partitions-auto");
    }

    @Test
    void badFiltersAreRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> MappingDocument.parse("""
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1", "rule-action": "include",
                 "object-locator": {"schema-name": "s", "table-name": "t"}, "filters": [{"filter-type": "source",
                 "column-name": "c", "filter-conditions": [{"filter-operator": "between", "value": "1"}]}]}]}""",
                "m.json")).isInstanceOf(BadInputException.class).hasMessageContaining("m.json: line 3, column")
                .hasMessageContaining("filter 1, condition 1: \"value\" does not belong to a between condition");
        assertThatThrownBy(() -> MappingDocument.parse("""
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1", "rule-action": "include",
                 "object-locator": {"schema-name": "s", "table-name": "t"}, "filters": [{"filter-type": "source",
                 "column-name": "c", "filter-conditions": [{"filter-operator": "like", "value": "1"}]}]}]}""",
                "m.json")).hasMessageContaining("unknown filter-operator \"like\"");
        assertThatThrownBy(() -> MappingDocument.parse("""
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1", "rule-action": "exclude",
                 "object-locator": {"schema-name": "s", "table-name": "t"}, "filters": [{"filter-type": "source",
                 "column-name": "c", "filter-conditions": [{"filter-operator": "null"}]}]}]}""",
                "m.json")).hasMessageContaining("line 2, column 61").hasMessageContaining("only to an include rule");
        assertThatThrownBy(() -> MappingDocument.parse("{\"rules\": [\n  {\"rule-type\": \"selection\",}]}",
                "m.json")).hasMessageContaining("m.json: line 2, column").hasMessageContaining("invalid JSON");
    }
}
