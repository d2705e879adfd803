package org.dmspilot.testsupport;

import java.nio.file.Path;
import org.dmspilot.model.Engine;

/** The server's own dump tool for a test database: mariadb-dump on MariaDB, mysqldump on MySQL. */
public final class SourceDump {
    private SourceDump() {
    }

    /** Dumps {@code db} (routines, triggers, events; schema only unless {@code withData}) into {@code out}. */
    public static Path dump(TestDatabase db, Path out, boolean withData) throws Exception {
        if (db.engine() == Engine.MYSQL) {
            return Databases.mysql().dump(db.database(), out, withData);
        }
        return MariaDbDump.dump(db, out, withData);
    }
}
