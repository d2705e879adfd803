package org.dmspilot.core.cutover;

import org.dmspilot.core.DmsPilotException;

/** A cutover step refused to run: the checklist does not pass, or an earlier step is not done. Nothing was changed. */
public class CutoverRefusedException extends DmsPilotException {
    public CutoverRefusedException(String userMessage) {
        super(userMessage);
    }
}
