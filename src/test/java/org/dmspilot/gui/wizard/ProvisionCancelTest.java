package org.dmspilot.gui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.StepId;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.gui.util.ThreadTaskExecutor;
import org.dmspilot.model.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancel stops provisioning while the instance is being created; Provision again resumes without a second copy. */
class ProvisionCancelTest {
    private final AtomicReference<Project> project = new AtomicReference<>(
            WizardTestSupport.project("6e5d4c3b-1111-4222-8333-944455556666"));
    private final AtomicReference<DmsState> saved = new AtomicReference<>();
    private AwsEmulator aws;

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void cancelDuringTheInstanceWaitThenResume() throws Exception {
        aws = new AwsEmulator();
        aws.dms().describesPerTransition(40);
        DmsWizardViewModel vm = wizard(new ThreadTaskExecutor(), DmsState.empty(project.get().id(), null),
                new Timing(Duration.ofMillis(50), Duration.ofSeconds(60), 5, Duration.ofMillis(1)));
        vm.provision();
        await(() -> vm.steps().stream().anyMatch(s -> s.step() == StepId.REPLICATION_INSTANCE
                && s.status() == StepState.Status.RUNNING) && aws.dms().instances().size() == 1);
        vm.cancel();
        await(() -> !vm.busyProperty().get());
        assertThat(vm.infoProperty().get()).contains("Cancelled");
        assertThat(saved.get().step(StepId.REPLICATION_TASK).status()).isEqualTo(StepState.Status.PENDING);
        assertThat(saved.get().step(StepId.REPLICATION_INSTANCE).status()).isNotEqualTo(StepState.Status.DONE);

        DmsWizardViewModel again = wizard(new DirectTaskExecutor(), saved.get(), Timing.fast());
        again.provision();
        assertThat(again.steps()).allMatch(s -> s.status() == StepState.Status.DONE);
        assertThat(aws.bodies("CreateReplicationInstance")).hasSize(1);
    }

    private DmsWizardViewModel wizard(org.dmspilot.gui.util.TaskExecutor executor, DmsState state, Timing timing) {
        WizardServices s = WizardTestSupport.services(executor, Runnable::run);
        DmsWizardViewModel vm = new DmsWizardViewModel(new WizardServices(s.executor(), s.uiThread(), s.clients(),
                s.passwords(), timing, s.profiles(), s.regions(), s.profileRegion(), s.confirm()), project::get, project::set,
                state, saved::set);
        vm.choices().regionProperty().set("eu-west-1");
        vm.choices().endpointOverrideProperty().set(aws.endpoint().toString());
        vm.choices().subnetsProperty().set("subnet-a1, subnet-b1");
        return vm;
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
    }
}
