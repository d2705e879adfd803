package org.dmspilot.gui.monitor;

import java.util.List;
import org.dmspilot.core.dms.AwsClients;
import org.dmspilot.core.dms.DmsPlan;
import org.dmspilot.core.dms.DmsState;
import org.dmspilot.core.dms.DmsTasks;
import org.dmspilot.core.dms.Timing;
import org.dmspilot.core.progress.ProgressListener;

/** The operations on an AWS DMS task or serverless replication, through {@link DmsTasks}. */
final class DmsTaskOperations implements TaskOperations {
    private final AwsClients aws;
    private final DmsPlan plan;
    private final DmsState state;
    private final Timing timing;

    DmsTaskOperations(AwsClients aws, DmsPlan plan, DmsState state, Timing timing) {
        this.aws = aws;
        this.plan = plan;
        this.state = state;
        this.timing = timing;
    }

    private DmsTasks tasks(ProgressListener progress) {
        return new DmsTasks(aws, timing, progress);
    }

    @Override
    public void stop(ProgressListener progress) {
        tasks(progress).stop(plan, state);
    }

    @Override
    public void resume(ProgressListener progress) {
        tasks(progress).resume(plan, state);
    }

    @Override
    public void restart(ProgressListener progress) {
        tasks(progress).restart(plan, state);
    }

    @Override
    public void reload(List<String> tables, boolean validateOnly, ProgressListener progress) {
        tasks(progress).reload(plan, state, tables, validateOnly);
    }

    @Override
    public boolean canModify() {
        return !plan.serverless();
    }

    @Override
    public Documents documents(ProgressListener progress) {
        DmsTasks.Documents d = tasks(progress).documents(plan, state);
        return new Documents(d.tableMappings(), d.taskSettings());
    }

    @Override
    public void modify(String tableMappings, String taskSettings, ProgressListener progress) {
        tasks(progress).modify(plan, state, tableMappings, taskSettings);
    }
}
