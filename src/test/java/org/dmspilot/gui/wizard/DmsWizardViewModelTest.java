package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wizard's AWS work without a screen, against the emulated AWS account. */
class DmsWizardViewModelTest {
    private final AtomicReference<Project> project = new AtomicReference<>(
            WizardTestSupport.project("9b8a7c6d-1111-4222-8333-944455556666"));
    private AwsEmulator aws;
    private final List<DmsState> saved = new ArrayList<>();
    private DmsWizardViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        aws = new AwsEmulator();
        vm = new DmsWizardViewModel(WizardTestSupport.services(new DirectTaskExecutor(), Runnable::run), project::get,
                project::set, DmsState.empty(project.get().id(), "eu-west-1"), saved::add);
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().endpointOverrideProperty().set(aws.endpoint().toString());
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void reviewRefusesOneSubnetAndShowsThePlanAndItsExportsForTwo() {
        vm.choices().subnetsProperty().set("subnet-a1");
        assertThat(vm.review()).isFalse();
        assertThat(vm.errorProperty().get()).contains("at least two subnets");

        vm.choices().subnetsProperty().set("subnet-a1, subnet-b1");
        assertThat(vm.review()).isTrue();
        assertThat(vm.planLines()).anyMatch(l -> l.contains("PubliclyAccessible = false"));
        assertThat(vm.export(DmsWizardViewModel.Export.CLOUDFORMATION_JSON)).contains("AWS::DMS::ReplicationTask");
        assertThat(vm.export(DmsWizardViewModel.Export.CLOUDFORMATION_YAML)).contains("Type: AWS::DMS::Endpoint");
        assertThat(vm.export(DmsWizardViewModel.Export.CLI_SCRIPT)).contains("aws dms create-replication-task");
    }

    @Test
    void provisionsShowingEveryStepThenStartsAndShowsTableStatistics() {
        vm.choices().subnetsProperty().set("subnet-a1,subnet-b1");
        vm.choices().secretsManagerProperty().set(true);
        vm.checkAccount();
        assertThat(vm.identityProperty().get()).contains("123456789012");

        vm.provision();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.steps()).hasSize(12).allMatch(s -> s.status() == StepState.Status.DONE);
        assertThat(saved).hasSizeGreaterThan(12);

        vm.startTask();
        assertThat(vm.taskStatusProperty().get().status()).isEqualTo("running");
        assertThat(vm.taskStatusProperty().get().tables()).hasSize(2);
        vm.taskStatusProperty().set(null);
        vm.refresh();
        assertThat(vm.taskStatusProperty().get().tables()).hasSize(2);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(aws.secrets().values().values()).anyMatch(v -> v.contains("src-\\\"pw\\\\-41"));
    }

    @Test
    void aFailedStepIsShownWithDmsMessageAndARerunResumesWithoutDuplicates() {
        vm.choices().subnetsProperty().set("subnet-a1,subnet-b1");
        aws.dms().failConnections("dmspilot-9b8a7c6d-source", "Can't connect to MySQL server on 'mariadb.internal'");
        vm.provision();
        assertThat(vm.errorProperty().get()).contains("Can't connect to MySQL server");
        assertThat(vm.steps()).anyMatch(s -> s.status() == StepState.Status.FAILED
                && s.message().contains("Can't connect"));

        aws.dms().failConnections("dmspilot-9b8a7c6d-source", null);
        vm.provision();
        assertThat(vm.steps()).allMatch(s -> s.status() == StepState.Status.DONE);
        assertThat(aws.bodies("CreateReplicationInstance")).hasSize(1);
        assertThat(aws.bodies("CreateEndpoint")).hasSize(2);
    }

    @Test
    void iamAndNetworkPagesReadTheAccount() {
        vm.choices().subnetsProperty().set("subnet-a1,subnet-b1");
        vm.checkRoles();
        assertThat(vm.roles()).hasSize(2).noneMatch(r -> r.exists());
        vm.createRoles();
        assertThat(vm.roles()).allMatch(r -> r.ready());

        vm.loadNetwork();
        assertThat(vm.networkProperty().get().subnetsOf("vpc-emulated")).hasSize(3);
        assertThat(vm.choices().vpcProperty().get()).isEqualTo("vpc-emulated");
        assertThat(vm.wizardPolicy()).contains("dms:CreateReplicationInstance");
    }

    @Test
    void profilesAreReadInTheBackgroundAndAProfileBringsItsRegion() {
        vm.loadProfiles();
        assertThat(vm.profiles()).containsExactly("default", "prod-sso");
        vm.choices().regionProperty().set("");
        vm.choices().profileProperty().set("prod-sso");
        assertThat(vm.choices().regionProperty().get()).isEqualTo("eu-central-1");
        vm.choices().regionProperty().set("us-east-1");
        vm.choices().profileProperty().set("default");
        assertThat(vm.choices().regionProperty().get()).isEqualTo("us-east-1");
    }
}
