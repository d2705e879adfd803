package org.dmspilot.gui;

import org.dmspilot.cli.DmsPilotCommand.GuiRequest;

/** Placeholder until the shell lands. */
public final class DmsPilotApp {
    private DmsPilotApp() {
    }

    public static void launch(GuiRequest request) {
        throw new UnsupportedOperationException("GUI not built yet");
    }
}
