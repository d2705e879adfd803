package org.dmspilot.core.report;

import static org.dmspilot.core.report.Xml.esc;
import static org.dmspilot.core.report.Xml.number;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dmspilot.core.readiness.CheckStatus;
import org.dmspilot.core.report.SvgCharts.Datum;
import org.dmspilot.model.convert.Severity;

/**
 * The report as one self-contained, well-formed XHTML document: inline CSS, inline SVG charts, no script, no
 * external resource. The PDF writer renders the same document with a table of contents carrying page numbers.
 */
final class HtmlReport {
    static final Map<Complexity, String> COMPLEXITY_COLORS = Map.of(Complexity.AUTOMATIC, "#2e7d32",
            Complexity.SIMPLE, "#9ccc65", Complexity.MEDIUM, "#ffb300", Complexity.COMPLEX, "#e53935");
    static final Map<Severity, String> SEVERITY_COLORS = Map.of(Severity.CRITICAL, "#8e0000", Severity.HIGH,
            "#e53935", Severity.MEDIUM, "#fb8c00", Severity.LOW, "#fdd835", Severity.INFO, "#90a4ae");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String[][] SECTIONS = {
        {"summary", "Executive summary"}, {"categories", "Objects by category"},
        {"code-objects", "Views, routines and triggers: verified or not"}, {"codes", "Action items by code"},
        {"effort", "Effort estimate"}, {"dms", "AWS DMS considerations"}, {"readiness", "Source readiness"},
        {"items", "All action items"}};

    private HtmlReport() {
    }

    /** The whole document; {@code paged} adds page-number CSS and a table of contents with page numbers. */
    static String render(Assessment a, boolean paged) {
        StringBuilder h = new StringBuilder(64 * 1024 + a.items().size() * 400);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>DMS Pilot assessment report</title><style>")
                .append(ReportCss.CSS).append(paged ? ReportCss.PAGED : "").append("</style></head><body>");
        h.append("<h1>Migration assessment: MySQL/MariaDB to PostgreSQL</h1><p class=\"meta\">")
                .append(esc(a.source().engine())).append(' ').append(esc(a.source().serverVersion()))
                .append(" · ").append(esc(a.source().origin())).append(" · ")
                .append(a.source().live() ? "read live" : "offline (dump or saved catalog)")
                .append(" · generated ").append(esc(TIME.format(a.generatedAt()))).append(" by DMS Pilot</p>");
        toc(h, paged);
        summary(h, a);
        ReportSections.categories(h, a);
        ReportSections.codeObjects(h, a);
        ReportSections.codes(h, a);
        ReportSections.effort(h, a);
        ReportSections.dms(h, a);
        ReportSections.readiness(h, a);
        ReportSections.items(h, a);
        return h.append("</body></html>\n").toString();
    }

    private static void toc(StringBuilder h, boolean paged) {
        h.append("<div class=\"toc\"><h2 class=\"toc-title\">Contents</h2><ul>");
        for (String[] s : SECTIONS) {
            h.append("<li><a href=\"#").append(s[0]).append("\">").append(s[1]).append("</a></li>");
        }
        h.append("</ul></div>");
        if (paged) {
            h.append("<div class=\"page-break\"></div>");
        }
    }

    private static void summary(StringBuilder h, Assessment a) {
        section(h, "summary");
        long items = a.items().size();
        h.append("<div class=\"kpis\">");
        kpi(h, Xml.percent(a.percentVerified()), "of code objects verified equivalent");
        kpi(h, Xml.percent(a.percentObjectsAutomatic()), "of objects converted automatically");
        kpi(h, Xml.percent(a.percentLinesAutomatic()), "of lines of code converted automatically");
        kpi(h, number(items), "action items");
        kpi(h, Xml.hours(a.effort().hours()), "estimated effort");
        h.append("</div><table class=\"facts\"><tbody>");
        fact(h, "Source", a.source().engine() + " " + a.source().serverVersion());
        fact(h, "Objects", number(a.totalObjects()) + " (" + number(a.totalConvertedAutomatically())
                + " converted automatically)");
        fact(h, "Views, routines, triggers, events", codeObjectsLine(a));
        fact(h, "Tables / rows (estimate)", number(a.sizes().tables()) + " / " + number(a.sizes().rows()));
        fact(h, "Data size", Xml.bytes(a.sizes().dataBytes()));
        fact(h, "LOB columns", number(a.sizes().lobColumns()));
        fact(h, "Action items by severity", severityLine(a));
        fact(h, "Suggested DMS replication instance", a.dms().instanceClass());
        fact(h, "Tables without a primary key", number(a.dms().tablesWithoutPrimaryKey().size()));
        fact(h, "Readiness", a.readinessRun() ? readinessLine(a) : "not checked (offline source)");
        h.append("</tbody></table><div class=\"charts\"><div class=\"chart\"><h3>Conversion status (objects)</h3>");
        long[] buckets = new long[Complexity.values().length];
        for (Assessment.CategorySummary c : a.categories()) {
            if (c.category() == ObjectCategory.SCHEMA) {
                continue;
            }
            buckets[0] += c.convertedAutomatically();
            buckets[1] += c.simple();
            buckets[2] += c.medium();
            buckets[3] += c.complex();
        }
        h.append(SvgCharts.pie("Conversion status", List.of(
                new Datum("Automatic", buckets[0], COMPLEXITY_COLORS.get(Complexity.AUTOMATIC)),
                new Datum("Simple action", buckets[1], COMPLEXITY_COLORS.get(Complexity.SIMPLE)),
                new Datum("Medium action", buckets[2], COMPLEXITY_COLORS.get(Complexity.MEDIUM)),
                new Datum("Complex action", buckets[3], COMPLEXITY_COLORS.get(Complexity.COMPLEX)))));
        h.append("</div><div class=\"chart\"><h3>Action items by severity</h3>");
        h.append(SvgCharts.bars("Action items by severity", java.util.Arrays.stream(Severity.values())
                .map(s -> new Datum(Xml.lower(s), a.bySeverity().get(s), SEVERITY_COLORS.get(s))).toList()));
        h.append("</div></div>");
    }

    static String codeObjectsLine(Assessment a) {
        return number(a.codeObjects().size()) + ": " + a.codeObjects(CodeObjectState.VERIFIED_EQUIVALENT)
                + " verified equivalent, " + a.codeObjects(CodeObjectState.CONVERTED_NOT_VERIFIED)
                + " converted but not verified, " + a.codeObjects(CodeObjectState.NEEDS_WORK) + " need work";
    }

    static String severityLine(Assessment a) {
        StringBuilder s = new StringBuilder();
        for (Severity sev : Severity.values()) {
            s.append(s.isEmpty() ? "" : ", ").append(Xml.lower(sev)).append(' ').append(a.bySeverity().get(sev));
        }
        return s.toString();
    }

    private static String readinessLine(Assessment a) {
        StringBuilder s = new StringBuilder();
        for (CheckStatus st : CheckStatus.values()) {
            long n = a.readiness().stream().filter(r -> r.status() == st).count();
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(Xml.lower(st));
        }
        return s.toString();
    }

    static void section(StringBuilder h, String id) {
        for (String[] s : SECTIONS) {
            if (s[0].equals(id)) {
                h.append("<h2 id=\"").append(id).append("\">").append(s[1]).append("</h2>");
            }
        }
    }

    private static void kpi(StringBuilder h, String value, String label) {
        h.append("<div class=\"kpi\"><div class=\"kpi-value\">").append(esc(value))
                .append("</div><div class=\"kpi-label\">").append(esc(label)).append("</div></div>");
    }

    private static void fact(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }
}
