package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.CliScriptExport;
import org.dmspilot.core.dms.CloudFormationExport;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsProvisioner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.PasswordSource;
import org.dmspilot.core.dms.PlanDescription;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.Project;

/**
 * The AWS DMS task wizard without a screen: account and region, network, instance and task choices, the reviewed
 * plan (with its CloudFormation and AWS CLI exports), provisioning as a list of named steps, start and table
 * statistics. All AWS work runs through the {@link TaskExecutor}; step updates reach the UI thread through
 * {@code uiThread}.
 */
public final class DmsWizardViewModel {
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Supplier<Project> project;
    private final Function<AwsSettings, AwsClients> clients;
    private final PasswordSource passwords;
    private final Consumer<DmsState> stateStore;
    private final Timing timing;

    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty endpointOverride = new SimpleStringProperty("");
    private final StringProperty subnets = new SimpleStringProperty("");
    private final StringProperty securityGroups = new SimpleStringProperty("");
    private final StringProperty instanceClass = new SimpleStringProperty(DmsOptions.TRIAL_INSTANCE_CLASS);
    private final IntegerProperty storageGb = new SimpleIntegerProperty(50);
    private final BooleanProperty multiAz = new SimpleBooleanProperty();
    private final BooleanProperty secretsManager = new SimpleBooleanProperty();
    private final BooleanProperty createIamRoles = new SimpleBooleanProperty(true);
    private final ObjectProperty<DmsOptions.MigrationType> migrationType =
            new SimpleObjectProperty<>(DmsOptions.MigrationType.FULL_LOAD_AND_CDC);

    private final StringProperty identity = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> planLines = FXCollections.observableArrayList();
    private final ObservableList<StepState> steps = FXCollections.observableArrayList();
    private final ObjectProperty<TaskStatus> taskStatus = new SimpleObjectProperty<>();
    private DmsState state;

    /**
     * @param state what an earlier run recorded for this project
     * @param stateStore persists the state after every step (the project's side file)
     */
    public DmsWizardViewModel(TaskExecutor executor, Executor uiThread, Supplier<Project> project,
            Function<AwsSettings, AwsClients> clients, PasswordSource passwords, DmsState state,
            Consumer<DmsState> stateStore, Timing timing) {
        this.executor = executor;
        this.uiThread = uiThread;
        this.project = project;
        this.clients = clients;
        this.passwords = passwords;
        this.state = state;
        this.stateStore = stateStore;
        this.timing = timing;
        if (state.options() != null) {
            region.set(state.options().region());
            subnets.set(String.join(", ", state.options().subnetIds()));
        }
        showSteps(state);
    }

    /** The options as entered. */
    public DmsOptions options() {
        return new DmsOptions(region.get().strip(), split(subnets.get()), split(securityGroups.get()),
                instanceClass.get(), storageGb.get(), multiAz.get(), null, migrationType.get(), secretsManager.get(),
                true, null, 0, createIamRoles.get(), null, List.of());
    }

    /** Builds the plan for review; false (with {@link #errorProperty()} set) when the choices are incomplete. */
    public boolean review() {
        try {
            DmsPlan plan = plan();
            planLines.setAll(PlanDescription.lines(plan));
            error.set("");
            return true;
        } catch (DmsPilotException e) {
            planLines.clear();
            error.set(e.getMessage());
            return false;
        }
    }

    public String cloudFormation() {
        return CloudFormationExport.render(plan());
    }

    public String cliScript() {
        return CliScriptExport.render(plan());
    }

    /** Shows who the credentials belong to (STS), or why they do not work. */
    public void checkAccount() {
        run(lang("wizard.job.account"), (aws, p) -> {
            var me = aws.callerIdentity();
            return me.account() + " \u2014 " + me.arn();
        }, identity::set);
    }

    /** Creates (or finds) every resource; each step's status shows as it changes. */
    public void provision() {
        DmsPlan plan = plan();
        DmsState start = state.withOptions(options());
        run(lang("wizard.job.provision"), (aws, p) -> new DmsProvisioner(aws, passwords, timing).provision(plan,
                start, p, s -> uiThread.execute(() -> remember(s))), this::remember);
    }

    /** Starts the task, then shows its table statistics. */
    public void startTask() {
        DmsPlan plan = plan();
        DmsState current = state;
        run(lang("wizard.job.start"), (aws, p) -> new DmsTasks(aws, timing, p).start(plan, current),
                taskStatus::set);
    }

    /** Refreshes the task status and table statistics. */
    public void refresh() {
        DmsPlan plan = plan();
        DmsState current = state;
        run(lang("wizard.job.refresh"), (aws, p) -> new DmsTasks(aws, timing, p).status(plan, current),
                taskStatus::set);
    }

    private interface AwsWork<V> {
        V run(AwsClients aws, org.dmspilot.core.progress.ProgressListener progress);
    }

    private <V> void run(String title, AwsWork<V> work, Consumer<V> onSuccess) {
        AwsSettings settings = new AwsSettings(region.get().strip(), profile.get().isBlank() ? null : profile.get(),
                endpointOverride.get().isBlank() ? null : java.net.URI.create(endpointOverride.get().strip()));
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(title, p -> {
            try (AwsClients aws = clients.apply(settings)) {
                return work.run(aws, p);
            }
        }).onSuccess(onSuccess).onFailure(e -> error.set(e instanceof DmsPilotException ? e.getMessage()
                : String.valueOf(e))).onFinished(() -> busy.set(false)));
    }

    private void remember(DmsState s) {
        state = s;
        stateStore.accept(s);
        showSteps(s);
    }

    private void showSteps(DmsState s) {
        List<StepState> rows = planOrEmpty().stream().map(s::step).toList();
        steps.setAll(rows);
    }

    private List<org.dmspilot.core.dms.StepId> planOrEmpty() {
        try {
            return plan().steps();
        } catch (DmsPilotException e) {
            return List.of();
        }
    }

    private DmsPlan plan() {
        return DmsPlanner.plan(project.get(), options());
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty endpointOverrideProperty() {
        return endpointOverride;
    }

    public StringProperty subnetsProperty() {
        return subnets;
    }

    public StringProperty securityGroupsProperty() {
        return securityGroups;
    }

    public StringProperty instanceClassProperty() {
        return instanceClass;
    }

    public IntegerProperty storageGbProperty() {
        return storageGb;
    }

    public BooleanProperty multiAzProperty() {
        return multiAz;
    }

    public BooleanProperty secretsManagerProperty() {
        return secretsManager;
    }

    public BooleanProperty createIamRolesProperty() {
        return createIamRoles;
    }

    public ObjectProperty<DmsOptions.MigrationType> migrationTypeProperty() {
        return migrationType;
    }

    public StringProperty identityProperty() {
        return identity;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> planLines() {
        return planLines;
    }

    public ObservableList<StepState> steps() {
        return steps;
    }

    public ObjectProperty<TaskStatus> taskStatusProperty() {
        return taskStatus;
    }
}
