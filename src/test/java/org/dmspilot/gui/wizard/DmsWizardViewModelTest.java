package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wizard's steps without a screen, against the emulated AWS account. */
class DmsWizardViewModelTest {
    private static final Project PROJECT = new Project(1, "9b8a7c6d-1111-4222-8333-944455556666", "shop",
            new ConnectionProfile(Engine.MARIADB, "mariadb.internal", 3306, "shop", "dms", TlsMode.REQUIRE, null,
                    null, 0),
            new ConnectionProfile(Engine.AURORA_POSTGRESQL, "aurora.internal", 5432, "shop", "dms", TlsMode.REQUIRE,
                    null, null, 0), List.of());
    private AwsEmulator aws;
    private final List<DmsState> saved = new ArrayList<>();
    private DmsWizardViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        aws = new AwsEmulator();
        vm = new DmsWizardViewModel(new DirectTaskExecutor(), Runnable::run, () -> PROJECT, AwsClients::new,
                role -> Optional.of("pw-" + role), DmsState.empty(PROJECT.id(), "eu-west-1"), saved::add,
                Timing.fast());
        vm.regionProperty().set("eu-west-1");
        vm.endpointOverrideProperty().set(aws.endpoint().toString());
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void reviewRefusesOneSubnetAndShowsThePlanForTwo() {
        vm.subnetsProperty().set("subnet-a1");
        assertThat(vm.review()).isFalse();
        assertThat(vm.errorProperty().get()).contains("at least two subnets");

        vm.subnetsProperty().set("subnet-a1, subnet-b1");
        assertThat(vm.review()).isTrue();
        assertThat(vm.planLines()).anyMatch(l -> l.contains("PubliclyAccessible = false"));
        assertThat(vm.cloudFormation()).contains("AWS::DMS::ReplicationTask");
        assertThat(vm.cliScript()).contains("aws dms create-replication-task");
    }

    @Test
    void provisionsShowingEveryStepThenStartsAndShowsTableStatistics() {
        vm.subnetsProperty().set("subnet-a1,subnet-b1");
        vm.secretsManagerProperty().set(true);
        vm.checkAccount();
        assertThat(vm.identityProperty().get()).contains("123456789012");

        vm.provision();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.steps()).hasSize(12).allMatch(s -> s.status() == StepState.Status.DONE);
        assertThat(saved).hasSizeGreaterThan(12);

        vm.startTask();
        assertThat(vm.taskStatusProperty().get().status()).isEqualTo("running");
        assertThat(vm.taskStatusProperty().get().tables()).hasSize(2);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedStepIsShownWithDmsMessage() {
        vm.subnetsProperty().set("subnet-a1,subnet-b1");
        aws.dms().failConnections("dmspilot-9b8a7c6d-source", "Can't connect to MySQL server on 'mariadb.internal'");
        vm.provision();
        assertThat(vm.errorProperty().get()).contains("Can't connect to MySQL server");
        assertThat(vm.steps()).anyMatch(s -> s.status() == StepState.Status.FAILED
                && s.message().contains("Can't connect"));
    }
}
