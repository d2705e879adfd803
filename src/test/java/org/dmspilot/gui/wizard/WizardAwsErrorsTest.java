package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.MigrationTask;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the wizard says when AWS fails or would cost money, against the emulated account and the real SDK: one line
 * that says what to do with the details on demand, cleared when fixed or irrelevant; field errors cleared once
 * fixed; a priced confirmation before provisioning; warnings for endpoints an instance in AWS cannot reach.
 */
class WizardAwsErrorsTest {
    private final AtomicReference<Project> project = new AtomicReference<>(
            WizardTestSupport.project("7c6d5e4f-1111-4222-8333-944455556666"));
    private final List<String> confirmations = new ArrayList<>();
    private boolean answer;
    private AwsEmulator aws;
    private DmsWizardViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        aws = new AwsEmulator();
        vm = new DmsWizardViewModel(WizardTestSupport.services(new DirectTaskExecutor(), Runnable::run)
                .withConfirm((title, message) -> {
                    confirmations.add(title + ": " + message);
                    return answer;
                }), project::get, project::set, DmsState.empty(project.get().id(), null), s -> { });
        vm.choices().endpointOverrideProperty().set(aws.endpoint().toString());
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void aCredentialFailureIsOneLineWithTheSdkTextOnDemandAndIsClearedWhenFixed() {
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().profileProperty().set("no-such-profile-" + System.nanoTime());

        vm.checkAccount();

        assertThat(vm.errorProperty().get()).doesNotContain("\n").startsWith("No AWS credentials found: choose a"
                + " profile");
        assertThat(vm.errorDetailsProperty().get()).containsIgnoringCase("profile");
        assertThat(vm.errorDetailsProperty().get().length()).isGreaterThan(vm.errorProperty().get().length());

        vm.choices().profileProperty().set("");
        vm.checkAccount();
        assertThat(vm.identityProperty().get()).contains("123456789012");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.errorDetailsProperty().get()).isEmpty();
    }

    @Test
    void anAwsErrorIsNotKeptAfterSwitchingToTheLocalEngine() {
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().profileProperty().set("no-such-profile-" + System.nanoTime());
        vm.checkAccount();
        assertThat(vm.errorProperty().get()).isNotEmpty();

        vm.task().backendProperty().set(MigrationTask.Backend.LOCAL_ENGINE);

        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void chooseARegionDisappearsOnceARegionIsChosen() {
        vm.navigation().goTo(WizardPage.ACCOUNT);
        assertThat(vm.navigation().next()).isFalse();
        assertThat(vm.fieldErrors()).containsEntry("region", "Choose a region.");

        vm.choices().regionProperty().set("eu-west-1");

        assertThat(vm.fieldErrors()).doesNotContainKey("region");
    }

    @Test
    void provisioningAsksWithTheInstancePriceAndADeclineCreatesNothing() {
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().subnetsProperty().set("subnet-a1,subnet-b1");
        answer = false;

        vm.provision();

        assertThat(confirmations).singleElement().asString().contains("dms.t3.medium")
                .contains("$0.073 per hour").contains("prices of 2025-01").contains("eu-west-1");
        assertThat(aws.bodies("CreateReplicationInstance")).isEmpty();
        assertThat(vm.infoProperty().get()).isEqualTo("Nothing was created.");
    }

    @Test
    void provisioningServerlessAsksWithTheCapacityRangeAndSaysNoDcuRateIsKnown() {
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().subnetsProperty().set("subnet-a1,subnet-b1");
        vm.choices().serverlessProperty().set(true);
        vm.choices().minCapacityProperty().set(2);
        vm.choices().maxCapacityProperty().set(16);
        answer = false;

        vm.provision();

        assertThat(confirmations).singleElement().asString().contains("DMS Serverless replication config of 2 to 16"
                + " DCU (single-AZ) in eu-west-1").contains("2 to 16 DCU-hours per hour provisioned")
                .contains("no DCU-hour rate is known to DMS Pilot (its price table of 2025-01 has none)")
                .contains("stopping does not deprovision").doesNotContain("dms.t3.medium");
        assertThat(aws.bodies("CreateReplicationConfig")).isEmpty();
        assertThat(vm.infoProperty().get()).isEqualTo("Nothing was created.");
    }

    @Test
    void theReviewWarnsAboutEndpointsOnLoopbackAndPrivateAddresses() {
        project.set(project.get().withSource(ConnectionProfile.of(Engine.MARIADB, "127.0.0.1", 3307, "shop", "dms"))
                .withTarget(ConnectionProfile.of(Engine.AURORA_POSTGRESQL, "10.0.4.17", 5432, "shop", "dms")));
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().subnetsProperty().set("subnet-a1,subnet-b1");

        assertThat(vm.review()).isTrue();

        assertThat(vm.planLines().get(0)).contains("The source is on 127.0.0.1, this machine")
                .contains("cannot reach it");
        assertThat(vm.planLines().get(1)).contains("private address 10.0.4.17");
    }
}
