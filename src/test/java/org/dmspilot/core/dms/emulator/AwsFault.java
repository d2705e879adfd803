package org.dmspilot.core.dms.emulator;

/** An AWS error response: HTTP status, error code ({@code __type} / {@code Code}) and message. */
public final class AwsFault extends RuntimeException {
    private final int status;
    private final String code;

    public AwsFault(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** DMS throttling (retried by the SDK). */
    public static AwsFault throttling() {
        return new AwsFault(400, "ThrottlingException", "Rate exceeded");
    }

    /** A 5xx (retried by the SDK). */
    public static AwsFault internalError() {
        return new AwsFault(500, "InternalFailure", "An internal error occurred.");
    }

    /** What DMS answers while dms-vpc-role is missing or still propagating. */
    public static AwsFault vpcRoleNotConfigured(String account) {
        return new AwsFault(400, "AccessDeniedFault", "The IAM Role arn:aws:iam::" + account
                + ":role/dms-vpc-role is not configured properly.");
    }

    /** A permission the caller lacks (not retried). */
    public static AwsFault accessDenied(String action) {
        return new AwsFault(400, "AccessDeniedFault", "User is not authorized to perform: " + action);
    }

    public static AwsFault alreadyExists(String what) {
        return new AwsFault(400, "ResourceAlreadyExistsFault", what + " already exists");
    }

    public static AwsFault invalidState(String message) {
        return new AwsFault(400, "InvalidResourceStateFault", message);
    }

    public static AwsFault notFound(String message) {
        return new AwsFault(400, "ResourceNotFoundFault", message);
    }
}
