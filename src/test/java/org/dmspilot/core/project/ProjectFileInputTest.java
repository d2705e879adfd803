package org.dmspilot.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.core.BadInputException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Project files that the model would have accepted silently are refused in the user's terms. */
class ProjectFileInputTest {
    private static final String GOOD = """
            {"formatVersion": 1, "id": "p-1", "name": "shop",
             "source": {"engine": "MARIADB", "host": "db", "port": 3306, "database": "shop", "user": "u"}}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "formatVersion 1.9 | \"formatVersion\": 1 | \"formatVersion\": 1.9 | formatVersion 1.9; format versions are whole numbers",
        "null id | \"id\": \"p-1\" | \"id\": null | \"id\" is missing or empty",
        "port -5 | \"port\": 3306 | \"port\": -5 | the source port -5 is not a number from 1 to 65535",
        "port 70000 | \"port\": 3306 | \"port\": 70000 | the source port 70000 is not a number from 1 to 65535",
        "wrong kind | \"name\": \"shop\" | \"name\": {\"x\": 1} | field name: a value of the wrong kind",
    })
    void badFieldsAreRefusedNamingTheField(String name, String from, String to, String expected) throws Exception {
        // Issue 20 item 11: ports -5 and 70000, formatVersion 1.9, a null id (was an NPE trace).
        Path file = Files.writeString(dir.resolve("p.dmspilot.json"), GOOD.replace(from, to));
        assertThat(ProjectFiles.load(Files.writeString(dir.resolve("ok.dmspilot.json"), GOOD)).id()).isEqualTo("p-1");
        assertThatThrownBy(() -> ProjectFiles.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(expected).hasMessageNotContaining("org.dmspilot")
                .hasMessageNotContaining("com.fasterxml").hasMessageNotContaining("`");
    }
}
