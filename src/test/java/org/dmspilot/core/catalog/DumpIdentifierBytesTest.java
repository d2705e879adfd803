package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sqlparse.ScriptSyntaxException;
import org.dmspilot.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 item 11: bytes in a dump's identifiers that cannot be a name are refused with file:line:column instead of
 * becoming a table named with U+FFFD (invalid UTF-8) or with a NUL; binary bytes inside string data stay readable.
 */
class DumpIdentifierBytesTest {
    private static final String HEADER = "-- MySQL dump 10.13\n-- Server version\t8.0.36\n\n";

    @TempDir
    Path dir;

    private Path dump(byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(HEADER.getBytes(StandardCharsets.UTF_8));
        for (byte[] p : parts) {
            out.write(p);
        }
        return Files.write(dir.resolve("names.sql"), out.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void invalidUtf8InABacktickIdentifierIsRefusedAtItsByte() throws Exception {
        Path file = dump(utf8("CREATE TABLE ok (id int);\nCREATE TABLE `caf"), new byte[] {(byte) 0xe9},
                utf8("` (id int);\n"));

        assertThatThrownBy(() -> DumpCatalogReader.read(file, "s", ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageStartingWith("names.sql:5:18: bytes that are not UTF-8")
                .hasMessageContaining("quoted identifier starting at line 5, column 14")
                .hasMessageContaining("--default-character-set=utf8mb4");
    }

    @Test
    void aNulInsideABacktickIdentifierIsRefusedAtItsByte() throws Exception {
        Path file = dump(utf8("CREATE TABLE `a\0b` (id int);\n"));

        assertThatThrownBy(() -> DumpCatalogReader.read(file, "s", ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageStartingWith("names.sql:4:16: a NUL character inside the quoted identifier");
    }

    @Test
    void invalidUtf8OutsideStringsIsRefusedToo() throws Exception {
        Path file = dump(utf8("CREATE TABLE t"), new byte[] {(byte) 0xff}, utf8(" (id int);\n"));

        assertThatThrownBy(() -> DumpCatalogReader.read(file, "s", ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class)
                .hasMessageStartingWith("names.sql:4:15: bytes that are not UTF-8 (or the replacement character"
                        + " U+FFFD) outside any string");
    }

    @Test
    void utf8NamesAndBinaryBytesInsideStringDataAreRead() throws Exception {
        Path file = dump(utf8("CREATE TABLE `café` (id int, b blob);\nINSERT INTO `café` VALUES (1, '"),
                new byte[] {(byte) 0xff, (byte) 0xe9, 0}, utf8("');\n"));

        Catalog catalog = DumpCatalogReader.read(file, "s", ProgressListener.NONE);

        assertThat(catalog.schemas().get(0).tables()).extracting(t -> t.name()).containsExactly("café");
    }
}
