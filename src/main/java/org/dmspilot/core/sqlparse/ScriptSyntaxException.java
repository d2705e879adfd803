package org.dmspilot.core.sqlparse;

import org.dmspilot.core.DmsPilotException;

/** A SQL script or dump file that cannot be read, naming the file, line and column. */
public final class ScriptSyntaxException extends DmsPilotException {
    private final String file;
    private final int line;
    private final int column;

    public ScriptSyntaxException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
