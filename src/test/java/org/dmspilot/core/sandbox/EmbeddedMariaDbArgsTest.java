package org.dmspilot.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbArgsTest {
    @Test
    void extraOptionReplacesTheDefaultOfTheSameName() {
        List<String> args = EmbeddedMariaDb.serverArgs(List.of("--binlog_format=STATEMENT"));
        assertThat(args).contains("--binlog_format=STATEMENT").doesNotContain("--binlog-format=ROW")
                .contains("--log-bin=mariadb-bin");
    }

    @Test
    void skipOptionRemovesTheDefault() {
        List<String> args = EmbeddedMariaDb.serverArgs(List.of("--skip-log-bin"));
        assertThat(args).noneMatch(a -> a.startsWith("--log-bin")).doesNotContain("--skip-log-bin")
                .contains("--server-id=1");
    }

    @Test
    void withoutExtraOptionsTheDefaultsStay() {
        assertThat(EmbeddedMariaDb.serverArgs(List.of())).contains("--log-bin=mariadb-bin", "--binlog-format=ROW",
                "--binlog-row-image=FULL", "--server-id=1");
    }
}
