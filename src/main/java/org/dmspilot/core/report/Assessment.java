package org.dmspilot.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.model.convert.Severity;

/**
 * Everything the assessment report says, computed once by {@link AssessmentBuilder} and written as HTML, PDF or CSV
 * by {@link ReportWriter}. Every format reads its numbers from here, so they always agree.
 *
 * @param source where the catalog came from
 * @param generatedAt when the assessment was made
 * @param sizes rows, bytes and LOB columns
 * @param categories one line per object category, in {@link ObjectCategory} order
 * @param bySeverity action-item occurrences per severity (every severity present, zero included)
 * @param codes one line per action-item code, most severe first
 * @param items every action item with its object category, in conversion order
 * @param effort the effort estimate and how it was computed
 * @param readiness the readiness checks; empty when the source was not live (see {@code readinessRun})
 * @param readinessRun whether readiness checks ran (false offline)
 * @param dms what the migration with AWS DMS must take into account
 * @param unhandled objects the conversion neither converted nor raised an action item for (e.g. events: PostgreSQL
 *     has no event scheduler); counted as complex
 * @param codeObjects every view, function, procedure, trigger and event with its {@link CodeObjectState}
 * @param verification how the code objects were verified against the live source, or why they were not
 */
public record Assessment(SourceInfo source, Instant generatedAt, Sizes sizes, List<CategorySummary> categories,
        Map<Severity, Integer> bySeverity, List<CodeSummary> codes, List<LocatedItem> items, Effort effort,
        List<CheckResult> readiness, boolean readinessRun, DmsConsiderations dms, List<String> unhandled,
        List<CodeObject> codeObjects, String verification) {
    public Assessment {
        codeObjects = List.copyOf(codeObjects);
        categories = List.copyOf(categories);
        bySeverity = Map.copyOf(bySeverity);
        codes = List.copyOf(codes);
        items = List.copyOf(items);
        readiness = List.copyOf(readiness);
        unhandled = List.copyOf(unhandled);
    }

    /**
     * Total objects over every category but schemas: tables, views, routines, triggers and events, the objects the
     * project tree counts.
     */
    public int totalObjects() {
        return categories.stream().filter(c -> c.category() != ObjectCategory.SCHEMA)
                .mapToInt(CategorySummary::objects).sum();
    }

    /** Objects converted with no action needed, over every category but schemas. */
    public int totalConvertedAutomatically() {
        return categories.stream().filter(c -> c.category() != ObjectCategory.SCHEMA)
                .mapToInt(CategorySummary::convertedAutomatically).sum();
    }

    /** Code objects in this state. */
    public int codeObjects(CodeObjectState state) {
        return (int) codeObjects.stream().filter(o -> o.state() == state).count();
    }

    /** Share (0..100) of the code objects verified equivalent; 100 when there are none. */
    public double percentVerified() {
        return percent(codeObjects(CodeObjectState.VERIFIED_EQUIVALENT), codeObjects.size());
    }

    /** Share (0..100) of objects converted automatically; 100 when there are no objects. */
    public double percentObjectsAutomatic() {
        return percent(totalConvertedAutomatically(), totalObjects());
    }

    /** Share (0..100) of source lines of code in objects converted automatically. */
    public double percentLinesAutomatic() {
        long lines = categories.stream().mapToLong(CategorySummary::linesOfCode).sum();
        long auto = categories.stream().mapToLong(CategorySummary::linesConvertedAutomatically).sum();
        return percent(auto, lines);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    /**
     * @param engine display name, e.g. {@code MariaDB}
     * @param serverVersion as the server reports it (or the dump says)
     * @param origin {@code host:port}, a dump or a project file name; never a secret
     * @param live whether a server was read now (false: dump or saved snapshot)
     */
    public record SourceInfo(String engine, String serverVersion, String origin, Instant readAt, boolean live) {
    }

    /**
     * @param tables base tables
     * @param rows sum of row estimates (tables without an estimate count 0)
     * @param dataBytes sum of data lengths, null when no table has one (dump files)
     * @param lobColumns columns DMS treats as LOBs
     */
    public record Sizes(int tables, long rows, Long dataBytes, int lobColumns) {
    }

    /** One object category: the SCT "summary by object category" line. */
    public record CategorySummary(ObjectCategory category, int objects, int convertedAutomatically, int simple,
            int medium, int complex, long linesOfCode, long linesConvertedAutomatically) {
    }

    /**
     * One action-item code with its occurrences and summed effort; {@code message} says what the code means and
     * {@code recommendation} what to do (the action-item catalogue's words).
     */
    public record CodeSummary(String code, Severity severity, int occurrences, long effortMinutes, String message,
            String recommendation) {
    }

    /**
     * One view, function, procedure, trigger or event and what is known about it.
     *
     * @param name qualified source name
     * @param evidence why it has its state: the probe, the refusal, the item codes, or why it was not verified
     */
    public record CodeObject(String name, ObjectCategory category, CodeObjectState state, String evidence) {
    }

    /** An action item placed in its object category. */
    public record LocatedItem(ObjectCategory category, org.dmspilot.model.convert.ActionItem item) {
    }

    /**
     * @param baseMinutes review-and-test time per object, summed
     * @param actionItemMinutes the action items' own effort, summed
     * @param method how the numbers were computed, in one paragraph for the report
     */
    public record Effort(long baseMinutes, long actionItemMinutes, String method) {
        public double hours() {
            return (baseMinutes + actionItemMinutes) / 60.0;
        }
    }
}
