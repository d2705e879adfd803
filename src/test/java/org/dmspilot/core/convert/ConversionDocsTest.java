package org.dmspilot.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action-item code the converter can raise is documented in docs/conversion*.md. */
class ConversionDocsTest {
    private static final Pattern CODE = Pattern.compile("new (?:Note|ActionItem)\\(\\s*\"([A-Z0-9-]+)\""
            + "|[A-Z_]+\\(\"([A-Z][A-Z0-9]*-[A-Z0-9-]+)\", Severity\\.");

    @Test
    void everyActionItemCodeIsDocumented() throws Exception {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/dmspilot/core/convert"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        StringBuilder docs = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("conversion")).toList()) {
                docs.append(Files.readString(f));
            }
        }
        assertThat(codes).as("codes found in the converter").contains("TYPE-UNKNOWN", "TABLE-NO-PRIMARY-KEY",
                "SQL-PARSE", "TRIGGER-ORDER");
        assertThat(codes).allSatisfy(code -> assertThat(docs.toString()).as(code)
                .containsPattern("(?<![A-Z0-9-])" + Pattern.quote(code) + "(?![A-Z0-9-])"));
    }
}
