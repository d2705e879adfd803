package org.dmspilot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every GUI string comes from messages.properties: no key is missing, none is unused. */
class MessagesTest {
    private static final Pattern JAVA_KEY = Pattern.compile("\\blang\\(\\s*\"([^\"]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static Set<String> defined;
    private static Set<String> used;

    @BeforeAll
    static void scan() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/dmspilot/gui/messages.properties"))) {
            p.load(in);
        }
        defined = new TreeSet<>(p.stringPropertyNames());
        used = new TreeSet<>();
        collect(Path.of("src/main/java/org/dmspilot/gui"), ".java", JAVA_KEY);
        collect(Path.of("src/main/resources/org/dmspilot/gui"), ".fxml", FXML_KEY);
    }

    private static void collect(Path dir, String suffix, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
    }

    @Test
    void everyUsedKeyIsDefined() {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertThat(missing).as("keys used in gui code/FXML but missing from messages.properties").isEmpty();
    }

    @Test
    void everyDefinedKeyIsUsed() {
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    @Test
    void scannerFindsKeysInBothJavaAndFxml() {
        assertThat(used).contains("menu.file.openSandbox", "status.ready");
    }
}
