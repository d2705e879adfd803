package org.dmspilot.core.cutover;

import org.dmspilot.model.Engine;

/** {@link CutoverRunTest}'s guided cutover with an Oracle MySQL source (read-only, identities, counts, the lock). */
class MysqlCutoverRunTest extends CutoverRunTest {
    @Override
    Engine engine() {
        return Engine.MYSQL;
    }
}
