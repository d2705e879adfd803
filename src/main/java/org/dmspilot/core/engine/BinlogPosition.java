package org.dmspilot.core.engine;

/**
 * A place in the source's binary log: where CDC starts after a full load.
 *
 * @param file binlog file name, e.g. {@code mysql-bin.000003}
 * @param position byte offset in that file
 */
public record BinlogPosition(String file, long position) {
    @Override
    public String toString() {
        return file + ":" + position;
    }
}
