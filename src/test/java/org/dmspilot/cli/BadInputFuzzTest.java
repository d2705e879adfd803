package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dmspilot.testsupport.CpuTime;
import org.dmspilot.testsupport.HeapPeak;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Robustness: real dumps (the project's MySQL 8.0 and sandbox dumps) and generated variants of them (truncated,
 * random bytes, deep nesting, huge tokens, NUL and invalid UTF-8 in identifiers), broken mapping and project files
 * and hostile URLs, each run through the command line in-process ({@code catalog}, {@code convert}, {@code assess},
 * {@code migrate}, {@code validate}). Each must end with a known exit code and a one-line message, never a stack
 * trace or an internal error, within 10 s and without more than 1 GB of heap. Seeds are fixed: a failure replays.
 */
class BadInputFuzzTest {
    private static final long SECONDS = 10;
    private static final long HEAP_BYTES = 1L << 30;
    private static final String HEADER = "-- MySQL dump 10.13\n-- Server version\t8.0.36\n\n";

    @TempDir
    static Path dir;

    static Stream<Arguments> dumps() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        byte[] shop = resource("/org/dmspilot/core/catalog/mysql80-shop.sql");
        byte[] shopwave = resource("/org/dmspilot/core/sandbox/shopwave.sql");
        cases.add(Arguments.of("mysql80-shop as is", shop));
        Random random = new Random(20);
        for (int i = 0; i < 6; i++) {
            int cut = random.nextInt(shop.length);
            cases.add(Arguments.of("mysql80-shop truncated at byte " + cut, java.util.Arrays.copyOf(shop, cut)));
        }
        for (int i = 0; i < 6; i++) {
            byte[] noisy = shop.clone();
            for (int j = 0; j < 8; j++) {
                noisy[random.nextInt(noisy.length)] = (byte) random.nextInt(256);
            }
            cases.add(Arguments.of("mysql80-shop with 8 random bytes, seed 20 #" + i, noisy));
        }
        int routine = new String(shopwave, StandardCharsets.ISO_8859_1).indexOf("CREATE DEFINER");
        cases.add(Arguments.of("shopwave's routines truncated", dump(new String(shopwave, StandardCharsets.UTF_8)
                .substring(Math.max(0, routine), Math.max(0, routine) + 1500))));
        cases.add(Arguments.of("10,000 nested parentheses", dump("CREATE TABLE t (a int DEFAULT "
                + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ");")));
        cases.add(Arguments.of("25 nested parentheses in a view", dump("CREATE TABLE t (a int);\n"
                + "CREATE VIEW v AS SELECT " + "(".repeat(25) + "a" + ")".repeat(25) + " FROM t;")));
        cases.add(Arguments.of("a 3 MB comment token", dump("CREATE TABLE t (a int) COMMENT '" + "x".repeat(3 << 20)
                + "';")));
        cases.add(Arguments.of("a 200,000-character identifier", dump("CREATE TABLE `" + "n".repeat(200_000)
                + "` (a int);")));
        cases.add(Arguments.of("NUL inside a backtick identifier", dump("CREATE TABLE `a\0b` (id int);")));
        byte[] invalidUtf8 = dump("CREATE TABLE `caf\u00e9` (id int);");
        int e = indexOf(invalidUtf8, (byte) 0xc3);
        invalidUtf8[e] = (byte) 0xff;
        cases.add(Arguments.of("invalid UTF-8 in an identifier", invalidUtf8));
        cases.add(Arguments.of("an empty file", new byte[0]));
        cases.add(Arguments.of("random binary", randomBytes(random, 4096)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void dumpsThroughCatalogConvertAndAssess(String name, byte[] content) throws Exception {
        Path dump = Files.write(dir.resolve("fuzz-" + Math.abs(name.hashCode()) + ".sql"), content);
        Path out = Files.createDirectories(dir.resolve("out-" + Math.abs(name.hashCode())));
        bounded(name + " / catalog", "catalog", "--source", dump.toString(), "--json");
        bounded(name + " / convert", "convert", "--source", dump.toString(), "--out", out.toString());
        bounded(name + " / assess", "assess", "--source", dump.toString(), "--out", out.toString(), "--format",
                "csv");
    }

    static Stream<Arguments> documents() {
        String good = """
                {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "all",
                  "object-locator": {"schema-name": "%", "table-name": "%"}, "rule-action": "include"}]}""";
        List<Arguments> cases = new ArrayList<>();
        Random random = new Random(12);
        for (int i = 0; i < 8; i++) {
            cases.add(Arguments.of("mappings truncated #" + i, good.substring(0, random.nextInt(good.length()))));
        }
        cases.add(Arguments.of("mappings with an unknown action", good.replace("include", "excluded")));
        cases.add(Arguments.of("mappings nested 100,000 deep", "[".repeat(100_000)));
        cases.add(Arguments.of("mappings as a string", "\"rules\""));
        cases.add(Arguments.of("mappings with a null rule", "{\"rules\": [null]}"));
        cases.add(Arguments.of("mappings with a null id", good.replace("\"1\"", "null")));
        cases.add(Arguments.of("mappings as random bytes", new String(randomBytes(random, 512),
                StandardCharsets.ISO_8859_1)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void mappingFilesThroughMigrateAndValidate(String name, String mappings) throws Exception {
        Path file = Files.writeString(dir.resolve("m-" + Math.abs(name.hashCode()) + ".json"), mappings);
        String src = "jdbc:mysql://127.0.0.1:1/shop?user=u&password=Fuzz-pw";
        String tgt = "jdbc:postgresql://127.0.0.1:1/shop?user=u&password=Fuzz-pw";
        String err = bounded(name + " / validate", "validate", "--source", src, "--target", tgt,
                "--table-mappings", file.toString()).err();
        assertThat(err).contains(file.getFileName().toString());
        bounded(name + " / migrate", "migrate", "--source", src, "--target", tgt, "--table-mappings",
                file.toString());
    }

    static Stream<Arguments> projectsAndUrls() {
        String project = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"n\"}";
        return Stream.of(
                Arguments.of("project formatVersion 1.9", new String[] {"convert", "--source", "@project",
                    "--out", "@dir"}, project.replace("1,", "1.9,")),
                Arguments.of("project with a null id", new String[] {"convert", "--source", "@project", "--out",
                    "@dir"}, project.replace("\"p\"", "null")),
                Arguments.of("project as random text", new String[] {"convert", "--source", "@project", "--out",
                    "@dir"}, "{\"formatVersion\": 1, \u0000\u00ff"),
                Arguments.of("URL with port -5", new String[] {"catalog", "--source",
                    "jdbc:mysql://h:-5/db?user=u"}, null),
                Arguments.of("URL with port 70000", new String[] {"catalog", "--source",
                    "jdbc:mysql://h:70000/db?user=u"}, null),
                Arguments.of("URL address form", new String[] {"readiness", "--source",
                    "jdbc:mysql://(host=h,password=Fuzz-pw)/db?user=u"}, null),
                Arguments.of("URL with a bad percent escape", new String[] {"catalog", "--source",
                    "jdbc:mysql://h/db?user=u&password=%zz"}, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectsAndUrls")
    void projectFilesAndUrls(String name, String[] args, String projectText) throws Exception {
        Path project = dir.resolve("p-" + Math.abs(name.hashCode()) + ".dmspilot.json");
        if (projectText != null) {
            Files.writeString(project, projectText);
        }
        String[] resolved = Stream.of(args).map(a -> a.equals("@project") ? project.toString()
                : a.equals("@dir") ? dir.toString() : a).toArray(String[]::new);
        Cli.Run r = bounded(name, resolved);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    }

    /** Runs one command line; asserts the time, heap and output bounds and returns what it printed on stderr. */
    private static Cli.Run bounded(String name, String... args) {
        HeapPeak.reset();
        CpuTime cpu = CpuTime.start();
        Cli.Run r = Cli.run(args);
        long seconds = cpu.elapsed().toSeconds();
        long heap = HeapPeak.bytes();
        String all = r.out() + r.err();
        assertThat(seconds).as(name + " took too long (CPU seconds)").isLessThan(SECONDS);
        assertThat(heap).as(name + " used too much heap").isLessThan(HEAP_BYTES);
        assertThat(r.exit()).as(name + ": " + r.err()).isBetween(ExitCodes.OK, ExitCodes.ERROR);
        assertThat(r.err()).as(name).doesNotContain("\tat ").doesNotContain("unexpected internal error")
                .doesNotContain("Exception:").doesNotContain("Fuzz-pw");
        assertThat(all).as(name).doesNotContain("com.fasterxml").doesNotContain("org.antlr");
        return r;
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = BadInputFuzzTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static byte[] dump(String statements) {
        return (HEADER + statements + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("byte not found");
    }
}
