package org.dmspilot.core.dms;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What provisioning has done so far for a project: each step's status and the ARN of its resource. Stored next to
 * the project file by {@link DmsStateFiles}; lets a re-run resume, {@code status} and {@code start} find the task,
 * and cleanup delete, in reverse step order, what was created.
 *
 * @param profile the AWS profile the resources were provisioned with (null: the default credential chain), so the
 *     task's monitor reaches them with the same credentials
 * @param endpointOverride the endpoint they were provisioned through (null: the region's public endpoint)
 */
public record DmsState(String projectId, String region, DmsOptions options, Map<StepId, StepState> steps,
        String profile, java.net.URI endpointOverride) {

    public DmsState {
        EnumMap<StepId, StepState> copy = new EnumMap<>(StepId.class);
        if (steps != null) {
            copy.putAll(steps);
        }
        steps = java.util.Collections.unmodifiableMap(copy);
    }

    /** A fresh state: nothing done yet. */
    public static DmsState empty(String projectId, String region) {
        return new DmsState(projectId, region, null, Map.of(), null, null);
    }

    /** The same state remembering the options it was provisioned with (so start/status need no flags). */
    public DmsState withOptions(DmsOptions newOptions) {
        return new DmsState(projectId, newOptions.region(), newOptions, steps, profile, endpointOverride);
    }

    /** The same state remembering how AWS was reached (profile and endpoint; the region is the options'). */
    public DmsState withAccess(AwsSettings aws) {
        return new DmsState(projectId, region, options, steps, aws.profile(), aws.endpointOverride());
    }

    /**
     * How to reach the task's resources: the region they live in, with the profile and endpoint they were provisioned
     * through.
     */
    public AwsSettings awsSettings() {
        return new AwsSettings(options != null ? options.region() : region, profile, endpointOverride);
    }

    public StepState step(StepId id) {
        return steps.getOrDefault(id, StepState.pending(id));
    }

    /** The ARN recorded for a step, if any. */
    public Optional<String> arn(StepId id) {
        return Optional.ofNullable(step(id).arn());
    }

    DmsState with(StepState state) {
        EnumMap<StepId, StepState> copy = new EnumMap<>(StepId.class);
        copy.putAll(steps);
        copy.put(state.step(), state);
        return new DmsState(projectId, region, options, copy, profile, endpointOverride);
    }

    /** Steps whose resource DMS Pilot created, newest first: the order cleanup deletes them in. */
    public List<StepState> createdNewestFirst() {
        List<StepId> order = Arrays.asList(StepId.values());
        return steps.values().stream().filter(StepState::created)
                .sorted((a, b) -> order.indexOf(b.step()) - order.indexOf(a.step())).toList();
    }
}
