package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.DmsPilotException;
import org.junit.jupiter.api.Test;

/**
 * E-mail notifications of a task's events on the emulator: an SNS topic with the e-mail subscription and a DMS event
 * subscription for the task's failure and state changes, created with the project (a re-run creates nothing twice),
 * in the plan and both exports, deleted by cleanup; refused for DMS Serverless and for what is not an address.
 */
class DmsNotificationsTest extends EmulatedAwsTest {
    private static final String EMAIL = "dba@example.com";

    @Test
    void theTopicAndTheEventSubscriptionAreCreatedWithTheProjectAndDeletedByCleanup() {
        DmsPlan plan = f.plan(DmsFixture.options().withNotifyEmail(EMAIL));
        assertThat(plan.steps()).endsWith(StepId.NOTIFICATION_TOPIC, StepId.EVENT_SUBSCRIPTION);
        assertThat(PlanDescription.lines(plan)).anyMatch(l -> l.contains("sns:Subscribe email " + EMAIL))
                .anyMatch(l -> l.contains("EventCategories = [failure, state change]"))
                .anyMatch(l -> l.contains("SnsTopicArn = <" + StepId.NOTIFICATION_TOPIC.title() + ">"));

        DmsState state = f.provision(plan);
        String topicArn = state.arn(StepId.NOTIFICATION_TOPIC).orElseThrow();
        assertThat(topicArn).isEqualTo("arn:aws:sns:eu-west-1:123456789012:" + plan.notifications().topicName());
        assertThat(f.aws.sns().topics().get(topicArn).emails()).containsExactly(EMAIL);
        assertThat(f.aws.sns().topics().get(topicArn).tags()).containsEntry(DmsPlan.PROJECT_TAG, plan.projectId());
        JsonNode subscription = f.aws.bodies("CreateEventSubscription").get(0);
        assertThat(subscription.path("SnsTopicArn").asText()).isEqualTo(topicArn);
        assertThat(subscription.path("SourceType").asText()).isEqualTo("replication-task");
        assertThat(subscription.path("SourceIds").get(0).asText()).isEqualTo(plan.task().identifier());
        assertThat(subscription.path("EventCategories").toString()).isEqualTo("[\"failure\",\"state change\"]");
        assertThat(f.log).anyMatch(l -> l.contains("Event subscription " + plan.notifications().subscriptionName()
                + " (active)"));

        f.provision(plan);
        assertThat(f.aws.bodies("CreateEventSubscription")).as("found, not created again").hasSize(1);
        assertThat(f.aws.bodies("Subscribe")).as("already subscribed").hasSize(1);

        DmsCleanup cleanup = new DmsCleanup(f.clients, Timing.fast());
        f.state = cleanup.cleanup(f.state, false, f.listener(), s -> { });
        assertThat(f.state.step(StepId.EVENT_SUBSCRIPTION).status()).isEqualTo(StepState.Status.DELETED);
        assertThat(f.state.step(StepId.NOTIFICATION_TOPIC).status()).isEqualTo(StepState.Status.DELETED);
        assertThat(f.aws.sns().topics()).isEmpty();
        assertThat(f.aws.dms().eventSubscriptions()).isZero();
        List<String> deletes = f.aws.requests().stream().map(r -> r.operation()).filter(o -> o.startsWith("Delete"))
                .toList();
        assertThat(deletes.subList(0, 2)).as("notifications first, before the task").containsExactly(
                "DeleteEventSubscription", "DeleteTopic");
    }

    @Test
    void theExportsDeclareTheTopicAndTheSubscription() throws Exception {
        DmsPlan plan = f.plan(DmsFixture.options().withNotifyEmail(EMAIL));
        JsonNode resources = org.dmspilot.core.project.ProjectFiles.mapper().readTree(CloudFormationExport.render(
                plan)).path("Resources");
        assertThat(resources.path("NotificationTopic").path("Type").asText()).isEqualTo("AWS::SNS::Topic");
        assertThat(resources.path("NotificationTopic").path("Properties").path("Subscription").get(0).toString())
                .isEqualTo("{\"Protocol\":\"email\",\"Endpoint\":\"" + EMAIL + "\"}");
        JsonNode subscription = resources.path("EventSubscription");
        assertThat(subscription.path("Type").asText()).isEqualTo("AWS::DMS::EventSubscription");
        assertThat(subscription.path("DependsOn").asText()).isEqualTo("ReplicationTask");
        assertThat(subscription.path("Properties").path("SnsTopicArn").toString()).isEqualTo(
                "{\"Ref\":\"NotificationTopic\"}");
        assertThat(subscription.path("Properties").path("SourceIds").get(0).asText()).isEqualTo(
                plan.task().identifier());

        String script = CliScriptExport.render(plan);
        assertThat(script).contains("NOTIFICATION_TOPIC_ARN=$(aws sns create-topic --name '"
                + plan.notifications().topicName() + "'")
                .contains("aws sns subscribe --topic-arn \"$NOTIFICATION_TOPIC_ARN\" --protocol email"
                        + " --notification-endpoint '" + EMAIL + "'")
                .contains("aws dms create-event-subscription").contains("--sns-topic-arn \"$NOTIFICATION_TOPIC_ARN\"")
                .contains("--event-categories 'failure' 'state change'").contains("--enabled");
        assertThat(script.indexOf("create-event-subscription")).isGreaterThan(script.indexOf(
                "create-replication-task"));
        assertThat(CloudFormationExport.render(f.plan(DmsFixture.options()))).doesNotContain("SNS");
    }

    @Test
    void aSubscriptionToATopicThatIsGoneFailsItsStepSayingSo() {
        DmsPlan plan = f.plan(DmsFixture.options().withNotifyEmail(EMAIL));
        f.aws.faults().inject("CreateEventSubscription", new org.dmspilot.core.dms.emulator.AwsFault(400,
                "SNSInvalidTopicFault", "The SNS topic does not exist"), 1);
        assertThatThrownBy(() -> f.provision(plan)).isInstanceOf(DmsPilotException.class)
                .hasMessageContaining("SNS topic does not exist");
        assertThat(f.state.step(StepId.EVENT_SUBSCRIPTION).status()).isEqualTo(StepState.Status.FAILED);
        f.provision(plan);
        assertThat(f.state.step(StepId.EVENT_SUBSCRIPTION).status()).isEqualTo(StepState.Status.DONE);
        assertThat(f.aws.dms().eventSubscriptions()).isEqualTo(1);
    }

    @Test
    void notificationsAreRefusedForServerlessAndForWhatIsNotAnAddress() {
        assertThatThrownBy(() -> f.plan(DmsFixture.options().withNotifyEmail("dba at example"))).hasMessage(
                "'dba at example' is not an e-mail address for the notifications.");
        assertThatThrownBy(() -> f.plan(DmsFixture.options().withServerless(new DmsOptions.ServerlessCapacity(1,
                4)).withNotifyEmail(EMAIL))).hasMessageContaining("not DMS Serverless replications");
        assertThat(f.plan(DmsFixture.options().withNotifyEmail(" ")).notifications()).isNull();
        assertThat(Map.of("steps", f.plan(DmsFixture.options()).steps())).extractingByKey("steps").asList()
                .doesNotContain(StepId.NOTIFICATION_TOPIC, StepId.EVENT_SUBSCRIPTION);
    }
}
