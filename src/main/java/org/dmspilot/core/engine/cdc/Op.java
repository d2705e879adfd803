package org.dmspilot.core.engine.cdc;

/** A row change's kind. */
enum Op {
    INSERT, UPDATE, DELETE
}
