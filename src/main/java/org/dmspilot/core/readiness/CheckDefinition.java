package org.dmspilot.core.readiness;

import java.util.function.Function;

/**
 * One row of the readiness table: an id, a title, why it matters, and how to evaluate it on the gathered facts.
 */
record CheckDefinition(String id, String title, String why, Function<SourceFacts, Finding> evaluate) {
    CheckResult run(SourceFacts facts) {
        Finding f = evaluate.apply(facts);
        return new CheckResult(id, title, f.status(), f.found(), why, f.fix());
    }
}
