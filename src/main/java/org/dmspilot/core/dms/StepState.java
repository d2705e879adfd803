package org.dmspilot.core.dms;

import java.time.Instant;

/**
 * Where one provisioning step stands.
 *
 * @param arn the resource's ARN once known (the subnet group's identifier; null for checks)
 * @param created true when DMS Pilot created the resource (false when it found one already there, e.g. a shared IAM
 *     role); cleanup deletes only what was created
 * @param message the last log line for the user (never a secret)
 */
public record StepState(StepId step, Status status, String arn, boolean created, String message, Instant updated) {

    /** Step status as the wizard shows it; DELETED once cleanup removed the step's resource. */
    public enum Status { PENDING, RUNNING, DONE, FAILED, DELETED }

    public static StepState pending(StepId step) {
        return new StepState(step, Status.PENDING, null, false, null, null);
    }

    StepState with(Status newStatus, String newMessage) {
        return new StepState(step, newStatus, arn, created, newMessage, Instant.now());
    }

    StepState done(String newArn, boolean wasCreated, String newMessage) {
        return new StepState(step, Status.DONE, newArn, created || wasCreated, newMessage, Instant.now());
    }
}
