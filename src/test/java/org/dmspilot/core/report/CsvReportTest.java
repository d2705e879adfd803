package org.dmspilot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
    static final Assessment ASSESSMENT = SampleCatalogs.offline(SampleCatalogs.shop());

    static List<CSVRecord> read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void csvCountsEqualTheModelsCounts(@TempDir Path dir) throws Exception {
        List<Path> files = ReportWriter.write(ASSESSMENT, dir, EnumSet.of(ReportFormat.CSV), ProgressListener.NONE);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(CsvReport.ITEMS,
                CsvReport.CODES, CsvReport.CATEGORIES, CsvReport.CODE_OBJECTS);

        assertThat(read(dir.resolve(CsvReport.ITEMS))).hasSize(ASSESSMENT.items().size());

        List<CSVRecord> codes = read(dir.resolve(CsvReport.CODES));
        assertThat(codes).hasSize(ASSESSMENT.codes().size());
        assertThat(codes.stream().mapToInt(r -> Integer.parseInt(r.get("Occurrences"))).sum())
                .isEqualTo(ASSESSMENT.items().size());

        List<CSVRecord> categories = read(dir.resolve(CsvReport.CATEGORIES));
        assertThat(categories).hasSize(ObjectCategory.values().length);
        List<CSVRecord> objects = categories.stream().filter(r -> !r.get("Category").equals("Schemas")).toList();
        assertThat(objects.stream().mapToInt(r -> Integer.parseInt(r.get("Objects"))).sum())
                .isEqualTo(ASSESSMENT.totalObjects());
        assertThat(objects.stream().mapToInt(r -> Integer.parseInt(r.get("Converted automatically"))).sum())
                .isEqualTo(ASSESSMENT.totalConvertedAutomatically());

        List<CSVRecord> code = read(dir.resolve(CsvReport.CODE_OBJECTS));
        assertThat(code).hasSize(ASSESSMENT.codeObjects().size());
        assertThat(code).as("nothing verified without a live source and a target")
                .noneMatch(r -> r.get("State").equals(CodeObjectState.VERIFIED_EQUIVALENT.label()));
        assertThat(code).as("an event the converter does not convert needs work")
                .filteredOn(r -> r.get("Category").equals("Events"))
                .allMatch(r -> r.get("State").equals(CodeObjectState.NEEDS_WORK.label()));
    }

    @Test
    void awkwardNamesSurviveTheRoundTrip(@TempDir Path dir) throws Exception {
        ReportWriter.write(ASSESSMENT, dir, EnumSet.of(ReportFormat.CSV), ProgressListener.NONE);
        assertThat(read(dir.resolve(CsvReport.ITEMS))).extracting(r -> r.get("Object"))
                .containsAll(ASSESSMENT.items().stream().map(i -> i.item().object()).toList());
    }

    @Test
    void cellsThatLookLikeFormulasAreDefused() {
        assertThat(CsvReport.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvReport.cell("shop.orders")).isEqualTo("shop.orders");
    }
}
