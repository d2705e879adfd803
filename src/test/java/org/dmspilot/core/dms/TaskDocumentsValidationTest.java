package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.Test;

/** Edited table mappings and task settings are checked as DMS would, and the plan uses them. */
class TaskDocumentsValidationTest {
    private static final String MAPPINGS = """
            {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "orders",
              "object-locator": {"schema-name": "shop", "table-name": "orders"}, "rule-action": "include"}]}
            """;

    @Test
    void generatedDocumentsAreValid() {
        TaskDocuments.validateTableMappings(TaskDocuments.tableMappings("shop", List.of()));
        TaskDocuments.validateTaskSettings(TaskDocuments.taskSettings(true, DmsOptions.LobMode.LIMITED, 32));
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> TaskDocuments.validateTableMappings("{\n  \"rules\": [\n    {,]\n}"))
                .isInstanceOf(DmsPilotException.class).hasMessageStartingWith("Table mappings: line 3, column 6: invalid JSON: Unexpected character (',')")
                .hasMessageNotContaining("Source");
    }

    @Test
    void rulesMissingMembersOrIncludingNothingAreRefused() {
        assertThatThrownBy(() -> TaskDocuments.validateTableMappings("{\"rules\": []}"))
                .hasMessageContaining("non-empty array");
        assertThatThrownBy(() -> TaskDocuments.validateTableMappings(MAPPINGS.replace("\"rule-name\": \"orders\",",
                ""))).hasMessage("Table mappings: line 1, column 12: rule 1: \"rule-name\" is missing.");
        assertThatThrownBy(() -> TaskDocuments.validateTableMappings(MAPPINGS.replace("include", "exclude")))
                .hasMessageContaining("no selection rule includes anything");
    }

    @Test
    void contradictoryLobModesAndALogGroupAreRefused() {
        assertThatThrownBy(() -> TaskDocuments.validateTaskSettings(
                "{\"TargetMetadata\": {\"FullLobMode\": true, \"LimitedSizeLobMode\": true}}"))
                .hasMessageContaining("choose one LOB mode");
        assertThatThrownBy(() -> TaskDocuments.validateTaskSettings(
                "{\"Logging\": {\"EnableLogging\": true, \"CloudWatchLogGroup\": \"x\"}}"))
                .hasMessageContaining("CloudWatchLogGroup");
        assertThatThrownBy(() -> TaskDocuments.validateTaskSettings("[1]")).hasMessageContaining("JSON object");
    }

    @Test
    void thePlanUsesTheProjectsEditedDocumentsAndRefusesBrokenOnes() throws Exception {
        Project project = DmsFixture.project().withMigrationTask(new MigrationTask(MigrationTask.Backend.AWS_DMS,
                "cdc", MAPPINGS, "{\"TargetMetadata\": {\"FullLobMode\": true}}"));
        DmsPlan plan = DmsPlanner.plan(project, DmsFixture.options());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(plan.task().tableMappings())).isEqualTo(json.readTree(MAPPINGS));
        assertThat(plan.task().taskSettings()).isEqualTo("{\"TargetMetadata\":{\"FullLobMode\":true}}");

        Project broken = project.withMigrationTask(new MigrationTask(null, null, "{", null));
        assertThatThrownBy(() -> DmsPlanner.plan(broken, DmsFixture.options()))
                .hasMessageStartingWith("Table mappings: line 1, column 2: invalid JSON");
    }
}
