package org.dmspilot.core.dms;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns AWS SDK failures into user-facing {@link DmsPilotException}s, and says which ones are worth a retry. */
final class AwsErrors {
    private record Rule(Predicate<SdkException> matches, String advice) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(e -> code(e).startsWith("ExpiredToken") || message(e).contains("token has expired")
                    || message(e).contains("session associated with this profile has expired"),
                    "Your AWS session has expired. Sign in again (for an SSO profile: aws sso login --profile "
                            + "<profile>) and retry."),
            new Rule(e -> message(e).contains("unable to load credentials"),
                    "No AWS credentials found. Choose a profile (--profile), set AWS_ACCESS_KEY_ID and "
                            + "AWS_SECRET_ACCESS_KEY, or sign in with aws sso login."),
            new Rule(e -> code(e).equals("InvalidClientTokenId") || code(e).equals("UnrecognizedClientException")
                    || code(e).equals("SignatureDoesNotMatch"),
                    "AWS does not recognise these credentials. Check the access key or profile."),
            new Rule(AwsErrors::isVpcRoleMissing,
                    "The IAM role dms-vpc-role is missing or not ready. Let DMS Pilot create it (it retries while "
                            + "IAM propagates), or create it with the policy AmazonDMSVPCManagementRole."),
            new Rule(e -> List.of("AccessDenied", "AccessDeniedException", "AccessDeniedFault",
                    "UnauthorizedOperation").contains(code(e)),
                    "Your AWS identity lacks a permission. 'dmspilot dms plan --iam-policy' prints the "
                            + "least-privilege policy the wizard needs."));

    private AwsErrors() {
    }

    /** A user-facing exception for a failure while {@code doing} something. */
    static DmsPilotException translate(SdkException e, String doing) {
        String detail = e instanceof AwsServiceException ase && ase.awsErrorDetails() != null
                ? ase.awsErrorDetails().errorMessage() + " (" + ase.awsErrorDetails().errorCode() + ")"
                : String.valueOf(e.getMessage());
        String advice = RULES.stream().filter(r -> r.matches().test(e)).map(Rule::advice).findFirst().orElse(null);
        return new DmsPilotException("AWS failed while " + doing + ": " + detail
                + (advice == null ? "" : ". " + advice), e);
    }

    /**
     * IAM propagation: a role just created (or just given a policy) that AWS cannot use yet. DMS answers
     * {@code AccessDeniedFault "The IAM Role ... is not configured properly"} (dms-vpc-role, an assessment's service
     * role) or {@code InvalidParameterValue...} naming a role it cannot assume; both clear within seconds, so the
     * clients' retry strategy retries them with backoff on top of the SDK's own retryable errors.
     */
    static boolean isIamPropagation(SdkException e) {
        String code = code(e);
        String message = message(e);
        return isVpcRoleMissing(e) || code.equals("AccessDeniedFault") && message.contains("role")
                && message.contains("not configured properly")
                || code.startsWith("InvalidParameterValue") && message.contains("role")
                && (message.contains("assume") || message.contains("not configured properly"));
    }

    static boolean isVpcRoleMissing(SdkException e) {
        return code(e).equals("AccessDeniedFault") && message(e).contains(IamPolicies.VPC_ROLE);
    }

    static String code(SdkException e) {
        return e instanceof AwsServiceException ase && ase.awsErrorDetails() != null
                && ase.awsErrorDetails().errorCode() != null ? ase.awsErrorDetails().errorCode() : "";
    }

    private static String message(SdkException e) {
        return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    }
}
