package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.mapping.MappingDocument.Kind;
import org.dmspilot.core.mapping.MappingDocument.Rule;
import org.dmspilot.core.report.SampleCatalogs;
import org.dmspilot.model.convert.MappingRule;
import org.junit.jupiter.api.Test;

/** The rules form without a screen: form → JSON → rules, JSON → rules, and a broken JSON never overwritten. */
class MappingEditorModelTest {
    private static final String START = """
            {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "all", "rule-action": "include",
             "object-locator": {"schema-name": "shop", "table-name": "%"}}]}""";

    @Test
    void formCommandsWriteTheJsonTheEngineUses() {
        StringProperty json = new SimpleStringProperty(START);
        MappingEditorModel vm = new MappingEditorModel(json);
        vm.setCatalog(SampleCatalogs.shop());
        assertThat(vm.schemas).containsExactly("%", "shop");
        vm.schema.set("shop");
        assertThat(vm.tables).contains("customers", "audit_log");
        vm.table.set("customers");
        assertThat(vm.columns).containsExactly("%", "id", "email", "notes", "profile", "tags", "big");

        vm.table.set("audit%");
        vm.action.set("exclude");
        vm.add();
        vm.action.set("include");
        vm.table.set("customers");
        vm.filterColumn.set("id");
        vm.filterOperator.set("between");
        vm.filterValue.set("1");
        vm.filterEnd.set("500");
        vm.add();
        vm.filterColumn.set("");
        vm.kind.set(Kind.TRANSFORMATION);
        assertThat(vm.action.get()).as("an action of the new kind").isEqualTo("rename");
        vm.target.set("table");
        vm.value.set("clients");
        vm.add();
        vm.target.set("column");
        vm.column.set("email");
        vm.value.set("mail");
        vm.add();
        vm.action.set("remove-column");
        vm.column.set("notes");
        vm.add();
        vm.action.set("add-prefix");
        vm.target.set("table");
        vm.table.set("%");
        vm.value.set("x_");
        vm.add();
        vm.action.set("convert-lowercase");
        vm.add();
        assertThat(vm.formErrorProperty().get()).isEmpty();
        assertThat(vm.rules()).extracting(Rule::describe).containsExactly("include shop.%",
                "exclude shop.audit%", "include shop.customers where id between 1 and 500",
                "rename table shop.customers to clients", "rename column shop.customers.email to mail",
                "remove-column column shop.customers.notes", "add-prefix table shop.% with x_",
                "convert-lowercase table shop.%");

        TableSelection engine = TableSelection.fromTableMappings(json.get());
        assertThat(engine.includes("shop", "audit_log")).isFalse();
        assertThat(engine.sourcePredicate("shop", "customers")).isEqualTo(
                "(`id` BETWEEN _utf8mb4 X'31' AND _utf8mb4 X'353030')");
        assertThat(engine.mapping().tableName("shop", "customers")).isEqualTo("clients");
        assertThat(engine.mapping().tableName("shop", "orders")).isEqualTo("x_orders");
        assertThat(engine.mapping().columnName("shop", "customers", "email")).isEqualTo("mail");
        assertThat(engine.mapping().columnExcluded("shop", "customers", "notes")).isTrue();

        vm.move(6, 1); // lowercase before the prefix now
        vm.remove(0);
        assertThat(vm.rules()).extracting(Rule::action).containsExactly("exclude", "include", "rename", "rename",
                "remove-column", "convert-lowercase", "add-prefix");
        assertThat(json.get()).doesNotContain("\"rule-name\" : \"all\"");
        vm.select(1);
        assertThat(List.of(vm.kind.get(), vm.action.get(), vm.table.get(), vm.filterColumn.get(),
                vm.filterOperator.get(), vm.filterValue.get(), vm.filterEnd.get())).isEqualTo(List.of(
                Kind.SELECTION, "include", "customers", "id", "between", "1", "500"));
        vm.filterOperator.set("gte");
        vm.update(1);
        assertThat(vm.rules().get(1).describe()).isEqualTo("include shop.customers where id >= 1");
        assertThat(vm.rules().get(1).id()).as("updated in place").isEqualTo(3);
    }

    @Test
    void jsonEditsReachTheFormAndBrokenJsonIsNeverOverwritten() {
        StringProperty json = new SimpleStringProperty(START);
        MappingEditorModel vm = new MappingEditorModel(json);
        json.set(START.replace("\"%\"", "\"orders\""));
        assertThat(vm.rules()).extracting(Rule::describe).containsExactly("include shop.orders");
        String broken = START.replace("\"rule-action\": \"include\",", "\"rule-action\": \"include\"");
        json.set(broken);
        assertThat(vm.jsonErrorProperty().get()).startsWith("Table mappings: line 2, column").contains("invalid JSON");
        assertThat(vm.rules()).as("the last good rules stay").extracting(Rule::describe)
                .containsExactly("include shop.orders");
        vm.add();
        assertThat(vm.formErrorProperty().get()).contains("fix it or undo it");
        assertThat(json.get()).as("nothing the user typed is lost").isEqualTo(broken);
        json.set(START.replace("include", "excluded"));
        assertThat(vm.jsonErrorProperty().get()).contains("unknown rule-action \"excluded\"");
        json.set(START);
        assertThat(vm.jsonErrorProperty().get()).isEmpty();
        vm.kind.set(Kind.TRANSFORMATION);
        vm.value.set("");
        vm.add();
        assertThat(vm.formErrorProperty().get()).contains("rename needs a value");
        assertThat(vm.rules()).hasSize(1);
        vm.kind.set(Kind.SELECTION);
        vm.action.set("exclude");
        vm.filterColumn.set("id");
        vm.add();
        assertThat(vm.formErrorProperty().get()).contains("Row filters belong to an include rule");
    }

    @Test
    void addPrefixAndSchemaRenameReachTheConverterRules() {
        StringProperty json = new SimpleStringProperty(START);
        MappingEditorModel vm = new MappingEditorModel(json);
        vm.kind.set(Kind.TRANSFORMATION);
        vm.target.set("schema");
        vm.value.set("store");
        vm.add();
        assertThat(TableSelection.fromTableMappings(json.get()).mapping().rules()).containsExactly(
                new MappingRule(MappingRule.Action.RENAME, MappingRule.Target.SCHEMA, "%", null, null, "store"));
    }
}
