package org.dmspilot.core.verify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmspilot.model.convert.ActionItem;

/**
 * What {@link CodeVerification} found: each probed code object's probe, the objects PostgreSQL refused, the items
 * both raised, and how the verification ran (or why it did not, per schema).
 *
 * @param probes by qualified source name ({@code schema.object}, lower case)
 * @param notApplied qualified source names of the objects PostgreSQL refused
 * @param items {@code APPLY-FAILED} and {@code PROBE-DIFFERENT} action items
 * @param method one sentence: where and how the objects were applied and probed; null when nothing was verified
 * @param notVerified per source schema, why its objects were not verified
 */
public record Verification(Map<String, Probe> probes, Set<String> notApplied, List<ActionItem> items,
        String method, Map<String, String> notVerified) {
    public Verification {
        probes = Map.copyOf(probes);
        notApplied = Set.copyOf(notApplied);
        items = List.copyOf(items);
        notVerified = Map.copyOf(notVerified);
    }

    /** Nothing verified, for this reason (e.g. no target to verify on). */
    public static Verification none(String reason) {
        return new Verification(Map.of(), Set.of(), List.of(), null, Map.of("", reason));
    }

    /** The probe of an object by its qualified source name, if it was probed. */
    public Optional<Probe> probe(String qualifiedName) {
        return Optional.ofNullable(probes.get(key(qualifiedName)));
    }

    /** Whether PostgreSQL refused a statement of the object. */
    public boolean refused(String qualifiedName) {
        return notApplied.stream().anyMatch(n -> key(n).equals(key(qualifiedName)));
    }

    /** Why objects of this schema were not verified, if they were not. */
    public Optional<String> notVerified(String schema) {
        String reason = notVerified.get(schema);
        return Optional.ofNullable(reason != null ? reason : notVerified.get(""));
    }

    static String key(String qualifiedName) {
        return qualifiedName.toLowerCase(Locale.ROOT);
    }
}
