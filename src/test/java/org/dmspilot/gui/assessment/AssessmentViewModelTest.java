package org.dmspilot.gui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.report.ReportFormat;
import org.dmspilot.core.report.SampleCatalogs;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.conversion.ConversionViewModel;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.convert.ActionItem;
import org.dmspilot.model.convert.Severity;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.CodeObjectState;
import org.dmspilot.core.sandbox.Shopwave;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.gui.projecttree.CatalogTreeItems;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class AssessmentViewModelTest {
    final RecordingDialogService dialogs = new RecordingDialogService();
    Project project = Project.newProject("assess").withCatalog(SampleCatalogs.shop());
    final AssessmentViewModel vm = new AssessmentViewModel(new DirectTaskExecutor(), dialogs,
            new ProjectConnections(new SessionSecretStore(), new DatabaseConnector(), dialogs), () -> project,
            ProgramConverter.NOT_CONVERTED);

    @Test
    void assessingGroupsEveryActionItemByCode() {
        vm.assess();
        var a = vm.assessmentProperty().get();
        assertThat(a).isNotNull();
        assertThat(vm.groups()).hasSize(a.codes().size());
        assertThat(vm.groups().stream().mapToInt(g -> g.items().size()).sum()).isEqualTo(a.items().size());
        assertThat(vm.groups().get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(vm.statusProperty().get()).contains(String.valueOf(a.items().size()));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void reportNumbersEqualTheConversionViews() {
        ConversionViewModel conversion = new ConversionViewModel(new DirectTaskExecutor(), dialogs,
                new ProjectConnections(new SessionSecretStore(), new DatabaseConnector(), dialogs), () -> project,
                p -> project = p, ProgramConverter.NOT_CONVERTED);
        conversion.convert();
        vm.assess();
        var items = conversion.resultProperty().get().actionItems();
        var a = vm.assessmentProperty().get();
        assertThat(a.items()).extracting(i -> i.item()).containsExactlyElementsOf(items);
        for (Severity s : Severity.values()) {
            assertThat(a.bySeverity().get(s)).isEqualTo((int) items.stream().filter(i -> i.severity() == s).count());
        }
        assertThat(a.codes()).extracting(c -> c.code())
                .containsExactlyInAnyOrderElementsOf(items.stream().map(ActionItem::code).distinct().toList());
    }

    @Test
    void exportWritesTheChosenFormats(@TempDir Path dir) {
        vm.assess();
        vm.export(dir, EnumSet.of(ReportFormat.HTML, ReportFormat.CSV));
        assertThat(dir.resolve("assessment-report.html")).isNotEmptyFile();
        assertThat(dir.resolve("assessment-summary-by-category.csv")).isNotEmptyFile();
        assertThat(dir.resolve("assessment-report.pdf")).doesNotExist();
        assertThat(vm.statusProperty().get()).contains("Wrote 5 report file(s)");
    }

    @Test
    void openingAnItemHandsItsObjectToTheShell() {
        java.util.List<String> opened = new java.util.ArrayList<>();
        vm.setOnOpenObject(opened::add);
        vm.openObject("shop.customers.tags");
        vm.openObject(" ");
        assertThat(opened).containsExactly("shop.customers.tags");
    }

    @Test
    void withoutACatalogTheUserIsToldToLoadOne() {
        project = Project.newProject("empty");
        vm.assess();
        assertThat(dialogs.errors).isNotEmpty();
        assertThat(vm.assessmentProperty().get()).isNull();
    }

    @Test
    void onALiveSourceAssessmentAndConversionShowTheSameItemsAndTheTreesObjectCount() throws Exception {
        TestDatabase maria = Databases.newMariaDbDatabase("assess_vm_live");
        try (var c = maria.connect()) {
            Shopwave.load(c);
        }
        Catalog catalog;
        try (var c = maria.connect()) {
            catalog = new LiveCatalogReader(c, "t").read(List.of(maria.database()), ProgressListener.NONE);
        }
        SessionSecretStore secrets = new SessionSecretStore();
        project = Project.newProject("live").withSource(maria.profile()).withCatalog(catalog);
        secrets.put(SecretKeys.database(project.id(), ConnectionRole.SOURCE), maria.password().toCharArray());
        ProjectConnections connections = new ProjectConnections(secrets, new DatabaseConnector(), dialogs);
        AssessmentViewModel live = new AssessmentViewModel(new DirectTaskExecutor(), dialogs, connections,
                () -> project, new SqlPrograms());
        ConversionViewModel conversion = new ConversionViewModel(new DirectTaskExecutor(), dialogs, connections,
                () -> project, p -> project = p, new SqlPrograms());
        conversion.convert();
        live.assess();
        assertThat(dialogs.errors).isEmpty();
        Assessment a = live.assessmentProperty().get();
        assertThat(a.source().live()).isTrue();
        assertThat(a.readinessRun()).isTrue();
        assertThat(live.statusProperty().get()).contains("Source read live", "readiness checked")
                .doesNotContain("Offline", "not checked");
        assertThat(a.items()).extracting(i -> i.item())
                .containsExactlyElementsOf(conversion.resultProperty().get().actionItems());
        var schemaNode = CatalogTreeItems.schemas(catalog).get(0).getValue();
        assertThat(schemaNode.detail()).isEqualTo(org.dmspilot.gui.util.Localization.lang("tree.objects",
                a.totalObjects()));
        assertThat(a.codeObjects()).hasSize(catalog.schemas().get(0).views().size()
                + catalog.schemas().get(0).routines().size() + catalog.schemas().get(0).triggers().size());
        assertThat(a.codeObjects(CodeObjectState.VERIFIED_EQUIVALENT)).as("no target: nothing claimed verified")
                .isZero();
    }
}
