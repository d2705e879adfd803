package org.dmspilot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Yes/no questions on the terminal (stdin), answered "no" when stdin ends. */
final class Prompts {
    private Prompts() {
    }

    static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Asks {@code question} [y/N]; true only for y or yes. */
    static boolean confirm(PrintWriter out, BufferedReader in, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String answer = in.readLine();
            return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }
}
