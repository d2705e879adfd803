package org.dmspilot.gui.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.connect.DatabaseConnector;
import org.dmspilot.core.convert.ProgramConverter;
import org.dmspilot.core.convert.SchemaConverterTest;
import org.dmspilot.core.convert.SqlScriptWriter;
import org.dmspilot.core.secrets.SecretKeys;
import org.dmspilot.core.secrets.SessionSecretStore;
import org.dmspilot.gui.connection.ProjectConnections;
import org.dmspilot.gui.testsupport.RecordingDialogService;
import org.dmspilot.gui.util.DirectTaskExecutor;
import org.dmspilot.model.ConnectionRole;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.Severity;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SessionSecretStore secrets = new SessionSecretStore();
    private Project project;
    private TestDatabase pg;
    private ConversionViewModel vm;

    @BeforeEach
    void setUp() {
        pg = Databases.newPostgresDatabase("conversion_vm");
        project = Project.newProject("conv").withTarget(pg.profile()).withCatalog(new Catalog(Engine.MARIADB,
                "11.4.5", "test", Instant.EPOCH, List.of(SchemaConverterTest.shop())));
        secrets.put(SecretKeys.database(project.id(), ConnectionRole.TARGET), pg.password().toCharArray());
        vm = new ConversionViewModel(new DirectTaskExecutor(), dialogs,
                new ProjectConnections(secrets, new DatabaseConnector(), dialogs), () -> project, p -> project = p,
                ProgramConverter.NOT_CONVERTED);
        vm.convert();
    }

    @Test
    void selectingAnObjectShowsItsSourceAndTargetDdl() {
        vm.selectedObjectProperty().set("Shop.customers");
        assertThat(vm.sourceDdlProperty().get()).startsWith("CREATE TABLE `customers`");
        assertThat(vm.targetDdlProperty().get()).startsWith("-- stage: types\nCREATE TYPE shop.customers_status AS ENUM")
                .contains("-- stage: tables\nCREATE TABLE shop.customers (")
                .contains("-- stage: constraints and indexes").contains("-- stage: triggers");
        assertThat(vm.targetObjects()).contains("Shop.customers", "Shop.orders", "Shop.audit_log");
    }

    @Test
    void actionItemsFilterBySeverity() {
        int all = vm.shownItems().size();
        vm.minimumSeverityProperty().set(Severity.MEDIUM);
        assertThat(vm.shownItems()).hasSizeLessThan(all)
                .allMatch(i -> i.severity().ordinal() <= Severity.MEDIUM.ordinal());
    }

    @Test
    void targetDdlEditsAreKeptInTheProjectAndCanBeUndone() {
        vm.selectedObjectProperty().set("Shop.audit_log");
        String edited = vm.targetDdlProperty().get().replace("msg varchar(200)", "msg text");
        vm.editTargetDdl(edited);
        assertThat(project.conversion().editedDdl()).containsKey("TABLES Shop.audit_log");
        assertThat(vm.statements()).anyMatch(s -> s.sql().contains("msg text"));
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(project.conversion().editedDdl()).isEmpty();
        assertThat(vm.statements()).noneMatch(s -> s.sql().contains("msg text"));
    }

    @Test
    void applyToTargetCreatesTheSchemaWithTheEdits() throws Exception {
        vm.selectedObjectProperty().set("Shop.audit_log");
        vm.editTargetDdl(vm.targetDdlProperty().get().replace("msg varchar(200)", "msg text"));
        vm.applyToTarget();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.statusProperty().get()).contains("0 object(s) refused");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = 'shop'"
                        + " AND table_name = 'audit_log' AND column_name = 'msg'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("text");
        }
    }

    @Test
    void applyShowsWhatItWouldDoAsksFirstAndReapplyingOffersSkipOrDropAndRecreate() throws Exception {
        dialogs.confirmAnswers.add(false);
        vm.applyToTarget();
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(auditLogRows()).as("declined: nothing applied").isEqualTo(-1);

        vm.applyToTarget();
        assertThat(auditLogRows()).isZero();

        vm.applyToTarget();
        assertThat(dialogs.choiceQuestions).singleElement().asString().contains("already exist")
                .contains("tables Shop.audit_log").contains("[_Skip existing, _Drop and recreate]");
        assertThat(dialogs.errors).as("no 'already exists' failure").isEmpty();

        pg.execute("INSERT INTO shop.audit_log (msg) VALUES ('kept')");
        dialogs.choiceAnswers.add(0);
        vm.applyToTarget();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.statusProperty().get()).contains("skipped (already present)");
        assertThat(auditLogRows()).as("skip existing keeps the data").isEqualTo(1);

        dialogs.choiceAnswers.add(1);
        vm.applyToTarget();
        assertThat(dialogs.errors).isEmpty();
        assertThat(auditLogRows()).as("dropped and recreated").isZero();
    }

    @Test
    void anObjectPostgresqlRefusesBecomesACriticalItemQuotingTheErrorAndTheRestIsApplied() throws Exception {
        vm.selectedObjectProperty().set("Shop.audit_log");
        vm.editTargetDdl(vm.targetDdlProperty().get().replace("msg varchar(200)", "msg no_such_type"));
        vm.applyToTarget();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.confirmMessages).last().asString().contains("each object in its own savepoint")
                .contains("PostgreSQL would refuse").contains("Shop.audit_log");
        assertThat(auditLogRows()).as("the refused table is left out").isEqualTo(-1);
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT to_regclass('shop.customers') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the rest is applied").isTrue();
        }
        assertThat(vm.shownItems()).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo("APPLY-FAILED");
            assertThat(i.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(i.object()).isEqualTo("Shop.audit_log");
            assertThat(i.message()).contains("no_such_type");
        });
        assertThat(vm.statusProperty().get()).contains("1 object(s) refused", "Not applied: Shop.audit_log");
    }

    @Test
    void allOrNothingAppliesNothingWhenAStatementIsRefused() throws Exception {
        vm.selectedObjectProperty().set("Shop.audit_log");
        vm.editTargetDdl(vm.targetDdlProperty().get().replace("msg varchar(200)", "msg no_such_type"));
        vm.allOrNothingProperty().set(true);
        vm.applyToTarget();
        assertThat(dialogs.errors).singleElement().asString().contains("no_such_type");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT to_regclass('shop.customers') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("nothing applied").isTrue();
        }
    }

    /** Rows in the target's shop.audit_log, -1 when the table does not exist. */
    private long auditLogRows() throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT CASE WHEN to_regclass('shop.audit_log') IS NULL THEN -1 ELSE"
                        + " (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM shop.audit_log',"
                        + " false, true, '')))[1]::text::int END")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void saveAsSqlWritesTheChosenLayout() throws Exception {
        vm.saveAsSql(dir, SqlScriptWriter.Layout.STAGES);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("01-schemas.sql",
                    "02-types.sql", "03-tables.sql", "04-constraints-and-indexes.sql", "07-triggers.sql");
        }
        assertThat(vm.statusProperty().get()).contains("Saved 5 SQL file(s)");
    }

    @Test
    void convertingWithoutACatalogSaysWhatToDo() {
        project = project.withCatalog(null);
        vm.convert();
        assertThat(dialogs.errors).singleElement().asString().contains("Load the source catalog first");
    }

    @Test
    void mappingRulesAreKeptInTheProjectApplyAtTheNextConvertAndCanBeUndone() {
        vm.addRule(new org.dmspilot.model.convert.MappingRule(org.dmspilot.model.convert.MappingRule.Action.RENAME,
                org.dmspilot.model.convert.MappingRule.Target.TABLE, "Shop", "customers", null, "clients"));
        assertThat(project.conversion().rules()).hasSize(1);
        assertThat(vm.statusProperty().get()).contains("Convert again");
        vm.convert();
        assertThat(vm.statements()).anyMatch(s -> s.sql().startsWith("CREATE TABLE shop.clients"));
        vm.undo();
        assertThat(project.conversion().rules()).isEmpty();
        assertThat(vm.rules()).isEmpty();
        vm.convert();
        assertThat(vm.statements()).noneMatch(s -> s.sql().startsWith("CREATE TABLE shop.clients"));
    }

    @Test
    void aReachableSourceDecidesTinyintOneFromItsData() throws Exception {
        TestDatabase maria = Databases.newMariaDbDatabase("conversion_vm_facts");
        maria.execute("CREATE TABLE flags (id int PRIMARY KEY, on_off tinyint(1))", "INSERT INTO flags VALUES (1, 1),"
                + " (2, 0)");
        org.dmspilot.model.catalog.Catalog catalog;
        try (var c = maria.connect()) {
            catalog = new org.dmspilot.core.catalog.LiveCatalogReader(c, "t").read(List.of(maria.database()),
                    org.dmspilot.core.progress.ProgressListener.NONE);
        }
        project = project.withSource(maria.profile()).withCatalog(catalog);
        vm.convert();
        assertThat(vm.statements()).anyMatch(s -> s.sql().contains("on_off smallint"));
        secrets.put(SecretKeys.database(project.id(), ConnectionRole.SOURCE), maria.password().toCharArray());
        vm.convert();
        assertThat(vm.statements()).anyMatch(s -> s.sql().contains("on_off boolean"));
    }
}
