package org.dmspilot.gui.connection;

import static org.dmspilot.gui.util.Localization.lang;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmspilot.model.SshTunnel.SshAuth;

/** The connection form's validation: the first thing missing or wrong, in the order of the form. */
final class FormCheck {
    private FormCheck() {
    }

    /** The first problem, or "" when the form is complete. */
    static String firstProblem(ConnectionViewModel vm) {
        if (vm.engineProperty().get() == null) {
            return lang("connection.invalid.engine");
        }
        if (blank(vm.hostProperty().get())) {
            return lang("connection.invalid.host");
        }
        if (!inRange(vm.portProperty().get(), 1, 65535)) {
            return lang("connection.invalid.port");
        }
        if (blank(vm.databaseProperty().get())) {
            return lang("connection.invalid.database");
        }
        if (blank(vm.userProperty().get())) {
            return lang("connection.invalid.user");
        }
        String ca = vm.caFileProperty().get();
        if (vm.caFileRelevantProperty().get() && !blank(ca) && !Files.isRegularFile(Path.of(ca.strip()))) {
            return lang("connection.invalid.caFile", ca.strip());
        }
        if (!inRange(vm.connectTimeoutProperty().get(), 1, 600)) {
            return lang("connection.invalid.timeout");
        }
        if (vm.sshEnabledProperty().get()) {
            if (blank(vm.sshHostProperty().get())) {
                return lang("connection.invalid.sshHost");
            }
            if (!inRange(vm.sshPortProperty().get(), 1, 65535)) {
                return lang("connection.invalid.sshPort");
            }
            if (blank(vm.sshUserProperty().get())) {
                return lang("connection.invalid.sshUser");
            }
            if (vm.sshAuthProperty().get() == SshAuth.KEY && blank(vm.sshKeyFileProperty().get())) {
                return lang("connection.invalid.sshKey");
            }
        }
        return "";
    }

    /** The number in {@code text}, or -1. */
    static int parse(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean inRange(String text, int min, int max) {
        int value = parse(text);
        return value >= min && value <= max;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
