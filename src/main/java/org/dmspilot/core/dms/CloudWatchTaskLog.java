package org.dmspilot.core.dms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.monitor.LogLine;
import org.dmspilot.core.monitor.TaskLog;
import org.dmspilot.core.progress.ProgressListener;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * The CloudWatch Logs stream of a DMS replication (GetLogEvents). The first poll reads the newest events backwards;
 * later polls continue from the forward token, so nothing is read twice and nothing written meanwhile is skipped.
 * A group or stream that does not exist yet (DMS creates them when the task first runs) reads as empty.
 */
public final class CloudWatchTaskLog implements TaskLog {
    static final int FIRST_READ = 500;
    private static final int MAX_PAGES = 20;

    private final AwsClients aws;
    private final AwsCalls calls;
    private final String group;
    private String stream;
    private String forwardToken;

    /**
     * The log of a replication whose group and stream DMS names as in {@link DmsReplications.Target#logGroup}.
     *
     * @param stream the stream, or null to read the group's newest stream
     */
    public CloudWatchTaskLog(AwsClients aws, String group, String stream, Timing timing) {
        this.aws = aws;
        this.calls = new AwsCalls(timing, ProgressListener.NONE);
        this.group = group;
        this.stream = stream;
    }

    /** The log of the task provisioned for {@code plan}. */
    public static CloudWatchTaskLog of(AwsClients aws, DmsPlan plan, DmsState state, Timing timing) {
        DmsReplications.Target t = DmsReplications.target(plan, state);
        return new CloudWatchTaskLog(aws, t.logGroup(), t.logStream(), timing);
    }

    @Override
    public String describe() {
        return "CloudWatch Logs " + group + " / " + (stream == null ? "(newest stream)" : stream);
    }

    /** The group's stream with the newest event (DMS Serverless names its streams itself), null while none. */
    private String newestStream() {
        try {
            return calls.call("listing the streams of " + group, () -> aws.logs().describeLogStreams(b -> b
                    .logGroupName(group).orderBy("LastEventTime").descending(true).limit(1))).logStreams().stream()
                    .findFirst().map(s -> s.logStreamName()).orElse(null);
        } catch (DmsPilotException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    public String group() {
        return group;
    }

    public String stream() {
        return stream;
    }

    @Override
    public synchronized List<LogLine> poll() {
        List<LogLine> out = new ArrayList<>();
        if (stream == null && (stream = newestStream()) == null) {
            return out;
        }
        for (int page = 0; page < MAX_PAGES; page++) {
            String token = forwardToken;
            GetLogEventsResponse r;
            try {
                r = calls.call("reading the task log " + group + " / " + stream, () -> aws.logs().getLogEvents(b -> {
                    b.logGroupName(group).logStreamName(stream);
                    if (token == null) {
                        b.startFromHead(false).limit(FIRST_READ);
                    } else {
                        b.startFromHead(true).nextToken(token);
                    }
                }));
            } catch (DmsPilotException e) {
                if (e.getCause() instanceof ResourceNotFoundException) {
                    return out;
                }
                throw e;
            }
            for (OutputLogEvent ev : r.events()) {
                out.add(LogLine.dms(ev.timestamp() == null ? Instant.EPOCH : Instant.ofEpochMilli(ev.timestamp()),
                        ev.message()));
            }
            forwardToken = r.nextForwardToken();
            if (token == null || r.events().isEmpty() || r.nextForwardToken() == null
                    || r.nextForwardToken().equals(token)) {
                return out;
            }
        }
        return out;
    }
}
