package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dmspilot.core.engine.TableSelection;
import org.dmspilot.core.mapping.MappingDocument.Rule;
import org.dmspilot.core.report.SampleCatalogs;
import org.dmspilot.gui.testsupport.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Rules built by clicks in the form end up in the JSON the engine reads; the form as a PNG. */
@ExtendWith(ApplicationExtension.class)
class MappingEditorFxTest {
    private final StringProperty json = new SimpleStringProperty("""
            {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "all", "rule-action": "include",
             "object-locator": {"schema-name": "shop", "table-name": "%"}}]}""");
    private VBox root;

    @Start
    void start(Stage stage) {
        MappingEditorModel vm = new MappingEditorModel(json);
        vm.setCatalog(SampleCatalogs.shop());
        root = (VBox) MappingEditorView.create(vm);
        Scene scene = new Scene(root, 1000, 560);
        scene.getStylesheets().add(org.dmspilot.gui.shell.Shell.class.getResource("dmspilot.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rulesBuiltByClicksReachTheJson(FxRobot robot) {
        pick(robot, "#ruleActionBox", "exclude");
        pick(robot, "#ruleSchemaBox", "shop");
        pick(robot, "#ruleTableBox", "audit_log");
        robot.clickOn("#addRuleButton");
        pick(robot, "#ruleActionBox", "include");
        pick(robot, "#ruleTableBox", "customers");
        pick(robot, "#filterColumnBox", "id");
        pick(robot, "#filterOperatorBox", "gte");
        robot.clickOn("#filterValueField").write("100");
        robot.clickOn("#addRuleButton");
        robot.clickOn("#filterColumnBox").eraseText(2);
        robot.clickOn("#ruleKindBox").clickOn("transformation");
        pick(robot, "#ruleTargetBox", "column");
        pick(robot, "#ruleColumnBox", "email");
        robot.clickOn("#ruleValueField").write("mail");
        robot.clickOn("#addRuleButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Rule> list = robot.lookup("#rulesList").queryListView();
        assertThat(list.getItems()).extracting(Rule::describe).containsExactly("include shop.%",
                "exclude shop.audit_log", "include shop.customers where id >= 100",
                "rename column shop.customers.email to mail");
        robot.clickOn("1  include shop.%");
        robot.clickOn("#ruleDownButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems().get(1).describe()).isEqualTo("include shop.%");
        TableSelection engine = TableSelection.fromTableMappings(json.get());
        assertThat(engine.includes("shop", "audit_log")).isFalse();
        assertThat(engine.rowFilters("shop", "customers")).hasSize(1);
        assertThat(engine.mapping().columnName("shop", "customers", "email")).isEqualTo("mail");
        assertThat(robot.lookup("#ruleFormError").queryLabeled().getText()).isEmpty();
        Screenshots.capture(robot, root, "mapping-rules-editor");
    }

    @SuppressWarnings("unchecked")
    private static void pick(FxRobot robot, String box, String item) {
        ComboBox<String> combo = robot.lookup(box).queryAs(ComboBox.class);
        robot.clickOn(combo);
        if (combo.isEditable()) {
            robot.clickOn(combo.lookup(".arrow-button"));
        }
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(item))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
