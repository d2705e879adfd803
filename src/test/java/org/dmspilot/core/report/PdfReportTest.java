package org.dmspilot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportTest {
    static final Assessment ASSESSMENT = SampleCatalogs.offline(SampleCatalogs.shop());
    static final Path OUT = Path.of("target", "report-test");
    static Path pdf;

    @BeforeAll
    static void writePdf() {
        pdf = ReportWriter.write(ASSESSMENT, OUT, EnumSet.of(ReportFormat.PDF), ProgressListener.NONE).get(0);
    }

    @Test
    void everyPageRendersAndNoneIsBlank() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 20);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                assertThat(inkShare(image)).as("ink on page %d", page + 1).isGreaterThan(0.002);
                ImageIO.write(renderer.renderImageWithDPI(page, 110), "png",
                        OUT.resolve("page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void textCarriesTheSummaryNumbersPageNumbersAndTheContents() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Executive summary", "Contents",
                    Xml.percent(ASSESSMENT.percentObjectsAutomatic()), Xml.hours(ASSESSMENT.effort().hours()),
                    "Page 1 of " + doc.getNumberOfPages(), SampleCatalogs.HOSTILE);
            assertThat(text.replaceAll("\\s", "")).contains("OBJECT-NOT-CONVERTED");
            assertThat(text).contains(String.valueOf(ASSESSMENT.items().size()));
        }
    }

    @Test
    void pdfIsSelfContained() throws Exception {
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }

    /** Share of pixels that are not near-white. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return ink / (double) (image.getWidth() * image.getHeight());
    }
}
