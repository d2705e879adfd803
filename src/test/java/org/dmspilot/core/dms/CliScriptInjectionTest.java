package org.dmspilot.core.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmspilot.model.ConnectionProfile;
import org.dmspilot.model.Engine;
import org.dmspilot.model.project.Project;
import org.dmspilot.model.TlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported AWS CLI script run by bash with a stub {@code aws}: project values made of shell syntax (newlines,
 * command substitution, quotes) arrive as plain arguments and never run.
 */
class CliScriptInjectionTest {
    @TempDir
    Path dir;

    @Test
    void hostileProjectValuesNeverRunAsCommands() throws Exception {
        // Issue 20 item 8: a newline in the project id broke out of the script's comment line.
        Path marker = dir.resolve("pwned");
        String touch = "touch " + marker;
        String id = "3f2a\n" + touch + "\n# ";
        String database = "shop$(" + touch + ")`" + touch + "`';" + touch + ";'\"";
        Project project = new Project(1, id, "shop", new ConnectionProfile(Engine.MARIADB, "mysql.internal", 3306,
                database, "dms reader*", TlsMode.REQUIRE, null, null, 0), new ConnectionProfile(
                        Engine.AURORA_POSTGRESQL, "aurora.internal", 5432, "shop", "w\"$(" + touch + ")",
                        TlsMode.REQUIRE, null, null, 0), List.of());
        String script = CliScriptExport.render(DmsPlanner.plan(project, DmsFixture.options()));

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls.txt");
        Path aws = bin.resolve("aws");
        Files.writeString(aws, "#!/usr/bin/env bash\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + calls
                + "'; done\necho arn:aws:dms:stub\n");
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(dir.resolve("provision.sh"), script);
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("DMSPILOT_SOURCE_PASSWORD", "pw1");
        pb.environment().put("DMSPILOT_TARGET_PASSWORD", "pw2");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String output = Files.readString(dir.resolve("out.txt"));
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(marker).as(script).doesNotExist();
        List<String> args = Files.readAllLines(calls);
        assertThat(args).as("values arrive verbatim").contains("dms reader*", "w\"$(" + touch + ")");
        assertThat(String.join("\n", args)).contains("\"Value\":\"3f2a\\n" + touch);
    }

    @Test
    void aCommentLineNeverEndsInsideAValue() {
        assertThat(CliScriptExport.commentText("a\nb\r\u2028c")).isEqualTo("a\\u000ab\\u000d\\u2028c");
    }
}
