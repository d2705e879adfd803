package org.dmspilot.core.convert;

import org.dmspilot.core.convert.sql.SqlExpressions;
import org.dmspilot.model.convert.ConversionOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dmspilot.core.convert.CatalogFixtures.*;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.View;
import org.dmspilot.model.convert.ConversionResult;
import org.dmspilot.model.convert.ConvertedStatement;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class ConverterTest {
    @Test
    void schemasAreMergedStageByStageAndApplyAsOneScript() throws Exception {
        Schema billing = new Schema("billing", "utf8mb4", "utf8mb4_general_ci", List.of(
                table("invoices", 1L, List.of(autoIncrement(col("id", "int(10) unsigned")),
                        notNull(col("customer_id", "int(10) unsigned"))), List.of(pk("id")),
                        List.of(new org.dmspilot.model.catalog.ForeignKey("fk_inv_customer", List.of("customer_id"),
                                "Shop", "customers", List.of("id"), "CASCADE", "RESTRICT")), List.of())),
                List.of(new View("open_invoices", "select 1", "UNDEFINED", "DEFINER", "NONE", "root@%")),
                List.of(), List.of(), List.of());
        Catalog catalog = new Catalog(Engine.MARIADB, "11.4.5", "test", Instant.EPOCH,
                List.of(billing, SchemaConverterTest.shop()));
        ConversionResult result = new Converter(ConversionOptions.defaults(), new SqlExpressions("test"),
                ProgramConverter.NOT_CONVERTED, MappingRules.none())
                .convert(catalog, s -> FactsSource.NONE, ProgressListener.NONE);

        List<Integer> stages = result.statements().stream().map(s -> s.stage().ordinal()).toList();
        assertThat(stages).isSorted();
        assertThat(result.statements()).extracting(ConvertedStatement::sql)
                .filteredOn(s -> s.startsWith("CREATE SCHEMA")).hasSize(2);
        assertThat(result.actionItems()).extracting(a -> a.code() + " " + a.object())
                .contains("OBJECT-NOT-CONVERTED billing.open_invoices");

        TestDatabase pg = Databases.newPostgresDatabase("converter_two_schemas");
        try (Connection c = pg.connect()) {
            SchemaApplier.apply(c, result.statements(), ProgressListener.NONE);
        }
    }
}
