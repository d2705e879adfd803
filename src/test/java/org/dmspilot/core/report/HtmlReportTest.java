package org.dmspilot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dmspilot.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class HtmlReportTest {
    static final Assessment ASSESSMENT = SampleCatalogs.offline(SampleCatalogs.shop());

    @Test
    void hostileObjectNamesAreEscapedEverywhere() {
        String html = ReportWriter.html(ASSESSMENT);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).doesNotContain("a&b\"c'").contains("a&amp;b&quot;c&#39;");
    }

    @Test
    void documentIsWellFormedXhtml() throws Exception {
        String html = HtmlReport.render(ASSESSMENT, true);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    }

    @Test
    void reportIsSelfContainedWithInlineCharts() {
        String html = ReportWriter.html(ASSESSMENT);
        assertThat(html).contains("<style>", "<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .doesNotContain("http://cdn", "https://", "<link", "src=\"http", "<script");
    }

    @Test
    void executiveSummaryComesFirstThenCategoriesThenEveryItem() {
        String html = ReportWriter.html(ASSESSMENT);
        int summary = html.indexOf("id=\"summary\"");
        int categories = html.indexOf("id=\"categories\"");
        int items = html.indexOf("id=\"items\"");
        assertThat(summary).isPositive().isLessThan(categories);
        assertThat(categories).isLessThan(items);
        for (Assessment.LocatedItem i : ASSESSMENT.items()) {
            assertThat(html).contains(Xml.esc(i.item().recommendation()));
        }
        assertThat(html).contains(Xml.percent(ASSESSMENT.percentObjectsAutomatic()),
                Xml.hours(ASSESSMENT.effort().hours()), "Events need a scheduler");
    }
}
