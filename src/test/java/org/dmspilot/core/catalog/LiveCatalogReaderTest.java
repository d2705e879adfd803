package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live catalog of one rich schema on MariaDB and on Oracle MySQL, read once per server for the whole class. Where
 * the servers store a thing differently (MySQL drops integer display widths, cannot tell DEFAULT NULL from no
 * default, wraps CHECK clauses in parentheses), each expectation says which server gives what.
 */
class LiveCatalogReaderTest {
    private static final Map<Engine, Read> READS = new EnumMap<>(Engine.class);

    /** The rich schema as read on one server, and the reader's round trips for it. */
    private record Read(TestDatabase db, Schema schema, int roundTrips) {
    }

    private static synchronized Read read(Engine engine) throws Exception {
        Read r = READS.get(engine);
        if (r == null) {
            TestDatabase db = Databases.newSourceDatabase(engine, "live_catalog");
            RichSchema.create(db);
            try (Connection c = db.connect()) {
                LiveCatalogReader reader = new LiveCatalogReader(c, "test");
                Catalog catalog = reader.read(List.of(db.database()), ProgressListener.NONE);
                assertThat(catalog.engine()).isEqualTo(engine);
                r = new Read(db, catalog.schema(db.database()).orElseThrow(), reader.roundTrips());
            }
            READS.put(engine, r);
        }
        return r;
    }

    private static Column column(Schema schema, String table, String column) {
        return schema.table(table).orElseThrow().column(column).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void readsEveryObjectKindInItsOrder(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly("audit", "customers", "measurements", "order_lines", "orders", "places");
        assertThat(schema.views()).extracting("name").containsExactly("v_active_customers", "v_order_totals");
        assertThat(schema.routines()).extracting(Routine::name).containsExactly("add_order", "greeting",
                "order_count");
        assertThat(schema.triggers()).extracting(Trigger::name).containsExactly("orders_bi", "orders_bi2",
                "orders_au");
        assertThat(schema.events()).extracting(Event::name).containsExactly("one_shot", "purge_audit");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void tableCarriesEngineCollationAutoIncrementAndComment(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
        Table customers = schema.table("customers").orElseThrow();
        assertThat(customers.engine()).isEqualTo("InnoDB");
        assertThat(customers.collation()).isEqualTo("utf8mb4_unicode_ci");
        assertThat(customers.autoIncrement()).isEqualTo(1000L);
        assertThat(customers.comment()).isEqualTo("People who buy");
        assertThat(schema.table("audit").orElseThrow().engine()).isEqualTo("MyISAM");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void defaultsQuotedOnMariaDbAndBareOnMysqlBecomeTheSameTypedValues(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
        assertThat(column(schema, "customers", "name").defaultValue()).isEqualTo(DefaultValue.string("it's"));
        assertThat(column(schema, "customers", "latin").defaultValue()).isEqualTo(DefaultValue.string("a\\b"));
        assertThat(column(schema, "customers", "balance").defaultValue()).isEqualTo(DefaultValue.number("0.00"));
        assertThat(column(schema, "customers", "flags").defaultValue()).isEqualTo(DefaultValue.bit("b'101'"));
        assertThat(column(schema, "customers", "created_at").defaultValue())
                .isEqualTo(DefaultValue.expression("current_timestamp()"));
        assertThat(column(schema, "orders", "placed").defaultValue())
                .isEqualTo(DefaultValue.expression("current_timestamp(3)"));
        assertThat(column(schema, "order_lines", "ref").defaultValue()).isEqualTo(DefaultValue.expression("uuid()"));
        assertThat(column(schema, "customers", "born").defaultValue()).isEqualTo(DefaultValue.NULL);
        assertThat(column(schema, "customers", "email").defaultValue()).isNull();
        assertThat(column(schema, "customers", "id").defaultValue()).isNull();
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void columnsCarryTypeDetailsGenerationInvisibilityAndOnUpdate(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
        Column id = column(schema, "customers", "id");
        boolean mysql = engine == Engine.MYSQL; // MySQL 8.0.19+ drops integer display widths
        assertThat(id.columnType()).isEqualTo(mysql ? "int unsigned" : "int(10) unsigned");
        assertThat(id.unsigned()).isTrue();
        assertThat(id.autoIncrement()).isTrue();
        assertThat(column(schema, "customers", "zf").zerofill()).isTrue();
        Column latin = column(schema, "customers", "latin");
        assertThat(latin.charset()).isEqualTo("latin1");
        assertThat(latin.collation()).isEqualTo("latin1_bin");
        assertThat(latin.length()).isEqualTo(10L);
        Column balance = column(schema, "customers", "balance");
        assertThat(balance.precision()).isEqualTo(10L);
        assertThat(balance.scale()).isEqualTo(2L);
        assertThat(column(schema, "orders", "placed").datetimePrecision()).isEqualTo(3L);
        assertThat(column(schema, "customers", "full_name").generated().stored()).isFalse();
        assertThat(column(schema, "customers", "full_name").generated().expression()).contains("concat");
        assertThat(column(schema, "customers", "email_lower").generated().stored()).isTrue();
        assertThat(column(schema, "customers", "secret").invisible()).isTrue();
        assertThat(column(schema, "customers", "created_at").onUpdate()).isEqualTo("current_timestamp()");
        assertThat(column(schema, "customers", "status").columnType()).isEqualTo("enum('new','active','gone')");
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void indexesIncludePrimaryPrefixDescendingFulltextAndSpatial(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
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

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void foreignKeysChecksAndPartitionsAreRead(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
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

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void viewsRoutinesTriggersAndEventsCarryTheirCharacteristics(Engine engine) throws Exception {
        Schema schema = read(engine).schema();
        var view = schema.views().get(0);
        // MySQL's information_schema.VIEWS has no ALGORITHM column (only SHOW CREATE VIEW tells it)
        assertThat(view.algorithm()).isEqualTo(engine == Engine.MYSQL ? null : "MERGE");
        assertThat(view.security()).isEqualTo("INVOKER");
        assertThat(view.checkOption()).isEqualTo("CASCADED");
        assertThat(view.definition()).contains("`status` = 'active'");
        Routine addOrder = schema.routines().get(0);
        assertThat(addOrder.type()).isEqualTo(Routine.Type.PROCEDURE);
        boolean mysql = engine == Engine.MYSQL; // MySQL 8.0.19+ drops integer display widths
        assertThat(addOrder.parameters()).containsExactly(
                new Routine.Parameter("p_customer", Routine.Mode.IN, mysql ? "int unsigned" : "int(10) unsigned"),
                new Routine.Parameter("p_total", Routine.Mode.IN, "decimal(12,2)"),
                new Routine.Parameter("p_id", Routine.Mode.OUT, mysql ? "bigint" : "bigint(20)"));
        assertThat(addOrder.body()).startsWith("BEGIN").contains("LAST_INSERT_ID()");
        assertThat(addOrder.sqlDataAccess()).isEqualTo("MODIFIES SQL DATA");
        assertThat(addOrder.comment()).isEqualTo("adds an order");
        assertThat(addOrder.sqlMode()).contains("STRICT_TRANS_TABLES");
        Routine count = schema.routines().get(2);
        assertThat(count.returnType()).isEqualTo(mysql ? "int" : "int(11)");
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

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void roundTripsDoNotGrowWithTheNumberOfTables(Engine engine) throws Exception {
        TestDatabase db = read(engine).db();
        TestDatabase big = Databases.newSourceDatabase(engine, "live_catalog_many");
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
            assertThat(reader.roundTrips()).isEqualTo(read(engine).roundTrips()).isLessThanOrEqualTo(15);
        }
    }

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void cancellingStopsTheRead(Engine engine) throws Exception {
        TestDatabase db = read(engine).db();
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

    @ParameterizedTest
    @MethodSource("org.dmspilot.testsupport.Databases#sourceEngines")
    void unknownSchemaIsReportedByName(Engine engine) throws Exception {
        TestDatabase db = read(engine).db();
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> new LiveCatalogReader(c, "test").read(List.of("no_such_schema"),
                    ProgressListener.NONE)).isInstanceOf(DmsPilotException.class)
                    .hasMessageContaining("no_such_schema");
        }
    }
}
