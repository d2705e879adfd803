package org.dmspilot.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmspilot.core.sandbox.EmbeddedMariaDb;

/** Runs the embedded server's own {@code mariadb-dump --routines --triggers --events} into a file. */
public final class MariaDbDump {
    private MariaDbDump() {
    }

    /**
     * Dumps one database (schema only unless {@code withData}) of the shared test server to {@code out}.
     */
    public static Path dump(TestDatabase db, Path out, boolean withData) throws IOException, InterruptedException {
        return dump(Databases.mariaDb(), db, out, withData);
    }

    public static Path dump(EmbeddedMariaDb server, TestDatabase db, Path out, boolean withData)
            throws IOException, InterruptedException {
        File base = server.db().getConfiguration().getBaseDir();
        List<String> cmd = new ArrayList<>(List.of(new File(base, "bin/mariadb-dump").getPath(),
                "--host=127.0.0.1", "--port=" + db.port(), "--user=" + db.user(), "--password=" + db.password(),
                "--routines", "--triggers", "--events", "--result-file=" + out));
        if (!withData) {
            cmd.add("--no-data");
        }
        cmd.add(db.database());
        Path log = Files.createTempFile("mariadb-dump", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("mariadb-dump failed: " + Files.readString(log));
        }
        Files.deleteIfExists(log);
        return out;
    }
}
