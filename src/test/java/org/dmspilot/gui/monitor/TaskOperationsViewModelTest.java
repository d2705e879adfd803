package org.dmspilot.gui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmspilot.core.cutover.CutoverBackend.ReplicationState.Phase;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsProvisioner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.dms.emulator.EmulatedTable;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor's operations (stop, resume, restart, reload, modify) without a screen, on a task provisioned in the
 * emulator through the real SDK: what is offered in which phase, what asks first, what reaches DMS.
 */
class TaskOperationsViewModelTest {
    private AwsEmulator aws;
    private AwsClients clients;
    private DmsPlan plan;
    private DmsState state;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private int refreshes;
    private TaskOperationsViewModel vm;

    @BeforeEach
    void provisionAndStart() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        aws = new AwsEmulator();
        aws.dms().tables(EmulatedTable.validated("shop", "orders", 10), EmulatedTable.validated("shop", "customers",
                3));
        clients = new AwsClients(new AwsSettings("eu-west-1", null, aws.endpoint()), Timing.fast());
        state = provision(DmsOptions.defaults("eu-west-1", List.of("subnet-a1", "subnet-b1")));
        new DmsTasks(clients, Timing.fast(), ProgressListener.NONE).start(plan, state);
        vm = new TaskOperationsViewModel(new DirectTaskExecutor(), dialogs, new DmsTaskOperations(clients, plan,
                state, Timing.fast()), "AWS DMS task " + plan.task().identifier(), () -> refreshes++);
        vm.phaseProperty().set(Phase.RUNNING);
    }

    private DmsState provision(DmsOptions options) {
        Project project = new Project(1, "7c1d2e3f-0000-4000-8000-00000000ops1", "shop", new ConnectionProfile(
                Engine.MARIADB, "mysql.internal", 3306, "shop", "dms", TlsMode.REQUIRE, null, null, 0),
                new ConnectionProfile(Engine.AURORA_POSTGRESQL, "aurora.internal", 5432, "shop", "dms",
                        TlsMode.REQUIRE, null, null, 0), List.of());
        plan = DmsPlanner.plan(project, options);
        return new DmsProvisioner(clients, role -> Optional.of("pw-" + role), Timing.fast()).provision(plan,
                DmsState.empty(project.id(), "eu-west-1"), ProgressListener.NONE, s -> { });
    }

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    private String taskStatus() {
        return aws.dms().tasks().get(0).path("Status").asText();
    }

    private List<String> startTypes() {
        return aws.bodies("StartReplicationTask").stream().map(b -> b.path("StartReplicationTaskType").asText())
                .toList();
    }

    @Test
    void stopAsksFirstThenResumeAndRestartAreOfferedOnceStopped() {
        assertThat(vm.canStopBinding().get()).isTrue();
        assertThat(vm.canStartBinding().get()).as("resume while running").isFalse();

        dialogs.confirmAnswers.add(false);
        vm.stop();
        assertThat(aws.bodies("StopReplicationTask")).as("declined").isEmpty();
        assertThat(refreshes).isZero();

        vm.stop();
        assertThat(taskStatus()).isEqualTo("stopped");
        assertThat(vm.messageProperty().get()).isEqualTo("\u2714 AWS DMS task " + plan.task().identifier()
                + " is stopped.");
        assertThat(refreshes).isEqualTo(1);

        vm.phaseProperty().set(Phase.STOPPED);
        assertThat(vm.canStopBinding().get()).isFalse();
        assertThat(vm.canStartBinding().get()).isTrue();
        vm.resume();
        assertThat(taskStatus()).isEqualTo("running");
        assertThat(startTypes()).containsExactly("start-replication", "resume-processing");

        vm.stop();
        dialogs.confirmAnswers.add(false);
        vm.restart();
        assertThat(startTypes()).as("restart declined").hasSize(2);
        vm.restart();
        assertThat(startTypes()).containsExactly("start-replication", "resume-processing", "reload-target");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void nothingIsOfferedBeforeTheReplicationsPhaseIsKnown() {
        vm.phaseProperty().set(null);
        vm.selectedTables().setAll("shop.orders");
        assertThat(List.of(vm.canStopBinding().get(), vm.canStartBinding().get(), vm.canReloadBinding().get(),
                vm.canModifyBinding().get())).containsOnly(false);
    }

    @Test
    void anOperationDmsRefusesShowsWhyInTheMessageAndADialog() {
        vm.resume();
        assertThat(vm.messageProperty().get()).startsWith("\u2716 task " + plan.task().resourceIdentifier()
                + " is running: only a stopped or failed one can be resumed");
        assertThat(dialogs.errors).singleElement().asString().contains("is running");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void reloadSendsTheSelectedTablesWithDataOrValidationOnly() {
        assertThat(vm.canReloadBinding().get()).as("nothing selected").isFalse();
        vm.reload();
        assertThat(vm.messageProperty().get()).isEqualTo("Select the tables to reload in the statistics first.");
        assertThat(aws.bodies("ReloadTables")).isEmpty();

        aws.dms().failTable("shop", "orders", "ERROR: value too long for type character varying(30)");
        vm.selectedTables().setAll("shop.orders");
        assertThat(vm.canReloadBinding().get()).isTrue();
        vm.reload();
        vm.validateOnlyProperty().set(true);
        vm.selectedTables().setAll("shop.orders", "shop.customers");
        vm.reload();
        List<JsonNode> reloads = aws.bodies("ReloadTables");
        assertThat(reloads).extracting(b -> b.path("ReloadOption").asText()).containsExactly("data-reload",
                "validate-only");
        assertThat(reloads.get(1).path("TablesToReload").findValuesAsText("TableName")).containsExactly("orders",
                "customers");
        assertThat(vm.messageProperty().get()).isEqualTo("\u2714 Reloading shop.orders, shop.customers (validation"
                + " only).");
        assertThat(dialogs.confirmations).isEqualTo(2);
    }

    @Test
    void modifyChecksTheDocumentsFirstAndSendsOnlyWhatChanged() {
        assertThat(vm.canModifyBinding().get()).as("running").isFalse();
        vm.stop();
        vm.phaseProperty().set(Phase.STOPPED);
        assertThat(vm.canModifyBinding().get()).isTrue();
        vm.loadDocuments();
        assertThat(vm.tableMappingsProperty().get()).contains("\"rules\"").contains("convert-lowercase");
        assertThat(vm.taskSettingsProperty().get()).contains("TargetTablePrepMode");

        vm.modify();
        assertThat(vm.messageProperty().get()).startsWith("Nothing changed");
        assertThat(aws.bodies("ModifyReplicationTask")).isEmpty();

        vm.tableMappingsProperty().set("{\"rules\": [");
        assertThat(vm.modify()).isFalse();
        assertThat(vm.documentErrorProperty().get()).contains("line 1, column 12: invalid JSON");
        assertThat(aws.bodies("ModifyReplicationTask")).isEmpty();

        String excluded = "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\", \"rule-name\": \"1\","
                + " \"object-locator\": {\"schema-name\": \"shop\", \"table-name\": \"orders\"},"
                + " \"rule-action\": \"include\"}]}";
        vm.tableMappingsProperty().set(excluded);
        assertThat(vm.modify()).isTrue();
        assertThat(aws.bodies("ModifyReplicationTask")).singleElement().satisfies(b -> {
            assertThat(b.path("TableMappings").asText()).isEqualTo(excluded);
            assertThat(b.has("ReplicationTaskSettings")).as("settings unchanged: not sent").isFalse();
        });
        assertThat(aws.dms().tasks().get(0).path("TableMappings").asText()).isEqualTo(excluded);
        assertThat(vm.messageProperty().get()).endsWith("now has the new mappings and settings.");
    }

    @Test
    void aServerlessReplicationOffersNoModify() {
        DmsState serverless = provision(DmsOptions.defaults("eu-west-1", List.of("subnet-a1", "subnet-b1"))
                .withServerless(new DmsOptions.ServerlessCapacity(1, 4)));
        TaskOperationsViewModel ops = new TaskOperationsViewModel(new DirectTaskExecutor(), dialogs,
                new DmsTaskOperations(clients, plan, serverless, Timing.fast()), "serverless", () -> { });
        ops.phaseProperty().set(Phase.STOPPED);
        assertThat(ops.modifiable()).isFalse();
        assertThat(ops.canModifyBinding().get()).isFalse();
        assertThat(ops.canStartBinding().get()).isTrue();
        assertThat(Map.of("configs", aws.dms().replicationConfigs())).containsEntry("configs", 1);
    }
}
