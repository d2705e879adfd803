package org.dmspilot.gui.conversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.model.convert.Stage;

/**
 * An object's target DDL as one editable text, one section per stage headed by {@code -- stage: <name>}, and back.
 */
final class ObjectDdl {
    private static final String MARKER = "-- stage: ";

    private ObjectDdl() {
    }

    /** The statements of one object, grouped by stage into the editable text. */
    static String render(List<ConvertedStatement> statements) {
        Map<Stage, List<String>> byStage = new LinkedHashMap<>();
        for (ConvertedStatement s : statements) {
            byStage.computeIfAbsent(s.stage(), k -> new java.util.ArrayList<>()).add(s.sql().strip() + ";");
        }
        return byStage.entrySet().stream()
                .map(e -> MARKER + name(e.getKey()) + "\n" + String.join("\n\n", e.getValue()))
                .collect(Collectors.joining("\n\n"));
    }

    /** Splits an edited text back into its stage sections; text before the first marker goes to {@code first}. */
    static Map<Stage, String> parse(String text, Stage first) {
        Map<Stage, String> sections = new LinkedHashMap<>();
        Stage current = first;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(MARKER)) {
                put(sections, current, sb);
                current = stage(line.substring(MARKER.length()).trim());
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        put(sections, current, sb);
        return sections;
    }

    private static void put(Map<Stage, String> sections, Stage stage, StringBuilder sb) {
        String text = sb.toString().strip();
        if (!text.isEmpty()) {
            sections.merge(stage, text, (a, b) -> a + "\n\n" + b);
        }
    }

    static String name(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Stage stage(String name) {
        for (Stage s : Stage.values()) {
            if (name(s).equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new org.dmspilot.core.DmsPilotException("Unknown stage \"" + name + "\" in the edited DDL; use one of: "
                + java.util.Arrays.stream(Stage.values()).map(ObjectDdl::name).collect(Collectors.joining(", ")));
    }
}
