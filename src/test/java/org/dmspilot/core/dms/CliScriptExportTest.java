package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmspilot.core.dms.DmsResources.Resource;
import org.dmspilot.model.ConnectionRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AWS CLI script passes the same settings as the API path sends, and waits by ARN. */
class CliScriptExportTest extends EmulatedAwsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VAR = Pattern.compile("\\$([A-Z_]+)");

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void everyCreateCommandPassesTheSettingsTheApiPathSent(boolean secretsManager) throws Exception {
        scriptPassesWhatTheApiPathSent(f.plan(DmsFixture.options().withSecretsManager(secretsManager)));
    }

    @ParameterizedTest(name = "secrets manager: {0}")
    @ValueSource(booleans = {false, true})
    void theFallbackEndpointsAndReverseTaskPassWhatTheApiPathSent(boolean secretsManager) throws Exception {
        DmsOptions options = DmsFixture.options().withSecretsManager(secretsManager);
        DmsPlan plan = DmsPlanner.withFallback(f.plan(options), f.project, options);
        scriptPassesWhatTheApiPathSent(plan);
        assertThat(CliScriptExport.render(plan)).contains("aws dms start-replication-task --replication-task-arn"
                + " \"$FALLBACK_TASK_ARN\" --start-replication-task-type start-replication");
    }

    private void scriptPassesWhatTheApiPathSent(DmsPlan plan) throws Exception {
        DmsState state = f.provision(plan);
        String script = CliScriptExport.render(plan);

        for (Resource r : plan.dmsResources()) {
            Map<String, List<String>> options = command(script, r);
            JsonNode sent = ApiRequests.sent(f.aws, r);
            assertThat(options.keySet()).as(r.step().key()).hasSize(sent.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String option = CliScriptExport.optionName(e.getKey());
                JsonNode value = e.getValue();
                if (value.isBoolean()) {
                    assertThat(options).as(e.getKey()).containsKey((value.asBoolean() ? "" : "no-") + option);
                } else if (value.isArray()) {
                    List<String> expected = new ArrayList<>();
                    value.forEach(v -> expected.add(v.asText()));
                    assertThat(options.get(option)).as(e.getKey()).isEqualTo(expected);
                } else if (value.isObject()) {
                    assertThat(JSON.readTree(expand(options.get(option).get(0), state))).as(e.getKey())
                            .isEqualTo(value);
                } else {
                    assertThat(expand(options.get(option).get(0), state)).as(e.getKey()).isEqualTo(value.asText());
                }
            }
        }
    }

    @Test
    void waitersAreFilteredByArnAndNoPasswordIsWritten() {
        String script = CliScriptExport.render(f.plan(DmsFixture.options()));
        assertThat(script).contains("aws dms wait replication-instance-available --filters "
                + "Name=replication-instance-arn,Values=\"$REPLICATION_INSTANCE_ARN\"")
                .contains("aws dms wait test-connection-succeeds --filters Name=endpoint-arn")
                .contains("aws dms wait replication-task-ready --filters Name=replication-task-arn")
                .contains("--password \"$DMSPILOT_SOURCE_PASSWORD\"").contains("--no-publicly-accessible")
                .doesNotContain(DmsFixture.SOURCE_PASSWORD).doesNotContain(DmsFixture.TARGET_PASSWORD);
    }

    /** The options of the create command for {@code r}, values unquoted and variables left as {@code $NAME}. */
    private static Map<String, List<String>> command(String script, Resource r) {
        String id = (String) r.properties().values().iterator().next();
        String joined = script.replace(" \\\n    ", " ");
        String line = Arrays.stream(joined.split("\n")).filter(l -> l.contains("aws dms create-")
                && l.contains("'" + id + "'")).findFirst().orElseThrow();
        List<String> words = words(line.substring(line.indexOf("aws dms create-")));
        Map<String, List<String>> options = new LinkedHashMap<>();
        String current = null;
        for (String w : words.subList(3, words.size())) {
            if (w.startsWith("--")) {
                current = w.substring(2);
                if (List.of("tags", "query", "output").contains(current)) {
                    break;
                }
                options.put(current, new ArrayList<>());
            } else if (current != null) {
                options.get(current).add(w);
            }
        }
        return options;
    }

    /** Bash words: single quotes literal, double quotes with backslash escapes, variables kept. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ')' && w == null) {
                break;
            }
            if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
                continue;
            }
            w = w == null ? new StringBuilder() : w;
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                w.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                for (i++; line.charAt(i) != '"'; i++) {
                    w.append(line.charAt(i) == '\\' ? line.charAt(++i) : line.charAt(i));
                }
            } else {
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    private static String expand(String value, DmsState state) {
        Matcher m = VAR.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = name.startsWith("DMSPILOT_") ? DmsFixture.PASSWORDS.password(
                    ConnectionRole.valueOf(name.split("_")[1])).orElseThrow()
                    : state.arn(StepId.valueOf(name.replace("_ARN", ""))).orElseThrow();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(sb).toString();
    }
}
