package org.dmspilot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by a server process and its children (Linux {@code /proc}; children that ended are counted
 * through the parent's {@code cutime}), or by this JVM and the children it waited for (pgloader). Returns -1 where
 * {@code /proc} is not there: the benchmark then prints no CPU split.
 */
final class ProcessCpu {
    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final long pid;

    private ProcessCpu(long pid) {
        this.pid = pid;
    }

    /** The server listening on {@code port} (its command line says {@code --port=P} or {@code -p P}), or null. */
    static ProcessCpu serverOnPort(int port) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> listensOn(p, port)).findFirst()
                    .map(p -> new ProcessCpu(Long.parseLong(p.getFileName().toString()))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean listensOn(Path proc, int port) {
        try {
            List<String> args = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline")),
                    StandardCharsets.UTF_8).split("\0"));
            int p = args.indexOf("-p");
            return args.contains("--port=" + port) || p >= 0 && p + 1 < args.size() && args.get(p + 1)
                    .equals(String.valueOf(port));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** CPU seconds of the process, its ended children and its live descendants. */
    double seconds() {
        double own = ticks(pid, true);
        if (own < 0) {
            return -1;
        }
        double live = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToDouble(h -> Math.max(0, ticks(h.pid(), false))).sum();
        return (own + live) / TICKS;
    }

    /** CPU seconds of this JVM (all threads). */
    static double self() {
        double t = ticks(ProcessHandle.current().pid(), false);
        return t < 0 ? -1 : t / TICKS;
    }

    /** CPU seconds of the children this JVM waited for. */
    static double children() {
        double[] f = fields(ProcessHandle.current().pid());
        return f == null ? -1 : (f[2] + f[3]) / TICKS;
    }

    private static double ticks(long pid, boolean withChildren) {
        double[] f = fields(pid);
        if (f == null) {
            return -1;
        }
        return f[0] + f[1] + (withChildren ? f[2] + f[3] : 0);
    }

    /** utime, stime, cutime, cstime from {@code /proc/PID/stat}. */
    private static double[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime is field 14
            return new double[] {Double.parseDouble(f[11]), Double.parseDouble(f[12]), Double.parseDouble(f[13]),
                    Double.parseDouble(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
