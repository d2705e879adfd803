package org.dmspilot.core.progress;

import org.dmspilot.core.DmsPilotException;

/** The user cancelled the work; nothing after the last completed unit was applied. */
public class CancelledException extends DmsPilotException {
    public CancelledException() {
        super("Cancelled.");
    }
}
