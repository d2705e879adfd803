package org.dmspilot.core.dms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.dms.DmsResources.RoleSpec;
import org.dmspilot.core.dms.ProvisionSteps.Outcome;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * The S3 bucket and the IAM role of DMS premigration assessment runs. The bucket is created in the plan's region
 * with default encryption (SSE-S3) and every public access blocked, tagged with the project; one the account already
 * owns is reused ({@code BucketAlreadyOwnedByYou}), one of another account is refused by name. The role trusts
 * {@code dms.amazonaws.com} and may use that bucket only. Cleanup empties and deletes the bucket.
 */
final class AssessmentResources {
    /** The folder of the bucket DMS writes the results under. */
    static final String FOLDER = "dms-assessments";
    private static final String ARN_PREFIX = "arn:aws:s3:::";

    private final AwsClients aws;
    private final AwsCalls calls;
    private final String projectId;
    private final String region;

    AssessmentResources(AwsClients aws, AwsCalls calls, String projectId, String region) {
        this.aws = aws;
        this.calls = calls;
        this.projectId = projectId;
        this.region = region;
    }

    /** {@code dmspilot-<id>-dms-assessments-<account>-<region>}: S3 names are global, so account and region too. */
    static String bucketName(String projectId, String account, String region) {
        return new ResourceNames(projectId).of("assessments-" + account + "-" + region).toLowerCase(Locale.ROOT);
    }

    /** The assessment role of a project, allowed to use {@code bucket} only. */
    static RoleSpec roleSpec(String projectId, String bucket) {
        return new RoleSpec(StepId.ASSESSMENT_ROLE, new ResourceNames(projectId).of("dms-assessment"),
                IamPolicies.DMS_SERVICE, List.of(), "dmspilot-assessment-results",
                IamPolicies.json(IamPolicies.assessmentResultsDocument(bucket)));
    }

    static String bucketOf(String arn) {
        return arn.startsWith(ARN_PREFIX) ? arn.substring(ARN_PREFIX.length()) : arn;
    }

    /**
     * Creates the bucket (or finds it: {@code BucketAlreadyOwnedByYou}), then sets default encryption, the public
     * access block and the project tag on one this project owns.
     *
     * @throws DmsPilotException naming the bucket when another account owns it
     */
    Outcome createBucket(String bucket) {
        S3Client s3 = aws.s3();
        Optional<Object> answered;
        try {
            answered = calls.callUnless(Set.of("BucketAlreadyOwnedByYou"), "creating S3 bucket " + bucket,
                    () -> s3.createBucket(b -> {
                        b.bucket(bucket);
                        if (!region.equals("us-east-1")) {
                            b.createBucketConfiguration(c -> c.locationConstraint(region));
                        }
                    }));
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof SdkException sdk && AwsErrors.code(sdk).equals("BucketAlreadyExists")) {
                throw new DmsPilotException("The S3 bucket name " + bucket + " is taken by another AWS account "
                        + "(bucket names are global). Name a bucket of yours for the results (--bucket).", e);
            }
            throw e;
        }
        boolean created = answered.isPresent();
        String owner = created ? projectId : tags(bucket).get(DmsPlan.PROJECT_TAG);
        if (!created && !projectId.equals(owner)) {
            requireRegion(bucket);
            return new Outcome(ARN_PREFIX + bucket, false, "S3 bucket " + bucket + " found (owned by this account, "
                    + "not tagged with this project: reused, never deleted)");
        }
        calls.call("encrypting S3 bucket " + bucket + " by default (SSE-S3)", () -> s3.putBucketEncryption(b -> b
                .bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(r -> r.applyServerSideEncryptionByDefault(
                        d -> d.sseAlgorithm(ServerSideEncryption.AES256))))));
        calls.call("blocking public access to S3 bucket " + bucket, () -> s3.putPublicAccessBlock(b -> b.bucket(bucket)
                .publicAccessBlockConfiguration(c -> c.blockPublicAcls(true).ignorePublicAcls(true)
                        .blockPublicPolicy(true).restrictPublicBuckets(true))));
        calls.call("tagging S3 bucket " + bucket, () -> s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t
                .tagSet(Tag.builder().key(DmsPlan.PROJECT_TAG).value(projectId).build()))));
        return new Outcome(ARN_PREFIX + bucket, true, "S3 bucket " + bucket + (created ? " created" : " found")
                + " in " + region + " (encrypted, public access blocked)");
    }

    /**
     * An existing bucket the user chose: it must exist, be reachable with these credentials, and lie in the plan's
     * region.
     */
    Outcome existingBucket(String bucket) {
        requireRegion(bucket);
        return new Outcome(ARN_PREFIX + bucket, false, "S3 bucket " + bucket + " (yours, used as it is)");
    }

    private void requireRegion(String bucket) {
        HeadBucketResponse head;
        try {
            head = calls.call("checking S3 bucket " + bucket, () -> aws.s3().headBucket(b -> b.bucket(bucket)));
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof S3Exception s3 && s3.statusCode() == 404) {
                throw new DmsPilotException("The S3 bucket " + bucket + " does not exist. Name an existing bucket, "
                        + "or leave it out and DMS Pilot creates one.", e);
            }
            if (e.getCause() instanceof S3Exception s3 && s3.statusCode() == 403) {
                throw new DmsPilotException("The S3 bucket " + bucket + " exists but these credentials may not use "
                        + "it (it belongs to another account, or its policy refuses you).", e);
            }
            throw e;
        }
        if (head.bucketRegion() != null && !head.bucketRegion().equals(region)) {
            throw new DmsPilotException("The S3 bucket " + bucket + " is in " + head.bucketRegion() + "; DMS writes "
                    + "assessment results only to a bucket in the task's region, " + region + ".");
        }
    }

    /** The bucket's tags; none is an empty map (S3 answers {@code NoSuchTagSet}). */
    Map<String, String> tags(String bucket) {
        return calls.callUnless(Set.of("NoSuchTagSet"), "reading the tags of S3 bucket " + bucket, () -> aws.s3()
                .getBucketTagging(b -> b.bucket(bucket)).tagSet()).map(l -> l.stream().collect(Collectors.toMap(
                        Tag::key, Tag::value, (a, b) -> a))).orElse(Map.of());
    }

    /** The keys under {@code prefix}, every page. */
    List<String> keys(String bucket, String prefix) {
        return calls.call("listing s3://" + bucket + "/" + prefix, () -> aws.s3().listObjectsV2Paginator(b -> b
                .bucket(bucket).prefix(prefix)).contents().stream().map(o -> o.key()).toList());
    }

    /**
     * Deletes every object of the bucket and then the bucket, when it is tagged with the project; gone already is
     * fine.
     */
    String deleteBucket(String arn) {
        String bucket = bucketOf(arn);
        Map<String, String> tags;
        try {
            tags = tags(bucket);
        } catch (DmsPilotException e) {
            if (isMissing(e)) {
                return "S3 bucket " + bucket + " already deleted";
            }
            throw e;
        }
        if (!projectId.equals(tags.get(DmsPlan.PROJECT_TAG))) {
            throw new DmsPilotException("Refusing to delete S3 bucket " + bucket + ": it is not tagged "
                    + DmsPlan.PROJECT_TAG + "=" + projectId + " (tag: " + tags.get(DmsPlan.PROJECT_TAG) + ").");
        }
        List<String> keys = keys(bucket, "");
        for (String key : keys) {
            calls.call("deleting s3://" + bucket + "/" + key, () -> aws.s3().deleteObject(b -> b.bucket(bucket)
                    .key(key)));
        }
        calls.callUnless(Set.of("NoSuchBucket"), "deleting S3 bucket " + bucket, () -> aws.s3().deleteBucket(b -> b
                .bucket(bucket)));
        return "S3 bucket " + bucket + " deleted with its " + keys.size() + " object(s)";
    }

    private static boolean isMissing(DmsPilotException e) {
        return e.getCause() instanceof SdkException sdk && (AwsErrors.code(sdk).equals("NoSuchBucket")
                || sdk instanceof S3Exception s3 && s3.statusCode() == 404);
    }
}
