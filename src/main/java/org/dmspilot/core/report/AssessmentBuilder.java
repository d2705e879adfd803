package org.dmspilot.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.convert.ActionCatalog;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.report.Assessment.CategorySummary;
import org.dmspilot.core.report.Assessment.CodeSummary;
import org.dmspilot.core.report.Assessment.Effort;
import org.dmspilot.core.report.Assessment.LocatedItem;
import org.dmspilot.core.report.Assessment.Sizes;
import org.dmspilot.core.report.Assessment.SourceInfo;
import org.dmspilot.core.verify.Verification;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.Severity;

/** Builds an {@link Assessment} from a catalog, its conversion and (for a live source) the readiness checks. */
public final class AssessmentBuilder {
    private AssessmentBuilder() {
    }

    /**
     * @param catalog the source catalog (live, from a dump or a saved project)
     * @param conversion the conversion of that catalog; its action items are counted as they are
     * @param readiness the readiness results, or null when the checks did not run (offline)
     * @param live whether the catalog was read from a server just now
     * @param now the report's timestamp
     */
    public static Assessment build(Catalog catalog, ConversionResult conversion, List<CheckResult> readiness,
            boolean live, Instant now) {
        return build(catalog, conversion, readiness, live, Verification.none(live
                ? "no PostgreSQL target to apply and probe them on" : "no live source to probe them against"), now);
    }

    /**
     * @param verification what applying and probing the code objects found (its items are added to the
     *     conversion's), or {@link Verification#none} with the reason
     */
    public static Assessment build(Catalog catalog, ConversionResult conversion, List<CheckResult> readiness,
            boolean live, Verification verification, Instant now) {
        ObjectIndex index = new ObjectIndex(catalog);
        Map<SourceObject, List<ActionItem>> itemsByObject = new HashMap<>();
        List<LocatedItem> located = new ArrayList<>();
        List<ActionItem> allItems = new ArrayList<>(conversion.actionItems());
        allItems.addAll(verification.items());
        for (ActionItem item : allItems) {
            SourceObject o = index.find(item.object()).orElse(null);
            located.add(new LocatedItem(o == null ? ObjectCategory.SCHEMA : o.category(), item));
            if (o != null) {
                itemsByObject.computeIfAbsent(o, k -> new ArrayList<>()).add(item);
            }
        }
        java.util.Set<SourceObject> converted = new java.util.HashSet<>();
        conversion.statements().forEach(st -> index.find(st.object()).ifPresent(converted::add));
        List<String> unhandled = index.objects().stream().filter(o -> o.category() != ObjectCategory.SCHEMA
                && !converted.contains(o) && !itemsByObject.containsKey(o)).map(SourceObject::name).toList();
        Sizes sizes = sizes(catalog);
        return new Assessment(
                new SourceInfo(catalog.engine() == null ? "?" : catalog.engine().displayName(),
                        catalog.serverVersion(), catalog.origin(), catalog.readAt(), live),
                now, sizes, categories(index, itemsByObject, java.util.Set.copyOf(unhandled)), bySeverity(allItems),
                codes(allItems), located, effort(index, allItems, unhandled.size()),
                readiness == null ? List.of() : readiness, readiness != null,
                DmsAdvisor.advise(catalog, conversion, sizes.dataBytes()), unhandled,
                CodeObjectStates.of(index, itemsByObject, verification, java.util.Set.copyOf(unhandled)), CodeObjectStates.describe(verification));
    }

    private static List<CategorySummary> categories(ObjectIndex index, Map<SourceObject, List<ActionItem>> items,
            java.util.Set<String> unhandled) {
        Map<ObjectCategory, long[]> acc = new EnumMap<>(ObjectCategory.class);
        for (ObjectCategory c : ObjectCategory.values()) {
            acc.put(c, new long[7]);
        }
        for (SourceObject o : index.objects()) {
            long[] a = acc.get(o.category());
            Complexity complexity = unhandled.contains(o.name()) ? Complexity.COMPLEX
                    : EffortModel.complexity(items.getOrDefault(o, List.of()));
            a[0]++;
            a[1 + complexity.ordinal()]++;
            a[5] += o.linesOfCode();
            if (complexity == Complexity.AUTOMATIC) {
                a[6] += o.linesOfCode();
            }
        }
        List<CategorySummary> out = new ArrayList<>();
        acc.forEach((c, a) -> out.add(new CategorySummary(c, (int) a[0], (int) a[1], (int) a[2], (int) a[3],
                (int) a[4], a[5], a[6])));
        return out;
    }

    private static Map<Severity, Integer> bySeverity(List<ActionItem> items) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        items.forEach(i -> counts.merge(i.severity(), 1, Integer::sum));
        return counts;
    }

    private static List<CodeSummary> codes(List<ActionItem> items) {
        Map<String, List<ActionItem>> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i));
        List<CodeSummary> out = new ArrayList<>();
        byCode.forEach((code, list) -> {
            ActionItem first = list.get(0);
            Severity worst = list.stream().map(ActionItem::severity).min(Comparator.naturalOrder()).orElseThrow();
            // what the code means and what to do: the catalogue's words (the items' messages name their objects)
            var entry = ActionCatalog.find(code);
            out.add(new CodeSummary(code, worst, list.size(),
                    list.stream().mapToLong(ActionItem::effortMinutes).sum(),
                    entry.map(e -> e.description().replace("`", "")).orElse(first.message()),
                    entry.map(ActionCatalog.Entry::action).orElse(first.recommendation())));
        });
        out.sort(Comparator.comparing(CodeSummary::severity).thenComparing(CodeSummary::occurrences,
                Comparator.reverseOrder()).thenComparing(CodeSummary::code));
        return out;
    }

    private static Effort effort(ObjectIndex index, List<ActionItem> items, int unhandled) {
        long base = index.objects().stream().mapToLong(o -> EffortModel.BASE_MINUTES.get(o.category())).sum();
        long itemMinutes = items.stream().mapToLong(ActionItem::effortMinutes).sum()
                + (long) unhandled * EffortModel.UNHANDLED_MINUTES;
        return new Effort(base, itemMinutes, EffortModel.method());
    }

    private static Sizes sizes(Catalog catalog) {
        int tables = 0;
        long rows = 0;
        Long bytes = null;
        int lobs = 0;
        for (Schema s : catalog.schemas()) {
            for (Table t : s.tables()) {
                tables++;
                rows += t.rowEstimate() == null ? 0 : t.rowEstimate();
                if (t.dataBytes() != null) {
                    bytes = (bytes == null ? 0 : bytes) + t.dataBytes();
                }
                lobs += (int) t.columns().stream().filter(c -> c.dataType() != null
                        && DmsAdvisor.LOB_MAX_BYTES.containsKey(c.dataType().toLowerCase(java.util.Locale.ROOT)))
                        .count();
            }
        }
        return new Sizes(tables, rows, bytes, lobs);
    }
}
