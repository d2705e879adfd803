package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sqlparse.ScriptSyntaxException;
import org.dmspilot.model.Engine;
import org.dmspilot.model.catalog.Catalog;
import org.dmspilot.model.catalog.Column;
import org.dmspilot.model.catalog.DefaultValue;
import org.dmspilot.model.catalog.IndexPart;
import org.dmspilot.model.catalog.Routine;
import org.dmspilot.model.catalog.Schema;
import org.dmspilot.model.catalog.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpCatalogReaderTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (var in = getClass().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void mysql80DumpReadsIntoTheModelWithMysqlSpellingsNormalised() throws Exception {
        Catalog catalog = DumpCatalogReader.read(resource("mysql80-shop.sql"), null, ProgressListener.NONE);
        assertThat(catalog.engine()).isEqualTo(Engine.MYSQL);
        assertThat(catalog.serverVersion()).isEqualTo("8.0.36");
        Schema shop = catalog.schema("shop").orElseThrow();
        assertThat(shop.tables()).extracting(Table::name).containsExactly("customers");
        Table t = shop.tables().get(0);
        assertThat(t.collation()).isEqualTo("utf8mb4_0900_ai_ci");
        assertThat(t.autoIncrement()).isEqualTo(3L);
        assertThat(t.comment()).isEqualTo("buyers");
        Column id = t.column("id").orElseThrow();
        assertThat(id.columnType()).isEqualTo("int unsigned");
        assertThat(id.precision()).isEqualTo(10L);
        Column email = t.column("email").orElseThrow();
        assertThat(email.charset()).isEqualTo("utf8mb4");
        assertThat(email.collation()).isEqualTo("utf8mb4_bin");
        Column name = t.column("name").orElseThrow();
        assertThat(name.collation()).isEqualTo("latin1_swedish_ci");
        assertThat(name.defaultValue()).isEqualTo(DefaultValue.string("it's"));
        assertThat(t.column("created_at").orElseThrow().defaultValue())
                .isEqualTo(DefaultValue.expression("current_timestamp()"));
        assertThat(t.column("created_at").orElseThrow().onUpdate()).isEqualTo("current_timestamp()");
        assertThat(t.column("ref").orElseThrow().defaultValue())
                .isEqualTo(DefaultValue.expression("uuid_to_bin(uuid())"));
        assertThat(t.column("score").orElseThrow().defaultValue()).isEqualTo(DefaultValue.number("0.00"));
        assertThat(t.column("active").orElseThrow().defaultValue()).isEqualTo(DefaultValue.number("1"));
        assertThat(t.column("active").orElseThrow().columnType()).isEqualTo("tinyint(1)");
        assertThat(t.column("doc").orElseThrow().dataType()).isEqualTo("json");
        assertThat(t.column("notes").orElseThrow().defaultValue()).isEqualTo(DefaultValue.NULL);
        assertThat(t.indexes().get(1).name()).isEqualTo("idx_lower");
        assertThat(t.indexes().get(1).parts()).containsExactly(new IndexPart(null, null, "lower(`email`)", false));
        assertThat(t.checks().get(0).clause()).isEqualTo("`score` >= 0");
        assertThat(shop.views()).hasSize(1);
        assertThat(shop.views().get(0).definition()).isEqualTo(
                "select `customers`.`id` AS `id` from `customers` where (`customers`.`active` = 1)");
        assertThat(shop.views().get(0).algorithm()).isEqualTo("UNDEFINED");
        Routine touch = shop.routines().get(0);
        assertThat(touch.parameters()).containsExactly(new Routine.Parameter("p_id", Routine.Mode.IN, "int"),
                new Routine.Parameter("p_count", Routine.Mode.INOUT, "bigint unsigned"));
        assertThat(touch.body()).startsWith("BEGIN").endsWith("END").contains("-- a comment with ; inside");
        assertThat(touch.sqlMode()).isEqualTo("STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION");
        assertThat(touch.comment()).isEqualTo("stamps a row");
        assertThat(touch.definer()).isEqualTo("root@localhost");
        assertThat(shop.triggers().get(0).sqlMode()).isEqualTo("ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE");
        assertThat(shop.triggers().get(0).body()).isEqualTo("SET NEW.name = TRIM(NEW.name)");
    }

    @Test
    void placeholderTableOfAViewIsReplacedByTheView() throws Exception {
        Schema shop = DumpCatalogReader.read(resource("mysql80-shop.sql"), null, ProgressListener.NONE)
                .schema("shop").orElseThrow();
        assertThat(shop.tables()).extracting(Table::name).doesNotContain("v_active");
    }

    @Test
    void multiDatabaseDumpFollowsUseStatements() throws Exception {
        Path file = write("two.sql", """
                -- MariaDB dump 10.19-11.4.5-MariaDB, for linux-systemd (x86_64)
                -- Server version\t11.4.5-MariaDB-log
                CREATE DATABASE /*!32312 IF NOT EXISTS*/ `a` /*!40100 DEFAULT CHARACTER SET latin1 */;
                USE `a`;
                CREATE TABLE `t` (`id` int(11) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=latin1;
                CREATE DATABASE `b`;
                USE `b`;
                CREATE TABLE `u` (`x` varchar(3) DEFAULT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
                """);
        Catalog c = DumpCatalogReader.read(file, null, ProgressListener.NONE);
        assertThat(c.schemas()).extracting(Schema::name).containsExactly("a", "b");
        assertThat(c.schema("a").orElseThrow().defaultCollation()).isEqualTo("latin1_swedish_ci");
        assertThat(c.schema("a").orElseThrow().tables()).extracting(Table::name).containsExactly("t");
        assertThat(c.schema("b").orElseThrow().tables().get(0).column("x").orElseThrow().collation())
                .isEqualTo("utf8mb4_bin");
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws Exception {
        Path file = write("bad.sql", """
                -- MariaDB dump 10.19-11.4.5-MariaDB
                -- Server version\t11.4.5-MariaDB
                CREATE TABLE `ok` (`id` int(11) NOT NULL);

                CREATE TABLE `broken` (
                  `id` int(11) NOT NULL,
                  `name` varchar(20) DEFALT 'x'
                );
                """);
        assertThatThrownBy(() -> DumpCatalogReader.read(file, null, ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageStartingWith("bad.sql:7:")
                .satisfies(e -> assertThat(((ScriptSyntaxException) e).line()).isEqualTo(7));
    }

    @Test
    void truncatedDumpSaysTheStatementIsNotTerminated() throws Exception {
        String full = Files.readString(resource("mysql80-shop.sql"));
        Path file = write("cut.sql", full.substring(0, full.indexOf("PRIMARY KEY (`id`)")));
        assertThatThrownBy(() -> DumpCatalogReader.read(file, null, ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageContaining("cut.sql:20:1")
                .hasMessageContaining("not terminated");
    }

    @Test
    void dumpCutInsideAStringSaysWhereTheStringStarts() throws Exception {
        String full = Files.readString(resource("mysql80-shop.sql"));
        Path file = write("cut2.sql", full.substring(0, full.indexOf("not a statement end")));
        assertThatThrownBy(() -> DumpCatalogReader.read(file, null, ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageContaining("cut2.sql:43:41")
                .hasMessageContaining("never ends");
    }

    @Test
    void garbledTextIsRejectedWithItsPosition() throws Exception {
        Path file = write("garbled.sql", "-- MySQL dump 10.13\n-- Server version\t8.0.36\n\nCRXATE TABLE t (id int);\n");
        assertThatThrownBy(() -> DumpCatalogReader.read(file, null, ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageContaining("garbled.sql:4:1")
                .hasMessageContaining("CRXATE");
    }

    @Test
    void binaryFileIsRejectedQuickly() throws Exception {
        byte[] bytes = new byte[200_000];
        new java.util.Random(42).nextBytes(bytes);
        Path file = Files.write(dir.resolve("random.bin"), bytes);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> DumpCatalogReader.read(file, null, ProgressListener.NONE))
                        .isInstanceOf(ScriptSyntaxException.class)
                        .hasMessageContaining("random.bin:"));
    }

    @Test
    void fileWithoutAnyDumpContentIsNotADump() throws Exception {
        Path file = write("notes.sql", "-- just a comment\n");
        assertThatThrownBy(() -> DumpCatalogReader.read(file, null, ProgressListener.NONE))
                .hasMessageContaining("not a MySQL/MariaDB dump");
    }

    @Test
    void missingFileIsReportedByName() {
        assertThatThrownBy(() -> DumpCatalogReader.read(dir.resolve("nowhere.sql"), null, ProgressListener.NONE))
                .hasMessageContaining("not found").hasMessageContaining("nowhere.sql");
    }

    @Test
    void largeDataDumpIsStreamedStatementByStatement() throws Exception {
        Path file = dir.resolve("big.sql");
        String row = "(1,'" + "x".repeat(1000) + "; -- not a comment /* nor this */'),";
        try (var w = Files.newBufferedWriter(file)) {
            w.write("-- MariaDB dump 10.19-11.4.5-MariaDB\n-- Server version\t11.4.5-MariaDB\n");
            w.write("CREATE TABLE `t` (`id` int(11) NOT NULL, `s` text DEFAULT NULL, PRIMARY KEY (`id`));\n");
            for (int i = 0; i < 40; i++) {
                w.write("INSERT INTO `t` VALUES ");
                for (int j = 0; j < 1000; j++) {
                    w.write(row);
                }
                w.write("(2,'end');\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(40_000_000L);
        Catalog c = DumpCatalogReader.read(file, "db", ProgressListener.NONE);
        assertThat(c.schema("db").orElseThrow().tables()).hasSize(1);
    }

    @Test
    void randomlyGarbledDumpsEitherReadOrFailWithAPositionNeverCrashOrHang() throws Exception {
        byte[] original = Files.readAllBytes(resource("mysql80-shop.sql"));
        String printable = "abcXYZ019 ;'`\"()*/-#\n\\=,.";
        for (int seed = 0; seed < 40; seed++) {
            java.util.Random random = new java.util.Random(seed);
            byte[] bytes = original.clone();
            for (int k = 0; k < 1 + seed % 12; k++) {
                bytes[random.nextInt(bytes.length)] = (byte) printable.charAt(random.nextInt(printable.length()));
            }
            Path file = Files.write(dir.resolve("garbled-" + seed + ".sql"), bytes);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                try {
                    DumpCatalogReader.read(file, null, ProgressListener.NONE);
                } catch (ScriptSyntaxException e) {
                    assertThat(e.getMessage()).startsWith(file.getFileName() + ":");
                    assertThat(e.line()).isPositive();
                }
            }, "seed " + seed);
        }
    }

    @Test
    void cancellingStopsReadingADump() throws Exception {
        Path file = resource("mysql80-shop.sql");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        StringBuilder many = new StringBuilder(Files.readString(file));
        for (int i = 0; i < 500; i++) {
            many.append("SET @x = ").append(i).append(";\n");
        }
        Path big = write("many.sql", many.toString());
        assertThatThrownBy(() -> DumpCatalogReader.read(big, null, cancelled))
                .isInstanceOf(org.dmspilot.core.progress.CancelledException.class);
    }
}
