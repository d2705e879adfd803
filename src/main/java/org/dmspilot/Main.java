package org.dmspilot;

import org.dmspilot.cli.DmsPilotCommand;

/** Entry point: no argument opens the desktop application, a command runs the CLI. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = DmsPilotCommand.commandLine(request -> org.dmspilot.gui.DmsPilotApp.launch(request)).execute(args);
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }
}
