package org.dmspilot.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dmspilot.core.BadInputException;
import org.dmspilot.core.convert.DmsTableMappings;
import org.dmspilot.core.convert.MappingRules;
import org.dmspilot.core.dms.TaskDocuments;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.convert.MappingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-mappings documents are checked against DMS's rule grammar; each refusal names line and column. */
class TableMappingsGrammarTest {
    private static final String GOOD = """
            {"rules": [
              {"rule-type": "selection", "rule-id": "1", "rule-name": "all",
               "object-locator": {"schema-name": "shop", "table-name": "%"}, "rule-action": "include"},
              {"rule-type": "selection", "rule-id": "2", "rule-name": "keep-audit",
               "object-locator": {"schema-name": "shop", "table-name": "audit"}, "rule-action": "exclude"},
              {"rule-type": "transformation", "rule-id": 3, "rule-name": "lower", "rule-target": "table",
               "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "convert-lowercase"}
            ]}
            """;

    @Test
    void aWellFormedDocumentSelectsAsWritten() {
        TableSelection selection = TableSelection.fromTableMappings(GOOD, "m.json");
        assertThat(selection.includes("shop", "orders")).isTrue();
        assertThat(selection.includes("shop", "audit")).isFalse();
    }

    @Test
    void theDocumentsDmsPilotGeneratesPassTheGrammar() {
        TableMappingsGrammar.check(TaskDocuments.tableMappings("shop", List.of()), "generated");
        TableMappingsGrammar.check(DmsTableMappings.json(List.of(new Schema("shop", null, null, List.of(),
                List.of(), List.of(), List.of(), List.of())), new MappingRules(List.of(new MappingRule(MappingRule.Action.EXCLUDE,
                        MappingRule.Target.TABLE, "shop", "audit", null, null), new MappingRule(
                                MappingRule.Action.RENAME, MappingRule.Target.COLUMN, "shop", "orders", "Total",
                                "total_eur")))), "generated");
    }

    @Test
    void aMisspelledActionIsAnErrorNotAnInclude() {
        // Issue 20 item 1: "excluded" counted as include.
        String excluded = GOOD.replace("\"rule-action\": \"exclude\"", "\"rule-action\": \"excluded\"");
        assertThatThrownBy(() -> TableSelection.fromTableMappings(excluded, "m.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("m.json: line 5, column 70: rule 2: unknown rule-action \"excluded\"; DMS knows"
                        + " exclude, explicit, include.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown type | \"rule-type\": \"selection\", \"rule-id\": \"1\" | \"rule-type\": \"selektion\", \"rule-id\": \"1\" | line 2, column 4: rule 1: unknown rule-type \"selektion\"",
        "unknown member | \"rule-name\": \"all\", | \"rule-name\": \"all\", \"rule-actoin\": \"x\", | line 2, column 66: rule 1: unknown member \"rule-actoin\" in a selection rule",
        "unknown locator key | \"table-name\": \"%\"} | \"tabel-name\": \"%\"} | line 3, column 46: rule 1: unknown object-locator key \"tabel-name\"",
        "locator as a string | {\"schema-name\": \"shop\", \"table-name\": \"%\"}, \"rule-action\": \"include\"} | \"shop.%\", \"rule-action\": \"include\"} | line 3, column 4: rule 1: \"object-locator\" must be an object",
        "duplicate rule-id | \"rule-id\": \"2\" | \"rule-id\": \"1\" | line 4, column 30: rule 2: rule-id 1 is already used by rule 1",
        "unknown target | \"rule-target\": \"table\" | \"rule-target\": \"tables\" | line 6, column 71: rule 3: unknown rule-target \"tables\"",
        "trailing garbage | ]} | ]} ] | line 8, column 4: invalid JSON: Unexpected close marker ']'",
        "duplicate key | \"rule-name\": \"all\", | \"rule-name\": \"all\", \"rule-name\": \"b\", | invalid JSON: Duplicate field 'rule-name'",
        "missing name | \"rule-name\": \"lower\", | '' | line 6, column 3: rule 3: \"rule-name\" is missing",
    })
    void malformedDocumentsAreRefusedWithLineAndColumn(String name, String from, String to, String expected) {
        // Issue 20 item 11: a locator as a string, trailing garbage, duplicate rule-ids.
        String broken = GOOD.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        assertThat(broken).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> TableMappingsGrammar.check(broken, "m.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining(expected).hasMessageStartingWith("m.json:");
    }

    @Test
    void emptyAndNonObjectDocumentsAreRefused() {
        // Issue 20 item 11: empty mapping files.
        assertThatThrownBy(() -> TableMappingsGrammar.check("  \n", "m.json")).hasMessageContaining("empty");
        assertThatThrownBy(() -> TableMappingsGrammar.check("[]", "m.json")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> TableMappingsGrammar.check("{\"rules\": []}", "m.json"))
                .hasMessageContaining("non-empty array");
        assertThatThrownBy(() -> TableMappingsGrammar.check("{\"rules\": [], \"extra\": 1}", "m.json"))
                .hasMessageContaining("unknown member \"extra\"");
    }
}
