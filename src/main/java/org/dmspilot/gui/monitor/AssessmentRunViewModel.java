package org.dmspilot.gui.monitor;

import static org.dmspilot.gui.util.Localization.lang;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dmspilot.core.dms.DmsAssessmentRuns;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.gui.util.BackgroundTask;
import org.dmspilot.gui.util.DialogService;
import org.dmspilot.gui.util.TaskExecutor;

/**
 * The monitor's "DMS premigration assessment" section: a run of DMS's own assessments on the task, started after a
 * confirmation (it creates an S3 bucket and an IAM role), in the background with progress and cancel, then each
 * individual assessment with its status and its result in S3.
 */
public final class AssessmentRunViewModel {
    /** Runs the assessments of the monitored task, reporting progress; the finished run. */
    @FunctionalInterface
    public interface Runner {
        DmsAssessmentRuns.Run run(ProgressListener progress);
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Runnable> ui;
    private final Runner runner;
    private final String creates;
    private final ObservableList<DmsAssessmentRuns.Individual> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(lang("dmsAssess.none"));
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private Optional<TaskExecutor.Cancellable> job = Optional.empty();

    /**
     * @param ui runs a callback on the UI thread (progress updates from the background)
     * @param creates what a run creates, for the confirmation (bucket, role, region)
     */
    public AssessmentRunViewModel(TaskExecutor executor, DialogService dialogs, Consumer<Runnable> ui, Runner runner,
            String creates) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.ui = ui;
        this.runner = runner;
        this.creates = creates;
    }

    /** Asks first (it creates a bucket and a role), then runs the assessments in the background. */
    public void start() {
        if (running.get() || !dialogs.confirm(lang("dmsAssess.confirm.title"), lang("dmsAssess.confirm", creates))) {
            return;
        }
        running.set(true);
        results.clear();
        progress.set(-1);
        progressText.set(lang("dmsAssess.starting"));
        summary.set("");
        job = Optional.of(executor.execute(BackgroundTask.of(lang("dmsAssess.job"), p -> runner.run(
                new ProgressListener() {
                    @Override
                    public void progress(long done, long total, String message) {
                        p.progress(done, total, message);
                        ui.accept(() -> {
                            progress.set(total > 0 ? (double) done / total : -1);
                            progressText.set(message);
                        });
                    }

                    @Override
                    public boolean isCancelled() {
                        return p.isCancelled();
                    }
                })).onSuccess(this::show).onFailure(e -> {
                    String text = e.getMessage() == null ? e.toString() : e.getMessage();
                    summary.set("\u2716 " + text);
                    dialogs.showError(lang("dmsAssess.failed.title"), text);
                }).onCancelled(() -> summary.set(lang("dmsAssess.cancelled"))).onFinished(() -> {
                    running.set(false);
                    progressText.set("");
                    job = Optional.empty();
                })));
    }

    /** Stops waiting and cancels the run in DMS. */
    public void cancel() {
        job.ifPresent(TaskExecutor.Cancellable::cancel);
    }

    private void show(DmsAssessmentRuns.Run run) {
        results.setAll(run.assessments());
        long problems = run.assessments().stream().filter(DmsAssessmentRuns.Individual::problem).count();
        long warnings = run.assessments().stream().filter(a -> a.status().equals("warning")).count();
        summary.set((run.problems() ? "\u2716 " : warnings > 0 ? "\u26a0 " : "\u2714 ") + lang("dmsAssess.summary",
                run.name(), run.status(), run.assessments().size(), problems, warnings, run.location())
                + (run.lastFailure() == null ? "" : " \u2014 " + run.lastFailure()));
    }

    /** Every individual assessment of the last run, in DMS's order. */
    public ObservableList<DmsAssessmentRuns.Individual> results() {
        return results;
    }

    /** The last run's outcome (or why it could not run). */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** What the run does now. */
    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** Done fraction, -1 while unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
