package org.dmspilot.core.convert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmspilot.model.convert.Severity;

/**
 * The action-item catalogue: {@code action-items.yaml} next to this class, one entry per {@link ActionCode}. Read
 * once; a missing, unknown, repeated or incomplete entry stops the class from loading with a message naming it.
 */
public final class ActionCatalog {
    static final String RESOURCE = "action-items.yaml";

    /**
     * One code's definition.
     *
     * @param code the stable code
     * @param severity how much it matters
     * @param effort minutes a person needs to resolve one item
     * @param description what it means (Markdown: the docs table)
     * @param action the recommended action every item carries
     * @param doc the docs page and section whose table lists the code, e.g. {@code conversion.md#action-item-codes}
     */
    public record Entry(String code, Severity severity, int effort, String description, String action, String doc) {
    }

    private static final List<Entry> ENTRIES = read();
    private static final Map<ActionCode, Entry> BY_CODE = index(ENTRIES);

    private ActionCatalog() {
    }

    /** Every entry, in the file's order (the order of the docs tables). */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry of a code as written in an action item, if the catalogue has it. */
    public static Optional<Entry> find(String code) {
        return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    static Entry entry(ActionCode code) {
        return BY_CODE.get(code);
    }

    private static List<Entry> read() {
        try (InputStream in = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The action-item catalogue " + RESOURCE + " is not on the classpath");
            }
            return List.copyOf(new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in, new TypeReference<List<Entry>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the action-item catalogue " + RESOURCE + ": "
                    + e.getMessage(), e);
        }
    }

    private static Map<ActionCode, Entry> index(List<Entry> entries) {
        Map<ActionCode, Entry> out = new EnumMap<>(ActionCode.class);
        Set<String> known = Arrays.stream(ActionCode.values()).map(ActionCode::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            List<String> missing = new ArrayList<>();
            if (e.severity() == null) {
                missing.add("severity");
            }
            if (e.description() == null || e.description().isBlank()) {
                missing.add("description");
            }
            if (e.action() == null || e.action().isBlank()) {
                missing.add("action");
            }
            if (e.doc() == null || !e.doc().contains("#")) {
                missing.add("doc (page#section)");
            }
            if (e.code() == null || !known.contains(e.code())) {
                throw new IllegalStateException(RESOURCE + ": code " + e.code() + " has no ActionCode constant");
            }
            if (!missing.isEmpty() || e.effort() < 0) {
                throw new IllegalStateException(RESOURCE + ": entry " + e.code() + " lacks " + (missing.isEmpty()
                        ? "an effort of 0 minutes or more" : String.join(", ", missing)));
            }
            if (!seen.add(e.code())) {
                throw new IllegalStateException(RESOURCE + ": code " + e.code() + " appears twice");
            }
            out.put(ActionCode.valueOf(e.code().replace('-', '_')), e);
        }
        for (ActionCode c : ActionCode.values()) {
            if (!out.containsKey(c)) {
                throw new IllegalStateException(RESOURCE + ": no entry for " + c.code());
            }
        }
        return out;
    }
}
