package org.dmspilot.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dmspilot.core.report.Assessment.CategorySummary;
import org.dmspilot.core.report.Assessment.CodeSummary;
import org.dmspilot.core.report.Assessment.LocatedItem;

/**
 * The SCT-style CSV files: every action item, a summary by code, a summary by object category; and the state of
 * each view, routine, trigger and event ({@link CodeObjectState}).
 */
final class CsvReport {
    static final String ITEMS = "assessment-action-items.csv";
    static final String CODES = "assessment-action-items-summary.csv";
    static final String CATEGORIES = "assessment-summary-by-category.csv";
    static final String CODE_OBJECTS = "assessment-code-objects.csv";

    private CsvReport() {
    }

    static List<Path> write(Assessment a, Path dir) throws IOException {
        Path items = dir.resolve(ITEMS);
        try (CSVPrinter p = printer(items, "Category", "Object", "Code", "Severity", "Line", "Column", "Message",
                "Recommendation", "Effort minutes")) {
            for (LocatedItem li : a.items()) {
                var i = li.item();
                p.printRecord(li.category().displayName(), cell(i.object()), cell(i.code()), Xml.lower(i.severity()),
                        i.line(), i.column(), cell(i.message()), cell(i.recommendation()), i.effortMinutes());
            }
        }
        Path codes = dir.resolve(CODES);
        try (CSVPrinter p = printer(codes, "Code", "Severity", "Occurrences", "Effort minutes", "Message",
                "Recommendation")) {
            for (CodeSummary c : a.codes()) {
                p.printRecord(cell(c.code()), Xml.lower(c.severity()), c.occurrences(), c.effortMinutes(), cell(c.message()),
                        cell(c.recommendation()));
            }
        }
        Path categories = dir.resolve(CATEGORIES);
        try (CSVPrinter p = printer(categories, "Category", "Objects", "Converted automatically",
                "Simple actions", "Medium actions", "Complex actions", "Lines of code",
                "Lines converted automatically")) {
            for (CategorySummary c : a.categories()) {
                p.printRecord(c.category().displayName(), c.objects(), c.convertedAutomatically(), c.simple(),
                        c.medium(), c.complex(), c.linesOfCode(), c.linesConvertedAutomatically());
            }
        }
        Path codeObjects = dir.resolve(CODE_OBJECTS);
        try (CSVPrinter p = printer(codeObjects, "Object", "Category", "State", "Evidence")) {
            for (Assessment.CodeObject o : a.codeObjects()) {
                p.printRecord(cell(o.name()), o.category().displayName(), o.state().label(), cell(o.evidence()));
            }
        }
        return List.of(items, codes, categories, codeObjects);
    }

    /**
     * A text cell a spreadsheet will not run as a formula: a leading {@code = + - @} gets a quote in front (OWASP's
     * advice for CSV injection; object names come from the source and may be hostile).
     */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).build());
    }
}
