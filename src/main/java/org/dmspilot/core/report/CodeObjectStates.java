package org.dmspilot.core.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmspilot.core.report.Assessment.CodeObject;
import org.dmspilot.core.verify.Probe;
import org.dmspilot.core.verify.Verification;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;

/** The {@link CodeObjectState} of each code object, from its items and what the verification found. */
final class CodeObjectStates {
    private static final Set<ObjectCategory> CODE = EnumSet.of(ObjectCategory.VIEW, ObjectCategory.FUNCTION,
            ObjectCategory.PROCEDURE, ObjectCategory.TRIGGER, ObjectCategory.EVENT);

    private CodeObjectStates() {
    }

    /** @param unhandled objects the converter neither converted nor flagged (events): they need work */
    static List<CodeObject> of(ObjectIndex index, Map<SourceObject, List<ActionItem>> items,
            Verification verification, Set<String> unhandled) {
        List<CodeObject> out = new ArrayList<>();
        for (SourceObject o : index.objects()) {
            if (!CODE.contains(o.category())) {
                continue;
            }
            out.add(unhandled.contains(o.name()) ? new CodeObject(o.name(), o.category(), CodeObjectState.NEEDS_WORK,
                    "not converted (PostgreSQL has no event scheduler: pg_cron or an external scheduler)")
                    : state(o, items.getOrDefault(o, List.of()), verification));
        }
        return out;
    }

    private static CodeObject state(SourceObject o, List<ActionItem> items, Verification verification) {
        List<ActionItem> above = items.stream().filter(i -> i.severity().ordinal() < Severity.INFO.ordinal())
                .toList();
        String codes = above.stream().map(ActionItem::code).distinct().collect(Collectors.joining(", "));
        if (verification.refused(o.name())) {
            return new CodeObject(o.name(), o.category(), CodeObjectState.NEEDS_WORK,
                    "PostgreSQL refused it (" + codes + ")");
        }
        Probe probe = verification.probe(o.name()).orElse(null);
        if (probe != null && probe.verdict() == Probe.Verdict.EQUAL) {
            return new CodeObject(o.name(), o.category(), CodeObjectState.VERIFIED_EQUIVALENT,
                    "applied and probed equal: " + probe.detail());
        }
        if (probe != null && probe.verdict() == Probe.Verdict.DIFFERENT) {
            return new CodeObject(o.name(), o.category(), CodeObjectState.NEEDS_WORK,
                    "probed different (" + codes + ")");
        }
        if (!above.isEmpty()) {
            return new CodeObject(o.name(), o.category(), CodeObjectState.NEEDS_WORK, codes);
        }
        String schema = o.name().substring(0, o.name().indexOf('.'));
        String skipped = verification.notVerified(schema).orElse(null);
        String why = probe != null ? "not probed: " + probe.detail()
                : skipped != null ? "not verified: " + skipped
                : o.category() == ObjectCategory.PROCEDURE || o.category() == ObjectCategory.TRIGGER
                        ? "not probed: procedures and triggers are probed only when writes on the source are allowed"
                        : "not probed";
        return new CodeObject(o.name(), o.category(), CodeObjectState.CONVERTED_NOT_VERIFIED, why);
    }

    /** One sentence for the report: how the code objects were verified, or why not. */
    static String describe(Verification verification) {
        if (verification.method() != null) {
            return verification.method();
        }
        return "Not verified: " + verification.notVerified().values().stream().distinct()
                .collect(Collectors.joining("; ")) + ".";
    }
}
