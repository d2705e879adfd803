package org.dmspilot.core.dms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dmspilot.core.DmsPilotException;
import software.amazon.awssdk.services.databasemigration.model.EventSubscription;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * E-mail notifications of the replication task's DMS events: an SNS topic with an e-mail subscription, and a DMS
 * event subscription ({@code CreateEventSubscription}) sending the task's {@code failure} and {@code state change}
 * events to the topic. Created with the project's other resources, deleted by cleanup. DMS event subscriptions cover
 * replication instances and tasks, not DMS Serverless replications: a serverless plan refuses them.
 */
public final class DmsNotifications {
    /** The task events that are sent. */
    public static final List<String> CATEGORIES = List.of("failure", "state change");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The topic and the event subscription of a plan.
     *
     * @param topicName SNS topic name (the project's prefix)
     * @param email where the topic's subscription sends e-mail (the recipient confirms it first)
     * @param subscriptionName DMS event subscription name
     * @param taskIdentifier the task whose events are sent
     */
    public record Spec(String topicName, String email, String subscriptionName, String taskIdentifier)
            implements DmsResources.Resource {
        @Override
        public StepId step() {
            return StepId.EVENT_SUBSCRIPTION;
        }

        /** CreateEventSubscription's members; the topic ARN refers to the topic step. */
        @Override
        public Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("SubscriptionName", subscriptionName);
            p.put("SnsTopicArn", new DmsResources.Ref(StepId.NOTIFICATION_TOPIC));
            p.put("SourceType", "replication-task");
            p.put("SourceIds", List.of(taskIdentifier));
            p.put("EventCategories", CATEGORIES);
            p.put("Enabled", true);
            return p;
        }
    }

    private DmsNotifications() {
    }

    /**
     * The notifications of a plan, or null without an e-mail address.
     *
     * @throws DmsPilotException for an address that is not one, or on DMS Serverless
     */
    static Spec plan(DmsOptions options, String topicName, String taskIdentifier) {
        String email = options.notifyEmail();
        if (email == null) {
            return null;
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new DmsPilotException("'" + email + "' is not an e-mail address for the notifications.");
        }
        if (options.onServerless()) {
            throw new DmsPilotException("E-mail notifications are offered for a replication task only: DMS event "
                    + "subscriptions cover replication instances and tasks, not DMS Serverless replications.");
        }
        return new Spec(topicName, email, topicName, taskIdentifier);
    }

    /** Creates (or finds: CreateTopic is idempotent by name) the tagged topic and subscribes the e-mail address. */
    static ProvisionSteps.Outcome topic(AwsClients aws, DmsPlan plan, AwsCalls calls) {
        Spec spec = plan.notifications();
        String arn = calls.call("creating SNS topic " + spec.topicName(), () -> aws.sns().createTopic(b -> b
                .name(spec.topicName()).tags(t -> t.key(DmsPlan.PROJECT_TAG).value(plan.projectId())))).topicArn();
        Map<String, String> tags = new LinkedHashMap<>();
        calls.call("reading the tags of SNS topic " + spec.topicName(), () -> aws.sns().listTagsForResource(b -> b
                .resourceArn(arn))).tags().forEach(t -> tags.put(t.key(), t.value()));
        if (!plan.projectId().equals(tags.get(DmsPlan.PROJECT_TAG))) {
            throw new DmsPilotException("An SNS topic " + spec.topicName() + " already exists but was not created by "
                    + "this project (tag " + DmsPlan.PROJECT_TAG + "=" + tags.get(DmsPlan.PROJECT_TAG) + ").");
        }
        boolean subscribed = calls.call("listing the subscriptions of " + spec.topicName(), () -> aws.sns()
                .listSubscriptionsByTopic(b -> b.topicArn(arn))).subscriptions().stream().anyMatch(s -> "email"
                        .equals(s.protocol()) && spec.email().equalsIgnoreCase(s.endpoint()));
        if (!subscribed) {
            calls.call("subscribing " + spec.email() + " to " + spec.topicName(), () -> aws.sns().subscribe(b -> b
                    .topicArn(arn).protocol("email").endpoint(spec.email())));
        }
        return new ProvisionSteps.Outcome(arn, true, "SNS topic " + spec.topicName() + "; e-mail to "
                + spec.email() + (subscribed ? "" : " (pending: the recipient confirms it from the e-mail AWS sends)"));
    }

    /** The DMS event subscription (found by name first), sending the task's events to the topic. */
    static ProvisionSteps.Outcome eventSubscription(AwsClients aws, DmsPlan plan, AwsCalls calls,
            java.util.function.Function<StepId, String> refs) {
        Spec spec = plan.notifications();
        String topicArn = refs.apply(StepId.NOTIFICATION_TOPIC);
        boolean created = find(aws, calls, spec.subscriptionName()).isEmpty();
        if (created) {
            calls.callUnless(AwsCalls.ALREADY_EXISTS, "creating event subscription " + spec.subscriptionName(),
                    () -> aws.dms().createEventSubscription(b -> b.subscriptionName(spec.subscriptionName())
                            .snsTopicArn(topicArn).sourceType("replication-task").sourceIds(spec.taskIdentifier())
                            .eventCategories(CATEGORIES).enabled(true)
                            .tags(t -> t.key(DmsPlan.PROJECT_TAG).value(plan.projectId()))));
        }
        EventSubscription found = find(aws, calls, spec.subscriptionName()).orElseThrow(() -> new DmsPilotException(
                "AWS accepted the event subscription " + spec.subscriptionName() + " but does not list it."));
        if (!topicArn.equals(found.snsTopicArn())) {
            throw new DmsPilotException("The event subscription " + spec.subscriptionName() + " sends to "
                    + found.snsTopicArn() + ", not to this project's topic: delete it first.");
        }
        return new ProvisionSteps.Outcome(spec.subscriptionName(), created, "Event subscription "
                + spec.subscriptionName() + " (" + found.status() + "): " + String.join(", ", CATEGORIES)
                + " of task " + spec.taskIdentifier());
    }

    private static Optional<EventSubscription> find(AwsClients aws, AwsCalls calls, String name) {
        try {
            return calls.call("finding event subscription " + name, () -> aws.dms().describeEventSubscriptions(b -> b
                    .subscriptionName(name)).eventSubscriptionsList()).stream().findFirst();
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** DeleteEventSubscription; gone already is fine. */
    static String deleteEventSubscription(AwsClients aws, AwsCalls calls, String name) {
        calls.callUnless(java.util.Set.of("ResourceNotFoundFault"), "deleting event subscription " + name,
                () -> aws.dms().deleteEventSubscription(b -> b.subscriptionName(name)));
        return "Event subscription " + name + " deleted";
    }

    /** DeleteTopic (its subscriptions go with it); gone already is fine (SNS says so by succeeding). */
    static String deleteTopic(AwsClients aws, AwsCalls calls, String arn) {
        calls.call("deleting SNS topic " + arn, () -> aws.sns().deleteTopic(b -> b.topicArn(arn)));
        return "SNS topic " + arn.substring(arn.lastIndexOf(':') + 1) + " deleted";
    }
}
