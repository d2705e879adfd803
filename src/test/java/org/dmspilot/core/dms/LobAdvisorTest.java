package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.core.catalog.DumpCatalogReader;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LOB mode follows the catalog's JSON, TEXT and BLOB columns and their largest possible values. */
class LobAdvisorTest {
    @TempDir
    Path dir;

    private Catalog catalog(String ddl) throws Exception {
        Path dump = dir.resolve("dump.sql");
        Files.writeString(dump, "CREATE DATABASE shop;\nUSE shop;\n" + ddl);
        return DumpCatalogReader.read(dump, "shop", ProgressListener.NONE);
    }

    @Test
    void jsonAndLongtextColumnsNeedFullLobMode() throws Exception {
        Catalog catalog = catalog("""
                CREATE TABLE orders (id int PRIMARY KEY, note text, doc json, body longtext, pic blob);
                CREATE TABLE tags (id int PRIMARY KEY, label varchar(40));
                """);
        LobAdvisor.LobChoice choice = LobAdvisor.choose(catalog);

        assertThat(choice.mode()).isEqualTo(DmsOptions.LobMode.FULL);
        assertThat(choice.columns()).extracting(LobAdvisor.LobColumn::qualifiedName)
                .containsExactly("shop.orders.note", "shop.orders.doc", "shop.orders.body", "shop.orders.pic");
        assertThat(choice.forcingFull()).extracting(LobAdvisor.LobColumn::column).containsExactly("doc", "body");
    }

    @Test
    void onlySmallLobsGiveLimitedModeSizedToTheLargest() throws Exception {
        Catalog catalog = catalog("""
                CREATE TABLE posts (id int PRIMARY KEY, title tinytext, body text, thumb tinyblob);
                """);
        LobAdvisor.LobChoice choice = LobAdvisor.choose(catalog);

        assertThat(choice.mode()).isEqualTo(DmsOptions.LobMode.LIMITED);
        assertThat(choice.maxSizeKb()).isEqualTo(64);
        assertThat(choice.forcingFull()).isEmpty();
        assertThat(choice.columns()).hasSize(3);
    }

    @Test
    void noLobColumnsGiveLimitedModeAndNoCatalogGivesFullMode() throws Exception {
        assertThat(LobAdvisor.choose(catalog("CREATE TABLE t (id int PRIMARY KEY, v varchar(10));\n")).mode())
                .isEqualTo(DmsOptions.LobMode.LIMITED);
        assertThat(LobAdvisor.choose(null).mode()).isEqualTo(DmsOptions.LobMode.FULL);
    }
}
