package org.dmspilot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.dmspilot.cli.Cli;
import org.dmspilot.core.catalog.LiveCatalogReader;
import org.dmspilot.core.convert.sql.SqlPrograms;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.report.Assessment;
import org.dmspilot.core.report.Assessment.CodeObject;
import org.dmspilot.core.report.Assessments;
import org.dmspilot.core.report.CodeObjectState;
import org.dmspilot.core.report.ObjectCategory;
import org.dmspilot.core.verify.ObjectProbes;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.convert.ConversionSettings;
import org.dmspilot.model.convert.Severity;
import org.dmspilot.model.convert.Stage;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The honest assessment on sakila (loaded as published into MariaDB): with a PostgreSQL target every view, function,
 * procedure and trigger is applied in a rolled-back transaction and probed against the live source; without one
 * nothing is claimed verified; an object PostgreSQL refuses, or one that behaves differently, needs work.
 */
class SakilaAssessmentTest {
    static TestDatabase source;

    @BeforeAll
    static void loadSakila() throws Exception {
        TestDatabase scratch = Databases.newSourceDatabase(Engine.MARIADB, "assess_sakila");
        try (Connection c = scratch.withDatabase("mysql").connect()) {
            c.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
            CorpusSchema.SAKILA.load(c);
        }
        source = scratch.withDatabase("sakila");
    }

    @Test
    void withATargetEveryCodeObjectIsAppliedProbedAndVerifiedAndNothingStaysOnTheTarget() throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("assess_sakila_verify");
        Path out = Path.of("target", "assess-sakila", "verified"); // kept for a look at the report
        Cli.Run r = Cli.run("assess", "--source", source.jdbcUrlWithCredentials(), "--target", pg.jdbcUrlWithCredentials(),
                "--probe-writes", "--out", out.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).as(r.out()).contains("Code objects: 19, 100.0 % verified equivalent (19 verified"
                + " equivalent, 0 converted but not verified, 0 need work)")
                .contains("applied, about").contains("rolled back").doesNotContain(Databases.ADMIN_PASSWORD);
        List<org.apache.commons.csv.CSVRecord> csv;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .build().parse(Files.newBufferedReader(out.resolve("assessment-code-objects.csv")))) {
            csv = parser.getRecords();
        }
        assertThat(csv).hasSize(19).allSatisfy(rec -> {
            assertThat(rec.get("State")).isEqualTo("verified equivalent");
            assertThat(rec.get("Evidence")).startsWith("applied and probed equal");
        });
        assertThat(Files.readString(out.resolve("assessment-report.html")))
                .contains("19: 19 verified equivalent, 0 converted but not verified, 0 need work");
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_namespace WHERE nspname = 'sakila'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the verification's transaction was rolled back").isZero();
        }
    }

    @Test
    void withoutATargetNoCodeObjectIsClaimedVerified() {
        Path out = Path.of("target", "assess-sakila", "unverified");
        Cli.Run r = Cli.run("assess", "--source", source.jdbcUrlWithCredentials(), "--out", out.toString(), "--format",
                "html,csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Code objects: 19, 0.0 % verified equivalent (0 verified equivalent,")
                .contains("Not verified: no PostgreSQL target to apply and probe them on");
    }

    @Test
    void anObjectPostgresqlRefusesOrThatBehavesDifferentlyNeedsWorkAndIsNotConvertedAutomatically()
            throws Exception {
        TestDatabase pg = Databases.newPostgresDatabase("assess_sakila_edits");
        ConversionSettings settings = ConversionSettings.defaults().withEditedDdl(Map.of(
                ConversionSettings.ddlKey(Stage.VIEWS, "sakila.staff_list"),
                "CREATE VIEW sakila.staff_list AS SELECT no_such_column FROM sakila.staff",
                ConversionSettings.ddlKey(Stage.ROUTINES, "sakila.inventory_in_stock"),
                "CREATE FUNCTION sakila.inventory_in_stock(p integer) RETURNS boolean LANGUAGE sql"
                        + " AS $$ SELECT false $$"));
        Assessment a;
        try (Connection s = source.connect(); Connection t = pg.connect()) {
            Catalog catalog = new LiveCatalogReader(s, "test").read(List.of("sakila"), ProgressListener.NONE);
            a = Assessments.live(s, catalog, settings, new SqlPrograms(), t, ObjectProbes.Scope.READS,
                    ProgressListener.NONE);
        }
        CodeObject staffList = object(a, "sakila.staff_list");
        assertThat(staffList.state()).isEqualTo(CodeObjectState.NEEDS_WORK);
        assertThat(staffList.evidence()).contains("PostgreSQL refused it", "APPLY-FAILED");
        assertThat(a.items()).anySatisfy(i -> {
            assertThat(i.item().code()).isEqualTo("APPLY-FAILED");
            assertThat(i.item().severity()).isEqualTo(Severity.CRITICAL);
            assertThat(i.item().message()).contains("no_such_column");
        });
        CodeObject inStock = object(a, "sakila.inventory_in_stock");
        assertThat(inStock.state()).isEqualTo(CodeObjectState.NEEDS_WORK);
        assertThat(a.items()).anySatisfy(i -> {
            assertThat(i.item().code()).isEqualTo("PROBE-DIFFERENT");
            assertThat(i.item().object()).isEqualTo("sakila.inventory_in_stock");
        });
        var views = a.categories().stream().filter(c -> c.category() == ObjectCategory.VIEW).findFirst()
                .orElseThrow();
        assertThat(views.convertedAutomatically()).as("the refused view is not 'converted automatically'")
                .isLessThan(views.objects());
        List<CodeObject> writers = a.codeObjects().stream().filter(o -> o.category() == ObjectCategory.PROCEDURE
                || o.category() == ObjectCategory.TRIGGER).toList();
        assertThat(writers).as("procedures and triggers are not probed without writes").hasSize(9)
                .noneMatch(o -> o.state() == CodeObjectState.VERIFIED_EQUIVALENT)
                .filteredOn(o -> o.state() == CodeObjectState.CONVERTED_NOT_VERIFIED).isNotEmpty()
                .allMatch(o -> o.evidence().contains("only when writes"));
        assertThat(object(a, "sakila.actor_info").state()).isEqualTo(CodeObjectState.VERIFIED_EQUIVALENT);
    }

    private static CodeObject object(Assessment a, String name) {
        return a.codeObjects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + a.codeObjects()));
    }
}
