package org.dmspilot.core.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

/**
 * The report as PDF: the XHTML document rendered by openhtmltopdf, with page numbers, a table of contents with page
 * numbers, and the SVG charts drawn by Batik. DejaVu fonts are embedded when the system has them (any name
 * prints); otherwise the PDF standard fonts are used.
 */
final class PdfReport {
    private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));

    private PdfReport() {
    }

    /** openhtmltopdf logs every step at INFO on the console (and that costs seconds): keep warnings only. */
    private static void quiet() {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    static void write(Assessment a, Path file) throws IOException {
        quiet();
        String xhtml = HtmlReport.render(a, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            registerFonts(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        }
    }

    private static void registerFonts(PdfRendererBuilder builder) {
        for (Path dir : FONT_DIRS) {
            Path regular = dir.resolve("DejaVuSans.ttf");
            if (Files.isRegularFile(regular)) {
                font(builder, regular, "DejaVu Sans", 400);
                font(builder, dir.resolve("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700);
                font(builder, dir.resolve("DejaVuSansMono.ttf"), "DejaVu Sans Mono", 400);
                return;
            }
        }
    }

    private static void font(PdfRendererBuilder builder, Path file, String family, int weight) {
        if (Files.isRegularFile(file)) {
            builder.useFont(file.toFile(), family, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
    }
}
