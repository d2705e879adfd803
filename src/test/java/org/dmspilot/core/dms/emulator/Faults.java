package org.dmspilot.core.dms.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Injectable faults. A rule matches an operation (and optionally a text found in the request or in the names of
 * the resources its ARNs point to); it answers with its fault either instead of the operation or after applying it
 * (a lost response: the resource exists, the caller sees an error).
 */
public final class Faults {
    /** When the fault is answered. */
    public enum When { INSTEAD, AFTER_APPLYING }

    private record Rule(String operation, String match, AwsFault fault, When when, int[] remaining) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Answers {@code fault} to the next {@code times} calls of {@code operation} whose request mentions {@code match}. */
    public synchronized Faults inject(String operation, String match, AwsFault fault, When when, int times) {
        rules.add(new Rule(operation, match, fault, when, new int[] {times}));
        return this;
    }

    public Faults inject(String operation, AwsFault fault, int times) {
        return inject(operation, null, fault, When.INSTEAD, times);
    }

    public synchronized void clear() {
        rules.clear();
    }

    synchronized Optional<Armed> take(String operation, String requestText) {
        for (Rule r : rules) {
            if (r.remaining()[0] > 0 && r.operation().equals(operation)
                    && (r.match() == null || requestText.contains(r.match()))) {
                r.remaining()[0]--;
                return Optional.of(new Armed(r.fault(), r.when()));
            }
        }
        return Optional.empty();
    }

    record Armed(AwsFault fault, When when) {
    }
}
