package org.dmspilot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and keeps what it printed. */
public final class Cli {
    private Cli() {
    }

    /** Exit code and the two streams. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        var cl = DmsPilotCommand.commandLine(r -> {
            throw new AssertionError("no GUI in CLI tests");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
