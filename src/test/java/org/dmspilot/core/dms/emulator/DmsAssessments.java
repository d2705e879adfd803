package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.AwsEmulator.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DMS premigration assessment runs (JSON 1.1): DescribeApplicableIndividualAssessments,
 * StartReplicationTaskAssessmentRun, DescribeReplicationTaskAssessmentRuns, DescribeReplicationTaskIndividualAssessments,
 * CancelReplicationTaskAssessmentRun. A run walks {@code starting → provisioning → running} as it is described and
 * ends {@code passed}, {@code warning} or {@code failed} from its individual assessments, writing one result object
 * per assessment to the bucket; a role whose policy does not let DMS write to the bucket (or a bucket policy that
 * refuses it) ends the run {@code error-provisioning}. Refusals as DMS answers them: a task that is not ready, stopped or failed
 * (InvalidResourceStateFault), a role DMS cannot assume (AccessDeniedFault), a missing bucket
 * (S3ResourceNotFoundFault), a run name used before for the task (ResourceAlreadyExistsFault).
 */
final class DmsAssessments {
    /** Individual assessments DMS documents for a MySQL source (API keys), and general ones. */
    static final List<String> MYSQL_SOURCE = List.of("unsupported-data-types-in-source",
            "table-with-no-primary-key-or-unique-constraint", "table-with-lob-but-without-primary-key-or-unique-constraint",
            "mysql-check-binlog-image", "mysql-check-binlog-compression", "mysql-check-replication-privileges",
            "mysql-check-auto-increment");
    private static final Set<String> STARTABLE = Set.of("ready", "stopped", "failed");
    private static final Map<String, String> RUN_FILTERS = Map.of("replication-task-assessment-run-arn",
            "ReplicationTaskAssessmentRunArn", "replication-task-arn", "ReplicationTaskArn", "status", "Status");

    private final DmsEmulator dms;
    private final S3Emulator s3;
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final Map<String, String> outcomes = new LinkedHashMap<>();

    private static final class Run {
        final ObjectNode node;
        final List<ObjectNode> individuals = new ArrayList<>();
        final boolean canWrite;
        int describesLeft;

        Run(ObjectNode node, boolean canWrite, int describes) {
            this.node = node;
            this.canWrite = canWrite;
            this.describesLeft = describes;
        }
    }

    DmsAssessments(DmsEmulator dms, S3Emulator s3) {
        this.dms = dms;
        this.s3 = s3;
    }

    /** The status an individual assessment ends with (default {@code passed}). */
    void outcome(String name, String status) {
        outcomes.put(name, status);
    }

    /** How many runs were started. */
    int count() {
        return runs.size();
    }

    JsonNode call(String op, JsonNode req) {
        return switch (op) {
            case "DescribeApplicableIndividualAssessments" -> {
                task(req.path("ReplicationTaskArn").asText());
                ArrayNode names = JSON.createArrayNode();
                MYSQL_SOURCE.forEach(names::add);
                yield JSON.createObjectNode().set("IndividualAssessmentNames", names);
            }
            case "StartReplicationTaskAssessmentRun" -> JSON.createObjectNode().set("ReplicationTaskAssessmentRun",
                    start(req).deepCopy());
            case "DescribeReplicationTaskAssessmentRuns" -> {
                ArrayNode out = JSON.createArrayNode();
                runs.values().stream().filter(r -> DmsEmulator.matches(r.node, req.path("Filters"), RUN_FILTERS))
                        .forEach(r -> out.add(advance(r).deepCopy()));
                if (out.isEmpty()) {
                    throw AwsFault.notFound("No assessment runs found matching provided filters");
                }
                yield JSON.createObjectNode().set("ReplicationTaskAssessmentRuns", out);
            }
            case "DescribeReplicationTaskIndividualAssessments" -> {
                ArrayNode out = JSON.createArrayNode();
                Map<String, String> fields = Map.of("replication-task-assessment-run-arn",
                        "ReplicationTaskAssessmentRunArn", "replication-task-arn", "ReplicationTaskArn", "status",
                        "Status");
                runs.values().forEach(r -> r.individuals.stream().filter(i -> DmsEmulator.matches(withTask(i, r),
                        req.path("Filters"), fields)).forEach(i -> out.add(i.deepCopy())));
                yield JSON.createObjectNode().set("ReplicationTaskIndividualAssessments", out);
            }
            case "CancelReplicationTaskAssessmentRun" -> {
                Run r = runs.get(req.path("ReplicationTaskAssessmentRunArn").asText());
                if (r == null) {
                    throw AwsFault.notFound("Assessment run not found");
                }
                if (!Set.of("starting", "provisioning", "running").contains(r.node.path("Status").asText())) {
                    throw AwsFault.invalidState("Assessment run is " + r.node.path("Status").asText());
                }
                r.node.put("Status", "cancelling");
                r.individuals.stream().filter(i -> Set.of("pending", "running").contains(i.path("Status").asText()))
                        .forEach(i -> i.put("Status", "cancelled"));
                yield JSON.createObjectNode().set("ReplicationTaskAssessmentRun", r.node.deepCopy());
            }
            default -> null;
        };
    }

    private ObjectNode start(JsonNode req) {
        for (String required : List.of("ReplicationTaskArn", "ServiceAccessRoleArn", "ResultLocationBucket",
                "AssessmentRunName")) {
            if (req.path(required).asText().isEmpty()) {
                throw new AwsFault(400, "InvalidParameterValueException", required + " is required");
            }
        }
        String taskArn = req.path("ReplicationTaskArn").asText();
        ObjectNode task = task(taskArn);
        String status = task.path("Status").asText();
        if (!STARTABLE.contains(status)) {
            throw AwsFault.invalidState("Task " + task.path("ReplicationTaskIdentifier").asText() + " is " + status
                    + "; an assessment run needs a task that is ready, stopped or failed");
        }
        String roleArn = req.path("ServiceAccessRoleArn").asText();
        IamEmulator.Role role = dms.iam().roles().get(roleArn.substring(roleArn.lastIndexOf('/') + 1));
        if (role == null || !role.trust().contains("dms.amazonaws.com")) {
            throw new AwsFault(400, "AccessDeniedFault", "The IAM Role " + roleArn + " is not configured properly. "
                    + "AWS DMS cannot assume it.");
        }
        String bucket = req.path("ResultLocationBucket").asText();
        if (!s3.exists(bucket)) {
            throw new AwsFault(400, "S3ResourceNotFoundFault", "The S3 bucket " + bucket + " does not exist");
        }
        String name = req.path("AssessmentRunName").asText();
        if (runs.values().stream().anyMatch(r -> r.node.path("ReplicationTaskArn").asText().equals(taskArn)
                && r.node.path("AssessmentRunName").asText().equals(name))) {
            throw AwsFault.alreadyExists("Assessment run " + name);
        }
        List<String> included = new ArrayList<>();
        req.path("IncludeOnly").forEach(n -> included.add(n.asText()));
        if (included.isEmpty()) {
            included.addAll(MYSQL_SOURCE);
        }
        req.path("Exclude").forEach(n -> included.remove(n.asText()));
        String arn = DmsEmulator.arn("assessment-run", DmsEmulator.randomId());
        ObjectNode node = JSON.createObjectNode().put("ReplicationTaskAssessmentRunArn", arn)
                .put("ReplicationTaskArn", taskArn).put("Status", "starting")
                .put("ReplicationTaskAssessmentRunCreationDate", DmsEmulator.now())
                .put("ServiceAccessRoleArn", roleArn).put("ResultLocationBucket", bucket)
                .put("ResultLocationFolder", req.path("ResultLocationFolder").asText("")).put("ResultEncryptionMode",
                        req.path("ResultEncryptionMode").asText("SSE_S3")).put("AssessmentRunName", name)
                .put("IsLatestTaskAssessmentRun", true);
        node.putObject("AssessmentProgress").put("IndividualAssessmentCount", included.size())
                .put("IndividualAssessmentCompletedCount", 0);
        runs.values().stream().filter(r -> r.node.path("ReplicationTaskArn").asText().equals(taskArn))
                .forEach(r -> r.node.put("IsLatestTaskAssessmentRun", false));
        Run run = new Run(node, canWrite(role, bucket) && s3.acceptsServiceWrites(bucket), dms.transitionDescribes());
        for (String individual : included) {
            run.individuals.add(JSON.createObjectNode().put("ReplicationTaskIndividualAssessmentArn",
                    DmsEmulator.arn("individual-assessment", DmsEmulator.randomId()))
                    .put("ReplicationTaskAssessmentRunArn", arn).put("IndividualAssessmentName", individual)
                    .put("Status", "pending").put("ReplicationTaskIndividualAssessmentStartDate", DmsEmulator.now()));
        }
        runs.put(arn, run);
        return node;
    }

    /** One describe of a run: it moves on a step every few describes. */
    private ObjectNode advance(Run r) {
        if (--r.describesLeft > 0) {
            return r.node;
        }
        r.describesLeft = dms.transitionDescribes();
        switch (r.node.path("Status").asText()) {
            case "starting" -> r.node.put("Status", "provisioning");
            case "provisioning" -> {
                if (r.canWrite) {
                    r.node.put("Status", "running");
                    r.individuals.forEach(i -> i.put("Status", "running"));
                } else {
                    r.node.put("Status", "error-provisioning").put("LastFailureMessage", "Failed to write to the S3 "
                            + "bucket " + r.node.path("ResultLocationBucket").asText() + ": Access Denied for role "
                            + r.node.path("ServiceAccessRoleArn").asText());
                    r.individuals.forEach(i -> i.put("Status", "cancelled"));
                }
            }
            case "running" -> finish(r);
            default -> {
            }
        }
        return r.node;
    }

    private void finish(Run r) {
        String folder = r.node.path("ResultLocationFolder").asText();
        String prefix = (folder.isEmpty() ? "" : folder + "/") + r.node.path("AssessmentRunName").asText() + "/";
        for (ObjectNode i : r.individuals) {
            String name = i.path("IndividualAssessmentName").asText();
            String status = outcomes.getOrDefault(name, "passed");
            i.put("Status", status);
            s3.putObject(r.node.path("ResultLocationBucket").asText(), prefix + name + ".json", JSON.createObjectNode()
                    .put("name", name).put("status", status).toString());
        }
        ((ObjectNode) r.node.path("AssessmentProgress")).put("IndividualAssessmentCompletedCount",
                r.individuals.size());
        List<String> statuses = r.individuals.stream().map(i -> i.path("Status").asText()).toList();
        String run = statuses.contains("failed") || statuses.contains("error") ? "failed"
                : statuses.contains("warning") || statuses.stream().allMatch("skipped"::equals) ? "warning" : "passed";
        r.node.put("Status", run);
        r.individuals.stream().filter(i -> Set.of("failed", "error").contains(i.path("Status").asText())).findFirst()
                .ifPresent(i -> r.node.put("LastFailureMessage", "Individual assessment "
                        + i.path("IndividualAssessmentName").asText() + " " + i.path("Status").asText()));
    }

    /** Whether the role's policies let DMS put objects into the bucket. */
    private static boolean canWrite(IamEmulator.Role role, String bucket) {
        for (String doc : role.inline().values()) {
            try {
                for (JsonNode st : JSON.readTree(doc).path("Statement")) {
                    String actions = st.path("Action").toString();
                    String resources = st.path("Resource").toString();
                    if ("Allow".equals(st.path("Effect").asText()) && (actions.contains("\"s3:PutObject\"")
                            || actions.contains("\"s3:*\"")) && (resources.contains("arn:aws:s3:::" + bucket + "/*")
                                    || resources.equals("\"*\""))) {
                        return true;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    private ObjectNode task(String arn) {
        DmsEmulator.Res task = dms.taskStore().get(arn);
        if (task == null) {
            throw AwsFault.notFound("Replication task " + arn + " not found");
        }
        return task.node;
    }

    private static JsonNode withTask(ObjectNode individual, Run r) {
        return individual.deepCopy().put("ReplicationTaskArn", r.node.path("ReplicationTaskArn").asText());
    }
}
