package org.dmspilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dmspilot.core.sandbox.Sandbox;
import org.dmspilot.core.sandbox.SandboxConnection;
import org.dmspilot.core.sandbox.SandboxDaemon;
import org.dmspilot.core.sandbox.SandboxInfo;
import org.dmspilot.core.sandbox.SandboxStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmspilot sandbox start|stop|status}: the embedded MariaDB (shopwave) + PostgreSQL pair. */
@Command(name = "sandbox", description = "Embedded MariaDB (shopwave) + PostgreSQL to rehearse a migration.",
        mixinStandardHelpOptions = true,
        subcommands = {SandboxCommand.Start.class, SandboxCommand.Stop.class, SandboxCommand.Status.class,
                SandboxCommand.Daemon.class})
final class SandboxCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start the sandbox servers (or find them running) and print how to connect.",
                    "They keep running after this command ends; stop them with 'dmspilot sandbox stop'."})
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print only {\"source\":{...},\"target\":{...}} as JSON.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            long started = System.nanoTime();
            SandboxInfo info = Sandbox.start(new ConsoleProgress(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, SandboxConnection> connections = new LinkedHashMap<>();
                connections.put("source", info.source());
                connections.put("target", info.target());
                out.println(JSON.writeValueAsString(connections));
            } else {
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                out.println(info.reused() ? "The sandbox is already running (pid " + info.pid() + ")."
                        : "Sandbox started in " + seconds + " s (pid " + info.pid() + ").");
                out.println();
                printConnection(out, "Source", "MariaDB 11.4 with shopwave", info.source());
                printConnection(out, "Target", "PostgreSQL 16, empty", info.target());
                out.println("Data and log: " + info.directory());
                out.println("Stop it with: dmspilot sandbox stop");
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static void printConnection(PrintWriter out, String role, String what, SandboxConnection c) {
            out.printf("%s  %s%n", role, what);
            out.printf("  host %s  port %d  database %s%n", c.host(), c.port(), c.database());
            out.printf("  user %s  password %s%n", c.user(), c.password());
            out.printf("  %s%n%n", c.jdbcUrl());
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the sandbox servers.")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            boolean stopped = Sandbox.stop(new ConsoleProgress(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(stopped ? "Sandbox stopped." : "The sandbox is not running.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Show whether the sandbox runs and its servers answer.",
                    "Exit code 0 when running, 1 otherwise."})
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the status as JSON (no passwords).")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            SandboxStatus status = Sandbox.status();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("state", status.state().name().toLowerCase());
                map.put("pid", status.pid());
                map.put("source", server(status.sourcePort(), status.sourceAnswering()));
                map.put("target", server(status.targetPort(), status.targetAnswering()));
                map.put("startedAt", status.startedAt());
                map.put("detail", status.detail());
                map.put("directory", status.directory().toString());
                map.put("logFile", status.logFile().toString());
                out.println(JSON.writeValueAsString(map));
            } else {
                printHuman(out, status);
            }
            out.flush();
            return status.isRunning() ? ExitCodes.OK : ExitCodes.FAILED;
        }

        private static Map<String, Object> server(int port, boolean answering) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("port", port);
            map.put("answering", answering);
            return map;
        }

        private static void printHuman(PrintWriter out, SandboxStatus s) {
            switch (s.state()) {
                case STOPPED -> out.println("The sandbox is not running." + (s.detail() == null ? ""
                        : " Last start: " + s.detail()));
                case STARTING -> out.println("The sandbox is starting (pid " + s.pid() + ")"
                        + (s.detail() == null ? "." : ": " + s.detail()));
                default -> {
                    out.println("The sandbox is " + (s.isRunning() ? "running" : "running but not answering")
                            + " (pid " + s.pid() + ", since " + s.startedAt() + ").");
                    out.printf("  Source  MariaDB     127.0.0.1:%d  %s%n", s.sourcePort(),
                            s.sourceAnswering() ? "answering" : "NOT answering");
                    out.printf("  Target  PostgreSQL  127.0.0.1:%d  %s%n", s.targetPort(),
                            s.targetAnswering() ? "answering" : "NOT answering");
                }
            }
            out.println("Data and log: " + s.directory());
        }
    }

    /**
     * The sandbox servers' process itself; 'sandbox start' runs it this way in an installed application (whose
     * runtime has no {@code java} command). Hidden: not for people.
     */
    @Command(name = "daemon", hidden = true)
    static final class Daemon implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            SandboxDaemon.main(new String[0]);
            return ExitCodes.OK;
        }
    }
}
