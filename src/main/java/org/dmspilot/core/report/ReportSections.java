package org.dmspilot.core.report;

import static org.dmspilot.core.report.Xml.esc;
import static org.dmspilot.core.report.Xml.number;

import org.dmspilot.core.readiness.CheckResult;
import org.dmspilot.core.report.Assessment.CategorySummary;
import org.dmspilot.core.report.Assessment.CodeSummary;
import org.dmspilot.core.report.Assessment.LocatedItem;
import org.dmspilot.core.report.DmsConsiderations.LobColumn;
import org.dmspilot.core.report.DmsConsiderations.TypeIssue;
import org.dmspilot.model.convert.ActionItem;

/** The report's sections after the executive summary. */
final class ReportSections {
    /** Marks a cell as a right-aligned number (a character no name can smuggle in: it is escaped away). */
    private static final String NUM = "\u0001";
    private ReportSections() {
    }

    static void categories(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "categories");
        head(h, "", "Category", "n:Objects", "n:Converted automatically", "n:Simple", "n:Medium", "n:Complex",
                "n:Lines of code", "n:Lines converted automatically");
        for (CategorySummary c : a.categories()) {
            row(h, c.category().displayName(), n(c.objects()), n(c.convertedAutomatically()), n(c.simple()),
                    n(c.medium()), n(c.complex()), n(c.linesOfCode()), n(c.linesConvertedAutomatically()));
        }
        row(h, "Total", n(a.totalObjects()), n(a.totalConvertedAutomatically()),
                n(a.categories().stream().mapToLong(CategorySummary::simple).sum()),
                n(a.categories().stream().mapToLong(CategorySummary::medium).sum()),
                n(a.categories().stream().mapToLong(CategorySummary::complex).sum()),
                n(a.categories().stream().mapToLong(CategorySummary::linesOfCode).sum()),
                n(a.categories().stream().mapToLong(CategorySummary::linesConvertedAutomatically).sum()));
        end(h);
        if (!a.unhandled().isEmpty()) {
            h.append("<p class=\"note\"><b>Not handled by the converter (").append(a.unhandled().size())
                    .append("), counted as complex:</b> <span class=\"code\">")
                    .append(esc(String.join(", ", a.unhandled()))).append("</span>. Events need a scheduler on "
                    + "the target, such as the pg_cron extension.</p>");
        }
    }

    static void codeObjects(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "code-objects");
        h.append("<p class=\"note\"><b>Verified equivalent</b>: applied to PostgreSQL and probed equal against the "
                + "live source (same rows, results, OUT values and effects). <b>Converted, not verified</b>: the "
                + "conversion raised nothing above info, but the object was not applied and probed. <b>Needs "
                + "work</b>: PostgreSQL refused it, its probe differed, or its conversion raised an item above info. "
                + "</p><p>").append(esc(a.verification())).append("</p>");
        if (a.codeObjects().isEmpty()) {
            h.append("<p>The source has no views, routines, triggers or events.</p>");
            return;
        }
        colgroup(h, 27, 13, 14, 46);
        head(h, "", "Object", "Category", "State", "Evidence");
        for (Assessment.CodeObject o : a.codeObjects()) {
            h.append("<tr><td class=\"code\">").append(esc(o.name())).append("</td><td>")
                    .append(esc(o.category().displayName())).append("</td><td class=\"state-")
                    .append(Xml.lower(o.state())).append("\">").append(esc(o.state().label())).append("</td><td>")
                    .append(esc(abbreviate(o.evidence()))).append("</td></tr>");
        }
        end(h);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "\u2026" : text;
    }

    static void codes(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "codes");
        if (a.codes().isEmpty()) {
            h.append("<p>The conversion raised no action items.</p>");
            return;
        }
        colgroup(h, 17, 10, 12, 8, 27, 26);
        head(h, "", "Code", "Severity", "n:Occurrences", "n:Effort (h)", "What it means", "Recommendation");
        for (CodeSummary c : a.codes()) {
            h.append("<tr><td class=\"code\">").append(esc(c.code())).append("</td>");
            severity(h, c.severity());
            h.append("<td class=\"n\">").append(number(c.occurrences())).append("</td><td class=\"n\">")
                    .append(esc(String.format(java.util.Locale.ROOT, "%.1f", c.effortMinutes() / 60.0)))
                    .append("</td><td>").append(esc(c.message())).append("</td><td>")
                    .append(esc(c.recommendation())).append("</td></tr>");
        }
        end(h);
    }

    static void effort(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "effort");
        head(h, "facts", "Part", "n:Hours");
        row(h, "Review and test, per object", hours(a.effort().baseMinutes()));
        row(h, "Resolve action items", hours(a.effort().actionItemMinutes()));
        row(h, "Total", hours(a.effort().baseMinutes() + a.effort().actionItemMinutes()));
        end(h);
        h.append("<p class=\"note\">").append(esc(a.effort().method())).append("</p>");
    }

    static void dms(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "dms");
        DmsConsiderations d = a.dms();
        h.append("<p><b>Replication instance:</b> ").append(esc(d.instanceClass())).append(" — ")
                .append(esc(d.instanceReason())).append("</p><p><b>LOB mode:</b> ").append(esc(d.lobMode()))
                .append("</p>");
        h.append("<h3>LOB columns (").append(d.lobColumns().size()).append(")</h3>");
        if (!d.lobColumns().isEmpty()) {
            colgroup(h, 34, 14, 10, 42);
            head(h, "", "Column", "Type", "n:Largest value", "LOB mode needed");
            for (LobColumn l : d.lobColumns()) {
                row(h, l.column(), l.type(), Xml.bytes(l.maxBytes()), l.mode());
            }
            end(h);
        }
        h.append("<h3>Tables without a primary key (").append(d.tablesWithoutPrimaryKey().size()).append(")</h3>");
        if (!d.tablesWithoutPrimaryKey().isEmpty()) {
            h.append("<p class=\"note\">DMS cannot validate these tables, applies their changes slowly (full-row "
                    + "matching) and skips their LOB columns during CDC. Add a primary key before the migration."
                    + "</p><p class=\"code\">");
            h.append(esc(String.join(", ", d.tablesWithoutPrimaryKey()))).append("</p>");
        }
        h.append("<h3>Types that need a decision (").append(d.unsupportedTypes().size()).append(")</h3>");
        if (!d.unsupportedTypes().isEmpty()) {
            head(h, "", "Column", "Type", "Issue");
            for (TypeIssue t : d.unsupportedTypes()) {
                row(h, t.column(), t.type(), t.issue());
            }
            end(h);
        }
    }

    static void readiness(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "readiness");
        if (!a.readinessRun()) {
            h.append("<p>Not checked: the catalog was read offline. Run the assessment against the live source to "
                    + "check binary logging, privileges and settings.</p>");
            return;
        }
        colgroup(h, 24, 8, 30, 38);
        head(h, "", "Check", "Status", "Found", "Fix");
        for (CheckResult r : a.readiness()) {
            h.append("<tr><td>").append(esc(r.title())).append("</td><td class=\"st-")
                    .append(Xml.lower(r.status())).append("\">").append(Xml.lower(r.status())).append("</td><td>")
                    .append(esc(r.found())).append("</td><td>");
            if (r.fix() != null && !r.fix().isBlank()) {
                h.append("<pre>").append(esc(r.fix())).append("</pre>");
            }
            h.append("</td></tr>");
        }
        end(h);
    }

    static void items(StringBuilder h, Assessment a) {
        HtmlReport.section(h, "items");
        if (a.items().isEmpty()) {
            h.append("<p>None.</p>");
            return;
        }
        h.append("<table class=\"items\"><colgroup><col style=\"width: 4%\"/><col style=\"width: 9%\"/>")
                .append("<col style=\"width: 15%\"/><col style=\"width: 19%\"/><col style=\"width: 5%\"/>")
                .append("<col style=\"width: 26%\"/><col style=\"width: 22%\"/></colgroup>");
        h.append("<thead><tr><th>#</th><th>Severity</th><th>Code</th><th>Object</th><th>Line</th>")
                .append("<th>Message</th><th>Recommendation</th></tr></thead><tbody>");
        int n = 0;
        for (LocatedItem li : a.items()) {
            ActionItem i = li.item();
            h.append("<tr><td class=\"n\">").append(++n).append("</td>");
            severity(h, i.severity());
            h.append("<td class=\"code\">").append(esc(i.code())).append("</td><td class=\"code\">")
                    .append(esc(li.category().displayName())).append(": ").append(esc(i.object()))
                    .append("</td><td>").append(i.line() > 0 ? i.line() + ":" + i.column() : "")
                    .append("</td><td>").append(esc(i.message())).append("</td><td>")
                    .append(esc(i.recommendation())).append("</td></tr>");
        }
        end(h);
    }

    private static void severity(StringBuilder h, org.dmspilot.model.convert.Severity s) {
        h.append("<td class=\"sev sev-").append(Xml.lower(s)).append("\">").append(Xml.lower(s)).append("</td>");
    }

    private static String n(long v) {
        return NUM + number(v);
    }

    private static String hours(long minutes) {
        return NUM + String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
    }

    /** Column widths (percent) for the next table, which is then laid out fixed. */
    private static void colgroup(StringBuilder h, int... widths) {
        h.append("<table class=\"fixed\"><colgroup>");
        for (int w : widths) {
            h.append("<col style=\"width: ").append(w).append("%\"/>");
        }
        h.append("</colgroup>");
    }

    /** Column labels prefixed {@code n:} are right-aligned numbers. */
    private static void head(StringBuilder h, String cls, String... labels) {
        if (h.lastIndexOf("</colgroup>") != h.length() - "</colgroup>".length()) {
            h.append("<table").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(">");
        }
        h.append("<thead><tr>");
        for (String l : labels) {
            boolean num = l.startsWith("n:");
            h.append(num ? "<th class=\"n\">" : "<th>").append(esc(num ? l.substring(2) : l)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
    }

    private static void row(StringBuilder h, String... cells) {
        h.append("<tr>");
        for (String c : cells) {
            boolean num = c != null && c.startsWith(NUM);
            h.append(num ? "<td class=\"n\">" : "<td>").append(esc(num ? c.substring(1) : c)).append("</td>");
        }
        h.append("</tr>");
    }

    private static void end(StringBuilder h) {
        h.append("</tbody></table>");
    }
}
