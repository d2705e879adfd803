package org.dmspilot.core.monitor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dmspilot.core.DmsPilotException;

/**
 * The local engine's own log file ({@code dmspilot.log}, written by logback as
 * {@code yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread] logger - text}), read like a CloudWatch stream: the first poll the
 * last lines, later polls what was appended. A file that shrank (rolled over) is read again from its start.
 */
public final class FileTaskLog implements TaskLog {
    static final int FIRST_READ = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Path file;
    private final ZoneId zone;
    private long offset = -1;

    public FileTaskLog(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** The application's log as logback.xml places it: {@code dmspilot.home}, {@code DMSPILOT_HOME} or ~/.dmspilot. */
    public static FileTaskLog applicationLog() {
        String home = System.getProperty("dmspilot.home", System.getenv().getOrDefault("DMSPILOT_HOME",
                Path.of(System.getProperty("user.home"), ".dmspilot").toString()));
        return new FileTaskLog(Path.of(home, "logs", "dmspilot.log"), ZoneId.systemDefault());
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public synchronized List<LogLine> poll() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            boolean first = offset < 0;
            if (offset > length) {
                offset = 0;
            }
            long from = first ? 0 : offset;
            in.seek(from);
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - from)];
            in.readFully(bytes);
            int end = lastNewline(bytes);
            offset = from + end;
            List<LogLine> out = new ArrayList<>();
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(LogLine.engine(at(line), line));
                }
            }
            return first && out.size() > FIRST_READ ? out.subList(out.size() - FIRST_READ, out.size()) : out;
        } catch (IOException e) {
            throw new DmsPilotException("Cannot read the log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Bytes up to and including the last complete line (a line being written is read next time). */
    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private Instant at(String line) {
        if (line.length() >= 23) {
            try {
                return LocalDateTime.parse(line.substring(0, 23), STAMP).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // a continuation line (stack trace): no time of its own
            }
        }
        return Instant.EPOCH;
    }
}
