package org.dmspilot.core.dms;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;

/**
 * Executes a {@link DmsPlan} step by step. Every step is a named, logged task (pending, running, done, failed)
 * whose state is handed to {@code onChange} after each transition, so the caller can persist it
 * ({@link DmsStateFiles}) and show it. Provisioning is idempotent: each step finds its resource (by name and project
 * tag) before creating it, so running again after any failure resumes and never creates a second copy.
 */
public final class DmsProvisioner {
    private final AwsClients aws;
    private final PasswordSource passwords;
    private final Timing timing;

    public DmsProvisioner(AwsClients aws, PasswordSource passwords, Timing timing) {
        this.aws = aws;
        this.passwords = passwords;
        this.timing = timing;
    }

    /**
     * Runs every step of the plan.
     *
     * @param state what an earlier run recorded (or {@link DmsState#empty})
     * @param progress log lines and cancellation; checked between calls
     * @param onChange receives the state after every step transition
     * @return the final state, every step done
     * @throws DmsPilotException when a step fails (the state passed to {@code onChange} names it)
     * @throws CancelledException when cancelled (the running step is marked failed)
     */
    public DmsState provision(DmsPlan plan, DmsState state, ProgressListener progress, Consumer<DmsState> onChange) {
        AtomicReference<DmsState> current = new AtomicReference<>(state);
        AwsCalls calls = new AwsCalls(timing, progress);
        AwsClients.CallerIdentity me = aws.callerIdentity();
        calls.log("AWS account " + me.account() + " as " + me.arn() + ", region " + plan.region());
        ProvisionSteps steps = new ProvisionSteps(aws, plan, calls, me.account(),
                step -> current.get().arn(step).orElseThrow(() -> new DmsPilotException(
                        "Step '" + step.title() + "' has not produced its resource yet.")),
                passwords);
        List<StepId> order = plan.steps();
        for (int i = 0; i < order.size(); i++) {
            StepId step = order.get(i);
            progress.checkCancelled();
            progress.progress(i, order.size(), step.title());
            update(current, onChange, current.get().step(step).with(StepState.Status.RUNNING, step.title()));
            try {
                ProvisionSteps.Outcome outcome = steps.run(step);
                update(current, onChange, current.get().step(step).done(outcome.arn(), outcome.created(),
                        outcome.message()));
                calls.log("Done: " + outcome.message());
            } catch (DmsPilotException e) {
                update(current, onChange, current.get().step(step).with(StepState.Status.FAILED, e.getMessage()));
                throw e;
            }
        }
        progress.progress(order.size(), order.size(), "All resources are ready.");
        return current.get();
    }

    private static void update(AtomicReference<DmsState> current, Consumer<DmsState> onChange, StepState step) {
        current.set(current.get().with(step));
        onChange.accept(current.get());
    }
}
