package org.dmspilot.gui.wizard;

import static org.dmspilot.gui.util.Localization.lang;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.AwsSettings;
import org.dmspilot.core.dms.CliScriptExport;
import org.dmspilot.core.dms.CloudFormationExport;
import org.dmspilot.core.dms.DmsIamRoles;
import org.dmspilot.core.dms.DmsOptions;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsPlanner;
import org.dmspilot.core.dms.DmsProvisioner;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.IamPolicies;
import org.dmspilot.core.dms.NetworkInventory;
import org.dmspilot.core.dms.PlanDescription;
import org.dmspilot.core.dms.StepState;
import org.dmspilot.core.dms.TaskStatus;
import org.dmspilot.core.monitor.TableStatistics;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.TaskExecutor;
import org.dmspilot.model.MigrationTask.Backend;
import org.dmspilot.model.project.Project;

/**
 * The migration task wizard without a screen: pages with validation ({@link WizardNavigation}), the AWS choices
 * ({@link WizardChoices}), the task model both backends share ({@link TaskPageModel}), and the AWS work — account
 * check, IAM roles, network listing, the reviewed plan and its exports, provisioning as named steps with cancel and
 * resume, start and table statistics. AWS work runs through the {@link TaskExecutor}; step updates reach the UI
 * thread through the services' {@code uiThread}.
 */
public final class DmsWizardViewModel {
    /** Export formats of the reviewed plan. */
    public enum Export { CLOUDFORMATION_JSON, CLOUDFORMATION_YAML, CLI_SCRIPT }

    private final WizardServices services;
    private final Supplier<Project> project;
    private final Consumer<Project> projectUpdate;
    private final Consumer<DmsState> stateStore;
    private final WizardChoices choices = new WizardChoices();
    private final TaskPageModel task;
    private final WizardNavigation navigation;

    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final StringProperty identity = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty errorDetails = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<DmsIamRoles.RoleStatus> roles = FXCollections.observableArrayList();
    private final ObjectProperty<NetworkInventory.Listing> network = new SimpleObjectProperty<>();
    private final ObservableList<String> planLines = FXCollections.observableArrayList();
    private final ObservableList<StepState> steps = FXCollections.observableArrayList();
    private final ObjectProperty<TaskStatus> taskStatus = new SimpleObjectProperty<>();
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(true);
    private final StringProperty localCommand = new SimpleStringProperty("");
    private final ObservableList<TableStatistics> localStats = FXCollections.observableArrayList();
    private final ObjectProperty<LocalTaskStatus> localStatus = new SimpleObjectProperty<>();
    private TaskExecutor.Cancellable running;
    private LocalRunner local;
    private boolean refreshing;
    private DmsState state;

    /**
     * @param projectUpdate receives the project with the task model when a task page is left
     * @param state what an earlier run recorded for this project
     * @param stateStore persists the state after every step (the project's side file)
     */
    public DmsWizardViewModel(WizardServices services, Supplier<Project> project, Consumer<Project> projectUpdate,
            DmsState state, Consumer<DmsState> stateStore) {
        this.services = services;
        this.project = project;
        this.projectUpdate = projectUpdate;
        this.state = state;
        this.stateStore = stateStore;
        this.task = new TaskPageModel(services.executor());
        choices.load(project.get(), state.options());
        task.load(project.get(), options());
        this.navigation = new WizardNavigation(task.backend, choices.serverless, page -> WizardValidation.validate(page,
                new WizardValidation.Context(project.get(), choices, task, network.get(), List.copyOf(roles),
                        services.regions())), this::leaving);
        navigation.pageProperty().addListener((obs, old, page) -> arrived(page));
        choices.profile.addListener((obs, old, name) -> followProfileRegion(name));
        choices.region.addListener((obs, old, region) -> navigation.recheck());
        choices.profile.addListener((obs, old, name) -> navigation.recheck());
        error.addListener((obs, old, text) -> {
            if (text == null || text.isEmpty()) {
                errorDetails.set("");
            }
        });
        // an AWS error says nothing about the local engine
        task.backend.addListener((obs, old, b) -> {
            if (b == Backend.LOCAL_ENGINE) {
                error.set("");
            }
        });
        showSteps(state);
    }

    /** Reads the AWS profile names in the background; the region follows a profile's configured region. */
    public void loadProfiles() {
        services.executor().execute(BackgroundTask.of(lang("wizard.job.profiles"), p -> services.profiles().get())
                .onSuccess(profiles::setAll).onFailure(this::showAwsError));
    }

    /** A chosen profile's configured region becomes the region, unless one was typed. */
    private void followProfileRegion(String profileName) {
        if (profileName == null || profileName.isBlank() || !choices.region.get().isBlank()) {
            return;
        }
        String name = profileName.strip();
        services.executor().execute(BackgroundTask.of(lang("wizard.job.profiles"), p -> services.profileRegion()
                .apply(name)).onSuccess(r -> r.filter(x -> choices.region.get().isBlank()).ifPresent(choices.region::set))
                .onFailure(this::showAwsError));
    }

    /** One line that says what is wrong and what to do; the SDK's full text on demand. */
    private void showAwsError(Throwable e) {
        AwsErrorText text = AwsErrorText.of(e);
        error.set(text.line());
        errorDetails.set(text.details().equals(text.line()) ? "" : text.details());
    }

    /** The options as entered on every page. */
    public DmsOptions options() {
        return choices.options(task.migrationType.get(), task.lobMode.get(), task.lobMaxSizeKb.get());
    }

    /** Builds the plan for review; false (with {@link #errorProperty()} set) when the choices are incomplete. */
    public boolean review() {
        try {
            planLines.setAll(task.backend.get() == Backend.LOCAL_ENGINE ? localReview() : awsReview());
            error.set("");
            return true;
        } catch (DmsPilotException e) {
            planLines.clear();
            error.set(e.getMessage());
            return false;
        }
    }

    /** The reviewed plan in an export format. */
    public String export(Export format) {
        DmsPlan plan = plan();
        return switch (format) {
            case CLOUDFORMATION_JSON -> CloudFormationExport.render(plan) + "\n";
            case CLOUDFORMATION_YAML -> CloudFormationExport.renderYaml(plan);
            case CLI_SCRIPT -> CliScriptExport.render(plan);
        };
    }

    /** Writes the plan in an export format to a file, in the background. */
    public void exportTo(Export format, Path file) {
        String text = export(format);
        services.executor().execute(BackgroundTask.of(lang("wizard.job.export"), p -> {
            Files.writeString(file, text);
            return file;
        }).onSuccess(f -> info.set(lang("wizard.task.exported", f)))
                .onFailure(e -> error.set(lang("wizard.task.exportFailed", file, TaskPageModel.describe(e)))));
    }

    /** Shows who the credentials belong to (STS), or why they do not work. */
    public void checkAccount() {
        aws(lang("wizard.job.account"), (aws, p) -> {
            var me = aws.callerIdentity();
            return me.account() + " \u2014 " + me.arn();
        }, identity::set);
    }

    /** Reads whether the two DMS roles exist with their policies. */
    public void checkRoles() {
        aws(lang("wizard.job.roles"), (aws, p) -> new DmsIamRoles(aws, services.timing(), p).check(),
                roles::setAll);
    }

    /** Creates the missing DMS roles now (IAM propagation is waited out with backoff by the provisioning steps). */
    public void createRoles() {
        aws(lang("wizard.job.createRoles"), (aws, p) -> new DmsIamRoles(aws, services.timing(), p).create(project.get().id()),
                roles::setAll);
    }

    /** The least-privilege IAM policy the wizard's user needs. */
    public String wizardPolicy() {
        return TaskPageModel.pretty(IamPolicies.wizardPolicy());
    }

    /** Lists VPCs, subnets and security groups of the region. */
    public void loadNetwork() {
        aws(lang("wizard.job.network"), (aws, p) -> new NetworkInventory(aws, services.timing(), p).list(), n -> {
            network.set(n);
            if (n.notAllowed() != null) {
                info.set(n.notAllowed());
            } else if (choices.vpc.get().isBlank() && !n.vpcs().isEmpty()) {
                choices.vpc.set(n.vpcs().get(0).id());
            }
        });
    }

    /** Creates (or finds) every resource; each step's status shows as it changes. A re-run resumes. */
    public void provision() {
        DmsPlan plan;
        try {
            plan = plan();
        } catch (DmsPilotException e) {
            error.set(e.getMessage());
            return;
        }
        DmsState start = state.withOptions(options());
        if (!services.confirm().test(lang("wizard.provision.confirm.title"), confirmation(options()))) {
            info.set(lang("wizard.provision.declined"));
            return;
        }
        running = aws(lang("wizard.job.provision"), (aws, p) -> new DmsProvisioner(aws, services.passwords(),
                services.timing()).provision(plan, start, p, s -> services.uiThread().execute(() -> remember(s))),
                this::remember);
    }

    /** What provisioning creates that is billed, with the price note of the instance class or of DMS Serverless. */
    static String confirmation(DmsOptions o) {
        return o.onServerless() ? lang("wizard.provision.confirm.serverless", o.serverless().minCapacityUnits(),
                o.serverless().maxCapacityUnits(), o.multiAz() ? "Multi-AZ" : "single-AZ", o.region(),
                org.dmspilot.core.dms.InstancePrices.serverlessNote(o.serverless()))
                : lang("wizard.provision.confirm.message", o.instanceClass(), org.dmspilot.core.dms.InstancePrices
                        .note(o.instanceClass(), o.multiAz()), o.region());
    }

    /** The subnet group the plan creates (or finds) from the network page's subnets, for the serverless page. */
    public String subnetGroup() {
        try {
            DmsPlan p = plan();
            return p.subnetGroup().identifier() + " (" + String.join(", ", p.subnetGroup().subnetIds()) + ")";
        } catch (DmsPilotException e) {
            return lang("wizard.serverless.noSubnetGroup");
        }
    }

    /** Asks the running provisioning (or other AWS work) to stop after the current call. */
    public void cancel() {
        if (local != null) {
            local.stop();
        }
        if (running != null) {
            running.cancel();
        }
    }

    /** Starts the task, then shows its table statistics. */
    public void startTask() {
        DmsPlan plan = plan();
        DmsState current = state;
        aws(lang("wizard.job.start"), (aws, p) -> new DmsTasks(aws, services.timing(), p).start(plan, current),
                taskStatus::set);
    }

    /** Refreshes the task status and table statistics (skipped while other AWS work runs). */
    public void refresh() {
        if (task.backend.get() == Backend.LOCAL_ENGINE) {
            if (local != null) {
                localStats.setAll(sorted(local.statistics()));
            }
            return;
        }
        if (busy.get() || refreshing || state.arn(choices.serverless.get() ? org.dmspilot.core.dms.StepId
                .REPLICATION_CONFIG : org.dmspilot.core.dms.StepId.REPLICATION_TASK).isEmpty()) {
            return;
        }
        DmsPlan plan = plan();
        DmsState current = state;
        refreshing = true;
        aws(lang("wizard.job.refresh"), false, (aws, p) -> new DmsTasks(aws, services.timing(), p).status(plan,
                current), s -> {
                    if (!busy.get()) {
                        taskStatus.set(s);
                    }
                }, () -> refreshing = false);
    }

    /**
     * Runs the task on the local engine in the background (full load, CDC or both, from the checkpoint); statistics
     * show as it runs, and {@link #cancel()} stops it cleanly. The equivalent CLI command line is shown too.
     */
    public void startLocal() {
        leaving(WizardPage.TASK);
        String type = task.migrationType.get().apiValue();
        localCommand.set(LocalStart.commandLine(project.get(), type));
        LocalRunner runner;
        try {
            runner = new LocalRunner(project.get(), services.passwords(), type);
        } catch (DmsPilotException e) {
            error.set(e.getMessage());
            return;
        }
        local = runner;
        busy.set(true);
        error.set("");
        info.set(lang("wizard.local.running"));
        localStatus.set(new LocalTaskStatus(LocalTaskStatus.State.RUNNING, ""));
        running = services.executor().execute(BackgroundTask.of(lang("wizard.job.local"), p -> {
            runner.run(p);
            return runner.statistics();
        }).onSuccess(stats -> {
            localStats.setAll(sorted(stats));
            info.set(lang("wizard.local.finished"));
            localStatus.set(new LocalTaskStatus(LocalTaskStatus.State.FINISHED, ""));
        }).onFailure(e -> {
            error.set(TaskPageModel.describe(e));
            info.set("");
            localStatus.set(new LocalTaskStatus(LocalTaskStatus.State.FAILED, TaskPageModel.describe(e)));
        }).onCancelled(() -> {
            info.set(lang("wizard.local.stopped"));
            localStatus.set(new LocalTaskStatus(LocalTaskStatus.State.STOPPED, ""));
        }).onFinished(() -> busy.set(false)));
    }

    private static List<TableStatistics> sorted(List<TableStatistics> stats) {
        return stats.stream().sorted(java.util.Comparator.comparing(TableStatistics::qualifiedName)).toList();
    }

    /** The plan, after warnings about endpoints a replication instance in AWS cannot reach. */
    private List<String> awsReview() {
        List<String> lines = new java.util.ArrayList<>();
        org.dmspilot.core.dms.EndpointReach.warnings(project.get().source(), project.get().target())
                .forEach(w -> lines.add("\u26a0 " + w));
        lines.addAll(PlanDescription.lines(plan()));
        return lines;
    }

    private List<String> localReview() {
        Project p = project.get();
        return List.of(lang("wizard.local.review.backend"),
                lang("wizard.local.review.source", p.source().describe()),
                lang("wizard.local.review.target", p.target().describe()),
                lang("wizard.local.review.type", task.migrationType.get().apiValue()),
                lang("wizard.local.review.mappings"), task.tableMappings.get());
    }

    /** Saves the task model into the project when a page that edits it is left. */
    private void leaving(WizardPage page) {
        if (page == WizardPage.BACKEND || page == WizardPage.TASK) {
            Project current = project.get();
            if (!task.task().equals(current.migrationTask())) {
                projectUpdate.accept(current.withMigrationTask(task.task()));
            }
        }
    }

    /** What a page needs when it is shown: the plan, the roles' state, the network listing. */
    private void arrived(WizardPage page) {
        switch (page) {
            case REVIEW -> review();
            case IAM -> {
                if (roles.isEmpty()) {
                    checkRoles();
                }
            }
            case NETWORK -> {
                if (network.get() == null) {
                    loadNetwork();
                }
            }
            default -> {
            }
        }
    }

    private interface AwsWork<V> {
        V run(AwsClients aws, ProgressListener progress);
    }

    private <V> TaskExecutor.Cancellable aws(String title, AwsWork<V> work, Consumer<V> onSuccess) {
        return aws(title, true, work, onSuccess, () -> { });
    }

    /**
     * AWS work in the background with a client for the chosen account and region.
     *
     * @param exclusive marks the wizard busy (buttons that start AWS work are disabled); a statistics refresh is not
     */
    private <V> TaskExecutor.Cancellable aws(String title, boolean exclusive, AwsWork<V> work, Consumer<V> onSuccess,
            Runnable finished) {
        AwsSettings settings = awsSettings();
        if (exclusive) {
            busy.set(true);
            error.set("");
        }
        return services.executor().execute(BackgroundTask.of(title, p -> {
            try (AwsClients aws = services.clients().apply(settings, services.timing())) {
                return work.run(aws, p);
            }
        }).onSuccess(v -> {
            if (exclusive) {
                error.set(""); // fixed: a call that works clears the last failure
            }
            onSuccess.accept(v);
        }).onFailure(this::showAwsError)
                .onCancelled(() -> info.set(lang("wizard.cancelled"))).onFinished(() -> {
                    if (exclusive) {
                        busy.set(false);
                    }
                    finished.run();
                }));
    }

    /** The account, region and endpoint chosen on the AWS page. */
    private AwsSettings awsSettings() {
        String endpoint = choices.endpointOverride.get().strip();
        return new AwsSettings(choices.region.get().strip(), choices.profile.get().isBlank() ? null
                : choices.profile.get().strip(), endpoint.isEmpty() ? null : URI.create(endpoint));
    }

    /** Keeps and stores the state with the profile and endpoint it was reached through (the task monitor uses them). */
    private void remember(DmsState s) {
        state = s.withAccess(awsSettings());
        stateStore.accept(state);
        showSteps(state);
    }

    private void showSteps(DmsState s) {
        try {
            steps.setAll(plan().steps().stream().map(s::step).toList());
        } catch (DmsPilotException e) {
            steps.clear();
        }
    }

    private DmsPlan plan() {
        return DmsPlanner.plan(project.get().withMigrationTask(task.task()), options());
    }

    public WizardNavigation navigation() {
        return navigation;
    }

    public WizardChoices choices() {
        return choices;
    }

    public TaskPageModel task() {
        return task;
    }

    public ObservableMap<String, String> fieldErrors() {
        return navigation.fieldErrors();
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public List<String> regions() {
        return services.regions();
    }

    public StringProperty identityProperty() {
        return identity;
    }

    /** The full text behind {@link #errorProperty()} (e.g. the SDK's credential chain), empty when none. */
    public StringProperty errorDetailsProperty() {
        return errorDetails;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<DmsIamRoles.RoleStatus> roles() {
        return roles;
    }

    public ObjectProperty<NetworkInventory.Listing> networkProperty() {
        return network;
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

    public BooleanProperty autoRefreshProperty() {
        return autoRefresh;
    }

    /** Where the task on the local engine stands (null until started here). */
    public ObjectProperty<LocalTaskStatus> localStatusProperty() {
        return localStatus;
    }

    /** The local engine's per-table statistics. */
    public ObservableList<TableStatistics> localStats() {
        return localStats;
    }

    public StringProperty localCommandProperty() {
        return localCommand;
    }

    /** Field id → message of the page last validated (for tests and the view). */
    Map<String, String> errorsOf(WizardPage page) {
        return navigation.validate(page);
    }
}
