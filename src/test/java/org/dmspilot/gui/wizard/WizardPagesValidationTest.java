package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each page refuses incomplete or wrong fields with a message on the field, and Next stays on the page. */
class WizardPagesValidationTest {
    private final AtomicReference<Project> project = new AtomicReference<>(
            WizardTestSupport.project("7c6d5e4f-1111-4222-8333-944455556666"));
    private AwsEmulator aws;
    private DmsWizardViewModel vm;
    private WizardNavigation nav;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        aws = new AwsEmulator();
        vm = new DmsWizardViewModel(WizardTestSupport.services(new DirectTaskExecutor(), Runnable::run), project::get,
                project::set, DmsState.empty(project.get().id(), null), s -> { });
        nav = vm.navigation();
        vm.choices().endpointOverrideProperty().set(aws.endpoint().toString());
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void awsBackendHasEveryAwsPageAndTheLocalBackendNone() {
        assertThat(nav.pages()).containsExactly(WizardPage.BACKEND, WizardPage.ACCOUNT, WizardPage.IAM,
                WizardPage.NETWORK, WizardPage.INSTANCE, WizardPage.ENDPOINTS, WizardPage.TASK, WizardPage.REVIEW,
                WizardPage.PROVISION, WizardPage.STATS);
        vm.task().backendProperty().set(MigrationTask.Backend.LOCAL_ENGINE);
        assertThat(nav.pages()).containsExactly(WizardPage.BACKEND, WizardPage.TASK, WizardPage.REVIEW,
                WizardPage.LOCAL_START);
    }

    @Test
    void serverlessReplacesTheInstancePageAndChecksTheCapacityRange() {
        vm.choices().serverlessProperty().set(true);
        assertThat(nav.pages()).containsExactly(WizardPage.BACKEND, WizardPage.ACCOUNT, WizardPage.IAM,
                WizardPage.NETWORK, WizardPage.SERVERLESS, WizardPage.ENDPOINTS, WizardPage.TASK, WizardPage.REVIEW,
                WizardPage.PROVISION, WizardPage.STATS);
        vm.choices().minCapacityProperty().set(3);
        vm.choices().maxCapacityProperty().set(2);
        vm.choices().securityGroupsProperty().set("default");
        assertThat(vm.errorsOf(WizardPage.SERVERLESS)).containsEntry("minCapacity", "3 DCU: DMS Serverless accepts "
                + "[1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384].").containsKey("securityGroups");
        vm.choices().minCapacityProperty().set(8);
        vm.choices().securityGroupsProperty().set("sg-0a1b2c3d");
        assertThat(vm.errorsOf(WizardPage.SERVERLESS)).containsOnlyKeys("maxCapacity").containsEntry("maxCapacity",
                "The maximum (2 DCU) is below the minimum (8 DCU).");
        vm.choices().maxCapacityProperty().set(16);
        vm.choices().multiAzProperty().set(true);
        assertThat(vm.errorsOf(WizardPage.SERVERLESS)).isEmpty();

        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().subnetsProperty().set("subnet-a1, subnet-b1");
        assertThat(vm.subnetGroup()).isEqualTo("dmspilot-7c6d5e4f-subnets (subnet-a1, subnet-b1)");
        assertThat(vm.review()).isTrue();
        assertThat(vm.planLines()).anyMatch(l -> l.contains("Serverless replication config"))
                .noneMatch(l -> l.contains("Replication instance"));
        assertThat(String.join("\n", vm.planLines())).contains("MaxCapacityUnits=16").contains("MinCapacityUnits=8")
                .contains("MultiAZ=true").contains("sg-0a1b2c3d");
        assertThat(vm.options().serverless()).isEqualTo(new org.dmspilot.core.dms.DmsOptions.ServerlessCapacity(8,
                16));

        vm.choices().serverlessProperty().set(false);
        assertThat(nav.pages()).contains(WizardPage.INSTANCE).doesNotContain(WizardPage.SERVERLESS);
    }

    @Test
    void backendPageNeedsBothConnections() {
        project.set(project.get().withTarget(null));
        assertThat(nav.next()).isFalse();
        assertThat(nav.page()).isEqualTo(WizardPage.BACKEND);
        assertThat(nav.fieldErrors()).containsKey("backend");
    }

    @Test
    void accountPageNeedsAKnownRegionAndAnHttpEndpoint() {
        nav.next();
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("region")).isEqualTo("Choose a region.");
        vm.choices().regionProperty().set("mars-north-1");
        vm.choices().endpointOverrideProperty().set("localhost:4566");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("region")).contains("mars-north-1");
        assertThat(nav.fieldErrors().get("endpoint")).contains("localhost:4566");

        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().endpointOverrideProperty().set(aws.endpoint().toString());
        assertThat(nav.next()).isTrue();
        assertThat(nav.page()).isEqualTo(WizardPage.IAM);
        assertThat(vm.roles()).hasSize(2);
    }

    @Test
    void iamPageRefusesMissingRolesWhenTheyMayNotBeCreated() {
        toPage(WizardPage.IAM);
        vm.choices().createIamRolesProperty().set(false);
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("roles")).contains("dms-vpc-role");
        vm.createRoles();
        assertThat(nav.next()).isTrue();
    }

    @Test
    void networkPageChecksZonesVpcsAndIds() {
        toPage(WizardPage.NETWORK);
        assertThat(vm.networkProperty().get()).isNotNull();
        vm.choices().subnetsProperty().set("subnet-a1");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("subnets")).contains("at least two");
        vm.choices().subnetsProperty().set("subnet-a1, subnet-a2");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("subnets")).contains("one Availability Zone");
        vm.choices().subnetsProperty().set("subnet-a1, subnet-zz");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("subnets")).contains("subnet-zz");
        vm.choices().subnetsProperty().set("subnet-a1, subnet-b1");
        vm.choices().securityGroupsProperty().set("default");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("securityGroups")).contains("default");
        vm.choices().securityGroupsProperty().set("sg-dms");
        assertThat(nav.next()).isTrue();
    }

    @Test
    void instancePageChecksClassAndStorage() {
        toPage(WizardPage.INSTANCE);
        vm.choices().instanceClassProperty().set("t3.medium");
        vm.choices().storageGbProperty().set(2);
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors()).containsKeys("instanceClass", "storage");
        vm.choices().instanceClassProperty().set("dms.r6i.large");
        vm.choices().storageGbProperty().set(100);
        assertThat(nav.next()).isTrue();
    }

    @Test
    void endpointsPageNeedsACaFileForTheVerifyModes() throws Exception {
        toPage(WizardPage.ENDPOINTS);
        vm.choices().targetSslModeProperty().set("verify-full");
        vm.choices().targetCaFileProperty().set("");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("targetCa")).contains("verify-full");
        vm.choices().targetCaFileProperty().set(dir.resolve("missing.pem").toString());
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("targetCa")).contains("missing.pem");
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        vm.choices().targetCaFileProperty().set(ca.toString());
        assertThat(nav.next()).isTrue();
        assertThat(vm.review()).isTrue();
        assertThat(vm.planLines()).anyMatch(l -> l.contains("SslMode = verify-full"))
                .anyMatch(l -> l.contains("dms:ImportCertificate"));
    }

    @Test
    void taskPageRefusesBrokenDocumentsAndSavesTheTaskInTheProject() {
        toPage(WizardPage.TASK);
        vm.task().tableMappingsProperty().set("{\"rules\": [}");
        assertThat(nav.next()).isFalse();
        assertThat(nav.fieldErrors().get("tableMappings")).contains("line 1");
        vm.task().resetDocuments();
        vm.task().migrationTypeProperty().set(org.dmspilot.core.dms.DmsOptions.MigrationType.CDC);
        assertThat(nav.next()).isTrue();
        assertThat(nav.page()).isEqualTo(WizardPage.REVIEW);
        assertThat(project.get().migrationTask()).isEqualTo(new MigrationTask(MigrationTask.Backend.AWS_DMS, "cdc",
                null, null));
        assertThat(vm.planLines()).anyMatch(l -> l.contains("MigrationType = cdc"));
    }

    @Test
    void backIsNeverBlockedAndAPageCannotBeSkipped() {
        toPage(WizardPage.NETWORK);
        vm.choices().subnetsProperty().set("subnet-b1");
        assertThat(nav.goTo(WizardPage.REVIEW)).isFalse();
        assertThat(nav.page()).isEqualTo(WizardPage.NETWORK);
        assertThat(nav.fieldErrors()).containsKey("subnets");
        vm.choices().subnetsProperty().set("subnet-a1, subnet-b1");
        vm.choices().instanceClassProperty().set("large");
        assertThat(nav.goTo(WizardPage.REVIEW)).isFalse();
        assertThat(nav.page()).isEqualTo(WizardPage.INSTANCE);
        assertThat(nav.fieldErrors()).containsKey("instanceClass");
        nav.back();
        nav.back();
        assertThat(nav.page()).isEqualTo(WizardPage.IAM);
        assertThat(nav.fieldErrors()).isEmpty();
    }

    @Test
    void importedDocumentsAreValidatedAndExportedOnesReadBack() throws Exception {
        Path mappings = Files.writeString(dir.resolve("mappings.json"), """
                {"rules": [{"rule-type": "selection", "rule-id": "7", "rule-name": "only-orders",
                  "object-locator": {"schema-name": "shop", "table-name": "orders"}, "rule-action": "include"}]}
                """);
        vm.task().importDocument(TaskPageModel.Document.TABLE_MAPPINGS, mappings);
        assertThat(vm.task().tableMappingsProperty().get()).contains("only-orders");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"rules\": [{\"rule-type\": 1}]}");
        vm.task().importDocument(TaskPageModel.Document.TABLE_MAPPINGS, broken);
        assertThat(vm.task().messageProperty().get()).contains("broken.json").contains("rule 1");
        assertThat(vm.task().tableMappingsProperty().get()).contains("only-orders");

        Path out = dir.resolve("out.json");
        vm.task().exportDocument(TaskPageModel.Document.TABLE_MAPPINGS, out);
        assertThat(Files.readString(out)).contains("only-orders");
        assertThat(vm.task().task().tableMappings()).contains("only-orders");
        assertThat(LocalStart.commandLine(project.get().withMigrationTask(vm.task().task()), "full-load"))
                .endsWith("--mode full-load --table-mappings table-mappings.json");
        assertThat(LocalStart.commandLine(project.get(), "cdc")).doesNotContain("--table-mappings");
    }

    private void toPage(WizardPage target) {
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().subnetsProperty().set("subnet-a1, subnet-b1");
        for (WizardPage p : List.of(WizardPage.values())) {
            if (nav.page() == target) {
                return;
            }
            assertThat(nav.next()).as("leaving " + nav.page() + ": " + nav.fieldErrors()).isTrue();
        }
    }
}
