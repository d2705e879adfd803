package org.dmspilot.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes an {@link Assessment} into a directory in the chosen formats. */
public final class ReportWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);
    /** File name of the HTML report. */
    public static final String HTML_FILE = "assessment-report.html";
    /** File name of the PDF report. */
    public static final String PDF_FILE = "assessment-report.pdf";

    private ReportWriter() {
    }

    /**
     * Writes each format (the directory is created if needed) and returns the files written: the HTML file, the
     * PDF file, and the three CSV files (action items, summary by code, summary by category).
     *
     * @throws DmsPilotException when a file cannot be written
     */
    public static List<Path> write(Assessment assessment, Path dir, Set<ReportFormat> formats,
            ProgressListener progress) {
        List<Path> written = new ArrayList<>();
        int done = 0;
        try {
            Files.createDirectories(dir);
            for (ReportFormat f : ReportFormat.values()) {
                if (!formats.contains(f)) {
                    continue;
                }
                progress.checkCancelled();
                progress.progress(done++, formats.size(), "Writing the " + f.name() + " report");
                switch (f) {
                    case HTML -> written.add(Files.writeString(dir.resolve(HTML_FILE), html(assessment),
                            StandardCharsets.UTF_8));
                    case PDF -> {
                        PdfReport.write(assessment, dir.resolve(PDF_FILE));
                        written.add(dir.resolve(PDF_FILE));
                    }
                    case CSV -> written.addAll(CsvReport.write(assessment, dir));
                }
            }
            progress.progress(done, formats.size(), "Report written");
            LOG.info("Assessment report written: {}", written);
            return written;
        } catch (IOException e) {
            throw new DmsPilotException("Could not write the report into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The self-contained HTML report as a string. */
    public static String html(Assessment assessment) {
        return HtmlReport.render(assessment, false);
    }
}
