package org.dmspilot.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.dms.emulator.AwsEmulator;
import org.dmspilot.core.project.ProjectFiles;
import org.dmspilot.model.project.Project;

/** A project file with password files in a directory, and {@code dmspilot dms <verb>} run against an emulator. */
final class EmulatedDmsCli implements AutoCloseable {
    final AwsEmulator aws;
    final Path dir;
    final Path project;
    Cli.Run last;

    EmulatedDmsCli(Path dir, Project p, String sourcePassword, String targetPassword) throws IOException {
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR");
        System.setProperty("aws.secretAccessKey", "emulator-secret-key");
        this.aws = new AwsEmulator();
        this.dir = dir;
        this.project = dir.resolve("shop.dmspilot.json");
        ProjectFiles.save(p, project);
        Files.writeString(dir.resolve("source.pw"), sourcePassword);
        Files.writeString(dir.resolve("target.pw"), targetPassword);
    }

    /** Runs {@code dmspilot dms <verb> --project ... --endpoint-url ... args}; the exit code. */
    int dms(String verb, String... args) {
        List<String> argv = new ArrayList<>(List.of("dms", verb, "--project", project.toString(), "--endpoint-url",
                aws.endpoint().toString(), "--poll-interval-ms", "1", "--region", "eu-west-1",
                "--source-password-file", dir.resolve("source.pw").toString(),
                "--target-password-file", dir.resolve("target.pw").toString()));
        argv.addAll(List.of(args));
        last = Cli.run(argv.toArray(String[]::new));
        return last.exit();
    }

    /** The same, with {@code answers} on stdin. */
    int dmsAnswering(String answers, String verb, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)));
            return dms(verb, args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Override
    public void close() {
        aws.close();
    }
}
