package org.dmspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian pgloader against the same servers and reports its wall time, or says why it could not. */
final class PgLoaderRun {
    private PgLoaderRun() {
    }

    /** Seconds pgloader took, or -1 (with the reason printed) when it is missing or failed. */
    static double run(int mariaPort, String user, String password, int pgPort, long rows) throws Exception {
        return measured(mariaPort, user, password, pgPort, rows, "prefetch rows = 10000").seconds();
    }

    /** A run of pgloader: wall seconds (-1 when it failed) and its peak resident memory in MB (-1 when unknown). */
    record Result(double seconds, long maxRssMb) {
    }

    /**
     * Runs pgloader from the source database {@code bench} into the target database {@code pgloader} with the
     * {@code with} option (e.g. {@code prefetch rows = 10000}), through {@code /usr/bin/time} when it is there for
     * the peak RSS.
     */
    static Result measured(int mariaPort, String user, String password, int pgPort, long rows, String with)
            throws Exception {
        Path log = Files.createTempFile("pgloader", ".log");
        List<String> cmd = new java.util.ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "pgloader-max-rss-kb %M"));
        }
        cmd.addAll(List.of("pgloader", "--no-ssl-cert-verification", "--with", with,
                "mysql://" + user + ":" + password + "@127.0.0.1:" + mariaPort + "/bench",
                "postgresql://postgres:postgres@127.0.0.1:" + pgPort + "/pgloader"));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (java.io.IOException e) {
            System.out.println("pgloader: not run (" + e.getMessage() + "); install it with apt-get install pgloader");
            return new Result(-1, -1);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (!p.waitFor(2, TimeUnit.SECONDS)) {
            // out of heap, pgloader logs the error (HEAP-EXHAUSTED-ERROR, or "Heap exhausted during garbage
            // collection" and SBCL's debugger prompt) and then hangs instead of exiting
            String sofar = Files.readString(log);
            boolean exhausted = sofar.contains("HEAP-EXHAUSTED") || sofar.contains("Heap exhausted");
            if (exhausted || System.nanoTime() > deadline) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                if (!p.waitFor(10, TimeUnit.SECONDS)) { // /usr/bin/time prints the peak RSS once pgloader is gone
                    p.destroyForcibly().waitFor();
                }
                System.out.println(exhausted ? "pgloader: ran out of heap (SBCL heap exhausted) and hung; stopped"
                        : "pgloader: gave up after 30 minutes");
                break;
            }
        }
        double seconds = EngineBenchmark.seconds(t0);
        String out = Files.readString(log).replace(password, "***");
        Files.deleteIfExists(log);
        int tail = Math.max(0, out.length() - 3000);
        System.out.println("pgloader exit " + p.exitValue() + ", output (tail):\n" + out.substring(tail));
        boolean loaded = out.contains(String.format("%d", rows)) || out.matches("(?s).*\\b" + rows / 1000 + "\\.\\d+ ?k.*");
        java.util.regex.Matcher rss = java.util.regex.Pattern.compile("pgloader-max-rss-kb (\\d+)").matcher(out);
        long rssMb = rss.find() ? Long.parseLong(rss.group(1)) / 1024 : -1;
        if (out.contains("pgloader: not found") || out.contains("No such file")) {
            System.out.println("pgloader: not installed; apt-get install pgloader");
            return new Result(-1, rssMb);
        }
        if (p.exitValue() != 0 || !(loaded || out.contains("Total import time"))) {
            System.out.println("pgloader: failed (see output above)");
            return new Result(-1, rssMb);
        }
        return new Result(seconds, rssMb);
    }
}
