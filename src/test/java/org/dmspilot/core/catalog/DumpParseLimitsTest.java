package org.dmspilot.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dmspilot.core.progress.ProgressListener;
import org.dmspilot.core.sqlparse.ScriptSyntaxException;
import org.dmspilot.testsupport.HeapPeak;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dump statements beyond the parse limits stop with an error naming file and line within seconds. */
class DumpParseLimitsTest {
    private static final String HEADER = "-- MySQL dump 10.13\n-- Server version\t8.0.36\n\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "30 nested parentheses | 30 | 0 | too complex to parse",
        "10,000 nested parentheses | 10000 | 0 | parentheses nested 10001 deep",
        "a 2 MiB statement | 1 | 2097152 | too large to parse",
        "a 30 MB CREATE TABLE (issue 20 item 11: took 6.4 GB) | 1 | 31457280 | too large to parse",
    })
    void aStatementBeyondTheLimitsIsAnErrorNamingFileAndLine(String name, int depth, int padding, String expected)
            throws Exception {
        // Issue 20 items 7 (nested parentheses) and 11 (a 30 MB CREATE TABLE).
        String expression = "(".repeat(depth) + "1" + ")".repeat(depth);
        String comment = padding == 0 ? "" : " COMMENT '" + "x".repeat(padding) + "'";
        Path dump = Files.writeString(dir.resolve("deep.sql"), HEADER + "CREATE TABLE ok (id int);\n"
                + "CREATE TABLE t (a int DEFAULT " + expression + comment + ");\n");
        HeapPeak.reset();
        org.dmspilot.testsupport.CpuTime cpu = org.dmspilot.testsupport.CpuTime.start();
        assertThatThrownBy(() -> DumpCatalogReader.read(dump, "s", ProgressListener.NONE))
                .isInstanceOf(ScriptSyntaxException.class).hasMessageStartingWith("deep.sql:5:")
                .hasMessageContaining(expected);
        assertThat(cpu.elapsed()).as("processor time").isLessThan(Duration.ofSeconds(10));
        assertThat(HeapPeak.bytes()).as("heap, the file's text included").isLessThan(256L << 20);
    }

}
