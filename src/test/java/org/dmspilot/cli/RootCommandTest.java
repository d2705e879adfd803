package org.dmspilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.project.OpenRequest;
import org.junit.jupiter.api.Test;

class RootCommandTest {
    @Test
    void versionPrintsTheVersionTheGitCommitAndTheBuildDate() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("(?m)^DMS Pilot \\d+\\.\\d+\\.\\d+")
                .containsPattern("(?m)^Commit [0-9a-f]{7,}$")
                .containsPattern("(?m)^Built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                .containsPattern("(?m)^Java \\d+");
    }

    @Test
    void aFileArgumentAsADesktopEntryPassesItOpensTheWindowOnThatProject() {
        List<OpenRequest> requests = new ArrayList<>();
        assertThat(DmsPilotCommand.commandLine(requests::add).execute("/home/me/shop.dmspilot.json")).isZero();
        assertThat(DmsPilotCommand.commandLine(requests::add).execute()).isZero();
        assertThat(requests).containsExactly(
                new OpenRequest(false, Path.of("/home/me/shop.dmspilot.json")),
                new OpenRequest(false, null));
    }

    @Test
    void aSubcommandNameIsStillASubcommand() {
        Cli.Run run = Cli.run("help", "sandbox");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: dmspilot sandbox");
    }
}
