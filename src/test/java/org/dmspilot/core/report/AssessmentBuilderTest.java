package org.dmspilot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.report.Assessment.CategorySummary;
import org.dmspilot.core.report.Assessment.CodeSummary;
import org.dmspilot.core.convert.FactsSource;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.model.convert.ConversionSettings;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentBuilderTest {
    static Catalog catalog;
    static ConversionResult conversion;
    static Assessment assessment;

    @BeforeAll
    static void assess() {
        catalog = SampleCatalogs.shop();
        conversion = org.dmspilot.core.conversion.Conversions.converter(ConversionSettings.defaults(), ProgramConverter.NOT_CONVERTED).convert(catalog, s -> FactsSource.NONE, ProgressListener.NONE);
        assessment = Assessments.of(catalog, conversion, null, false);
    }

    static Map<ObjectCategory, CategorySummary> byCategory() {
        return assessment.categories().stream().collect(Collectors.toMap(CategorySummary::category,
                Function.identity()));
    }

    @Test
    void objectsAreCountedByCategory() {
        Map<ObjectCategory, CategorySummary> c = byCategory();
        assertThat(c.get(ObjectCategory.SCHEMA).objects()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.TABLE).objects()).isEqualTo(3);
        assertThat(c.get(ObjectCategory.VIEW).objects()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.FUNCTION).objects()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.PROCEDURE).objects()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.TRIGGER).objects()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.EVENT).objects()).isEqualTo(1);
        assertThat(assessment.totalObjects()).as("schemas are not objects: the project tree does not count them")
                .isEqualTo(8);
    }

    @Test
    void everyBucketCountAddsUpToTheObjects() {
        for (CategorySummary c : assessment.categories()) {
            assertThat(c.convertedAutomatically() + c.simple() + c.medium() + c.complex())
                    .as(c.category().name()).isEqualTo(c.objects());
            assertThat(c.linesConvertedAutomatically()).isLessThanOrEqualTo(c.linesOfCode());
        }
    }

    @Test
    void reportNumbersEqualTheConversionsActionItems() {
        assertThat(assessment.items()).hasSize(conversion.actionItems().size());
        for (Severity s : Severity.values()) {
            assertThat(assessment.bySeverity().get(s)).as(s.name())
                    .isEqualTo((int) conversion.actionItems().stream().filter(i -> i.severity() == s).count());
        }
        Map<String, Long> byCode = conversion.actionItems().stream()
                .collect(Collectors.groupingBy(ActionItem::code, Collectors.counting()));
        assertThat(assessment.codes()).hasSize(byCode.size());
        for (CodeSummary c : assessment.codes()) {
            assertThat((long) c.occurrences()).as(c.code()).isEqualTo(byCode.get(c.code()));
        }
    }

    @Test
    void codeObjectsWithoutATranslatorAreComplexAndEventsAreUnhandled() {
        Map<ObjectCategory, CategorySummary> c = byCategory();
        assertThat(c.get(ObjectCategory.VIEW).complex()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.PROCEDURE).complex()).isEqualTo(1);
        assertThat(c.get(ObjectCategory.EVENT).complex()).isEqualTo(1);
        assertThat(assessment.unhandled()).containsExactly("shop.ev_purge");
    }

    @Test
    void tableItemsLandOnTheirTableAndTablesWithoutItemsConvertAutomatically() {
        assertThat(assessment.items()).filteredOn(i -> i.item().object().startsWith("shop.customers"))
                .allMatch(i -> i.category() == ObjectCategory.TABLE).isNotEmpty();
        CategorySummary tables = byCategory().get(ObjectCategory.TABLE);
        assertThat(tables.convertedAutomatically()).isEqualTo(1); // the hostile-named table has nothing to fix
        assertThat(tables.linesOfCode()).isGreaterThan(10);
    }

    @Test
    void effortIsABasePerObjectPlusEachItemsEffort() {
        long items = conversion.actionItems().stream().mapToLong(ActionItem::effortMinutes).sum();
        assertThat(assessment.effort().actionItemMinutes()).isEqualTo(items + EffortModel.UNHANDLED_MINUTES);
        assertThat(assessment.effort().baseMinutes()).isEqualTo(5 + 3 * 2 + 5 + 10 + 15 + 10 + 10);
        assertThat(assessment.effort().method()).contains("base per object", "complex");
    }

    @Test
    void sizesSumTheTableStatistics() {
        assertThat(assessment.sizes().tables()).isEqualTo(3);
        assertThat(assessment.sizes().rows()).isEqualTo(51_203);
        assertThat(assessment.sizes().dataBytes()).isEqualTo(262_144L + 4_194_304L + 16_384L);
        assertThat(assessment.sizes().lobColumns()).isEqualTo(4);
    }

    @Test
    void dmsConsiderationsNameLobsMissingKeysAndTypes() {
        DmsConsiderations d = assessment.dms();
        assertThat(d.lobColumns()).extracting(DmsConsiderations.LobColumn::column)
                .containsExactlyInAnyOrder("shop.customers.notes", "shop.customers.profile", "shop.audit_log.msg",
                        "shop." + SampleCatalogs.HOSTILE + ".a&b\"c'");
        assertThat(d.lobColumns()).filteredOn(l -> l.column().endsWith("msg")).first()
                .satisfies(l -> assertThat(l.mode()).startsWith("limited"));
        assertThat(d.lobMode()).startsWith("Full LOB mode");
        assertThat(d.tablesWithoutPrimaryKey()).containsExactly("shop.audit_log");
        assertThat(d.unsupportedTypes()).extracting(DmsConsiderations.TypeIssue::column)
                .contains("shop.customers.tags");
        assertThat(d.instanceClass()).isEqualTo("dms.t3.medium");
    }

    @Test
    void instanceClassGrowsWithDataAndIsAGuessWhenSizeIsUnknown() {
        assertThat(DmsAdvisor.instanceClass(null, false)[1]).contains("unknown");
        assertThat(DmsAdvisor.instanceClass(50L << 30, false)[0]).isEqualTo("dms.c5.large");
        assertThat(DmsAdvisor.instanceClass(300L << 30, true)[0]).isEqualTo("dms.r5.xlarge");
        assertThat(DmsAdvisor.instanceClass(5000L << 30, false)[0]).isEqualTo("dms.c5.4xlarge");
    }

    @Test
    void offlineAssessmentHasNoReadiness() {
        assertThat(assessment.readinessRun()).isFalse();
        assertThat(assessment.source().live()).isFalse();
        assertThat(assessment.source().engine()).isEqualTo("MariaDB");
    }
}
