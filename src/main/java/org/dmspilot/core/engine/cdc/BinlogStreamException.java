package org.dmspilot.core.engine.cdc;

/**
 * The binlog stream has something CDC cannot read or apply correctly (an event it does not understand, a value it
 * cannot decode, a stream that does not match the checkpoint). Deterministic: reading again gives the same result,
 * so CDC stops with this message instead of retrying.
 */
final class BinlogStreamException extends RuntimeException {
    BinlogStreamException(String message) {
        super(message);
    }

    BinlogStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
