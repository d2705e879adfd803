package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.progress.CancelledException;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.Event;
import org.dmspilot.model.catalog.Index;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.dmspilot.model.catalog.Trigger;
import org.dmspilot.testsupport.Databases;
import org.dmspilot.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveCatalogReaderTest {
    private static TestDatabase db;
    private static Schema schema;
    private static int roundTrips;

    @BeforeAll
    static void readRichSchema() throws Exception {
        db = Databases.newMariaDbDatabase("live_catalog");
        RichSchema.create(db);
        try (Connection c = db.connect()) {
            LiveCatalogReader reader = new LiveCatalogReader(c, "test");
            Catalog catalog = reader.read(List.of(db.database()), ProgressListener.NONE);
            assertThat(catalog.engine()).isEqualTo(Engine.MARIADB);
            schema = catalog.schema(db.database()).orElseThrow();
            roundTrips = reader.roundTrips();
        }
    }

    private static Column column(String table, String column) {
        return schema.table(table).orElseThrow().column(column).orElseThrow();
    }

    @Test
    void readsEveryObjectKindInItsOrder() {
        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly("audit", "customers", "measurements", "order_lines", "orders", "places");
        assertThat(schema.views()).extracting("name").containsExactly("v_active_customers", "v_order_totals");
        assertThat(schema.routines()).extracting(Routine::name).containsExactly("add_order", "greeting",
                "order_count");
        assertThat(schema.triggers()).extracting(Trigger::name).containsExactly("orders_bi", "orders_bi2",
                "orders_au");
        assertThat(schema.events()).extracting(Event::name).containsExactly("one_shot", "purge_audit");
    }

    @Test
    void tableCarriesEngineCollationAutoIncrementAndComment() {
        Table customers = schema.table("customers").orElseThrow();
        assertThat(customers.engine()).isEqualTo("InnoDB");
        assertThat(customers.collation()).isEqualTo("utf8mb4_unicode_ci");
        assertThat(customers.autoIncrement()).isEqualTo(1000L);
        assertThat(customers.comment()).isEqualTo("People who buy");
        assertThat(schema.table("audit").orElseThrow().engine()).isEqualTo("MyISAM");
    }

    @Test
    void mariaDbQuotedDefaultsBecomeTypedValues() {
        assertThat(column("customers", "name").defaultValue()).isEqualTo(DefaultValue.string("it's"));
        assertThat(column("customers", "latin").defaultValue()).isEqualTo(DefaultValue.string("a\\b"));
        assertThat(column("customers", "balance").defaultValue()).isEqualTo(DefaultValue.number("0.00"));
        assertThat(column("customers", "flags").defaultValue()).isEqualTo(DefaultValue.bit("b'101'"));
        assertThat(column("customers", "created_at").defaultValue())
                .isEqualTo(DefaultValue.expression("current_timestamp()"));
        assertThat(column("orders", "placed").defaultValue())
                .isEqualTo(DefaultValue.expression("current_timestamp(3)"));
        assertThat(column("order_lines", "ref").defaultValue()).isEqualTo(DefaultValue.expression("uuid()"));
        assertThat(column("customers", "born").defaultValue()).isEqualTo(DefaultValue.NULL);
        assertThat(column("customers", "email").defaultValue()).isNull();
        assertThat(column("customers", "id").defaultValue()).isNull();
    }

    @Test
    void columnsCarryTypeDetailsGenerationInvisibilityAndOnUpdate() {
        Column id = column("customers", "id");
        assertThat(id.columnType()).isEqualTo("int(10) unsigned");
        assertThat(id.unsigned()).isTrue();
        assertThat(id.autoIncrement()).isTrue();
        assertThat(column("customers", "zf").zerofill()).isTrue();
        Column latin = column("customers", "latin");
        assertThat(latin.charset()).isEqualTo("latin1");
        assertThat(latin.collation()).isEqualTo("latin1_bin");
        assertThat(latin.length()).isEqualTo(10L);
        Column balance = column("customers", "balance");
        assertThat(balance.precision()).isEqualTo(10L);
        assertThat(balance.scale()).isEqualTo(2L);
        assertThat(column("orders", "placed").datetimePrecision()).isEqualTo(3L);
        assertThat(column("customers", "full_name").generated().stored()).isFalse();
        assertThat(column("customers", "full_name").generated().expression()).contains("concat");
        assertThat(column("customers", "email_lower").generated().stored()).isTrue();
        assertThat(column("customers", "secret").invisible()).isTrue();
        assertThat(column("customers", "created_at").onUpdate()).isEqualTo("current_timestamp()");
        assertThat(column("customers", "status").columnType()).isEqualTo("enum('new','active','gone')");
    }

    @Test
    void indexesIncludePrimaryPrefixDescendingFulltextAndSpatial() {
        Table customers = schema.table("customers").orElseThrow();
        assertThat(customers.indexes()).extracting(Index::name)
                .containsExactly("PRIMARY", "ft_notes", "idx_name_prefix", "uq_email");
        assertThat(customers.primaryKey().orElseThrow().columnNames()).containsExactly("id");
        Index prefix = customers.indexes().get(2);
        assertThat(prefix.parts()).containsExactly(new IndexPart("name", 10, null, false),
                new IndexPart("status", null, null, true));
        assertThat(customers.indexes().get(1).type()).isEqualTo("FULLTEXT");
        assertThat(customers.indexes().get(1).comment()).isEqualTo("search");
        assertThat(customers.indexes().get(3).unique()).isTrue();
        assertThat(schema.table("places").orElseThrow().indexes().get(1).type()).isEqualTo("SPATIAL");
        assertThat(schema.table("order_lines").orElseThrow().primaryKey().orElseThrow().columnNames())
                .containsExactly("order_id", "line_no");
    }

    @Test
    void foreignKeysChecksAndPartitionsAreRead() {
        var fk = schema.table("orders").orElseThrow().foreignKeys().get(0);
        assertThat(fk.name()).isEqualTo("fk_orders_customer");
        assertThat(fk.columns()).containsExactly("customer_id");
        assertThat(fk.referencedTable()).isEqualTo("customers");
        assertThat(fk.referencedColumns()).containsExactly("id");
        assertThat(fk.onDelete()).isEqualTo("CASCADE");
        assertThat(fk.onUpdate()).isEqualTo("RESTRICT");
        assertThat(schema.table("customers").orElseThrow().checks()).extracting("name", "clause")
                .contains(org.assertj.core.groups.Tuple.tuple("chk_balance", "`balance` >= 0"));
        var partitioning = schema.table("measurements").orElseThrow().partitioning();
        assertThat(partitioning.method()).isEqualTo("RANGE");
        assertThat(partitioning.partitions()).extracting("name", "description").containsExactly(
                org.assertj.core.groups.Tuple.tuple("p0", "100"),
                org.assertj.core.groups.Tuple.tuple("pmax", "MAXVALUE"));
    }

    @Test
    void viewsRoutinesTriggersAndEventsCarryTheirCharacteristics() {
        var view = schema.views().get(0);
        assertThat(view.algorithm()).isEqualTo("MERGE");
        assertThat(view.security()).isEqualTo("INVOKER");
        assertThat(view.checkOption()).isEqualTo("CASCADED");
        assertThat(view.definition()).contains("`status` = 'active'");
        Routine addOrder = schema.routines().get(0);
        assertThat(addOrder.type()).isEqualTo(Routine.Type.PROCEDURE);
        assertThat(addOrder.parameters()).containsExactly(
                new Routine.Parameter("p_customer", Routine.Mode.IN, "int(10) unsigned"),
                new Routine.Parameter("p_total", Routine.Mode.IN, "decimal(12,2)"),
                new Routine.Parameter("p_id", Routine.Mode.OUT, "bigint(20)"));
        assertThat(addOrder.body()).startsWith("BEGIN").contains("LAST_INSERT_ID()");
        assertThat(addOrder.sqlDataAccess()).isEqualTo("MODIFIES SQL DATA");
        assertThat(addOrder.comment()).isEqualTo("adds an order");
        assertThat(addOrder.sqlMode()).contains("STRICT_TRANS_TABLES");
        Routine count = schema.routines().get(2);
        assertThat(count.returnType()).isEqualTo("int(11)");
        assertThat(count.deterministic()).isTrue();
        assertThat(schema.routines().get(1).security()).isEqualTo("INVOKER");
        Trigger second = schema.triggers().get(1);
        assertThat(second.timing()).isEqualTo(Trigger.Timing.BEFORE);
        assertThat(second.event()).isEqualTo(Trigger.RowEvent.INSERT);
        assertThat(second.order()).isEqualTo(2);
        Event purge = schema.events().get(1);
        assertThat(purge.recurring()).isTrue();
        assertThat(purge.intervalField()).isEqualTo("DAY");
        assertThat(purge.starts()).isEqualTo("2030-01-01 00:00:00");
        assertThat(purge.status()).isEqualTo("DISABLED");
        assertThat(schema.events().get(0).executeAt()).isEqualTo("2031-01-01 00:00:00");
        assertThat(schema.events().get(0).preserve()).isTrue();
    }

    @Test
    void roundTripsDoNotGrowWithTheNumberOfTables() throws Exception {
        TestDatabase big = Databases.newMariaDbDatabase("live_catalog_many");
        List<String> ddl = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ddl.add("CREATE TABLE t" + i + " (id INT PRIMARY KEY, v VARCHAR(10), KEY k (v))");
        }
        big.execute(ddl.toArray(String[]::new));
        try (Connection c = big.connect()) {
            LiveCatalogReader reader = new LiveCatalogReader(c, "test");
            Catalog catalog = reader.read(List.of(big.database(), db.database()), ProgressListener.NONE);
            assertThat(catalog.schemas()).hasSize(2);
            assertThat(catalog.schema(big.database()).orElseThrow().tables()).hasSize(60);
            assertThat(reader.roundTrips()).isEqualTo(roundTrips).isLessThanOrEqualTo(15);
        }
    }

    @Test
    void cancellingStopsTheRead() throws Exception {
        ProgressListener cancelAfterTwoSteps = new ProgressListener() {
            private int steps;

            @Override
            public void progress(long done, long total, String message) {
                steps++;
            }

            @Override
            public boolean isCancelled() {
                return steps >= 2;
            }
        };
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> new LiveCatalogReader(c, "test").read(List.of(db.database()),
                    cancelAfterTwoSteps)).isInstanceOf(CancelledException.class);
        }
    }

    @Test
    void unknownSchemaIsReportedByName() throws Exception {
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> new LiveCatalogReader(c, "test").read(List.of("no_such_schema"),
                    ProgressListener.NONE)).isInstanceOf(DmsPilotException.class)
                    .hasMessageContaining("no_such_schema");
        }
    }
}
