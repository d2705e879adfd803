package org.dmspilot.core.cutover;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.dmspilot.core.DmsPilotException;
import org.dmspilot.core.connect.JdbcUrls;
import org.dmspilot.core.project.ProjectFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cutover log: one JSON object per line in {@code <name>.cutover-log.jsonl} beside the project file, appended and
 * flushed as each step starts and ends, with time, evidence and outcome. Read back, it tells which steps are done, so
 * a cutover resumes where it stopped. Texts pass through {@link JdbcUrls#redact} so that no password is written.
 */
public final class CutoverLog {
    private static final Logger LOG = LoggerFactory.getLogger(CutoverLog.class);
    /** The log's name for entries of the checklist and of the rollback (not steps). */
    public static final String CHECKLIST = "CHECKLIST";
    public static final String ROLLBACK = "ROLLBACK";
    /** The log's name for sessions the user ended because they could still write to the read-only source. */
    public static final String SESSIONS = "SESSIONS";
    /** The log's name for the fallback stream's entries (prepared, started, stopped). */
    public static final String FALLBACK = "FALLBACK";
    /** The message of a rollback through the fallback stream (nothing lost), as the guidance recognises it. */
    public static final String ROLLBACK_THROUGH_FALLBACK = "Rolled back to the source through the fallback stream:"
            + " every write made on PostgreSQL is on the source";

    /** What happened. */
    public enum Outcome { STARTED, DONE, FAILED, REFUSED, FORCED, PASSED, INFO }

    /**
     * One line of the log.
     *
     * @param step a {@link CutoverStep} name, {@link #CHECKLIST} or {@link #ROLLBACK}
     */
    public record Entry(Instant at, String step, Outcome outcome, String message, List<String> evidence) {
        public Entry {
            message = JdbcUrls.redact(message);
            evidence = evidence == null ? List.of() : evidence.stream().map(JdbcUrls::redact).toList();
        }
    }

    private static final ObjectWriter LINE = ProjectFiles.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    private CutoverLog(Path file) {
        this.file = file;
    }

    /** The log file of a project file. */
    public static Path logFile(Path projectFile) {
        return ProjectFiles.sideFile(projectFile, ".cutover-log.jsonl");
    }

    /** Opens the log of a project (reading what an earlier run wrote). */
    public static CutoverLog open(Path projectFile) {
        return openFile(logFile(projectFile));
    }

    /** Opens a log file directly. */
    public static CutoverLog openFile(Path file) {
        CutoverLog log = new CutoverLog(file);
        if (Files.exists(file)) {
            int line = 0;
            try {
                for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    line++;
                    if (!text.isBlank()) {
                        log.entries.add(ProjectFiles.mapper().readValue(text, Entry.class));
                    }
                }
            } catch (IOException e) {
                throw new DmsPilotException("The cutover log " + file + " is unreadable at line " + line + ": "
                        + e.getMessage() + ". Move it away to start the cutover over.", e);
            }
        }
        return log;
    }

    public Path file() {
        return file;
    }

    /** Called (on the writing thread) after each appended entry. */
    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    /** Appends and flushes one entry. */
    public Entry append(String step, Outcome outcome, String message, List<String> evidence) {
        Entry entry = new Entry(Instant.now(), step, outcome, message, evidence);
        synchronized (this) {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(LINE.writeValueAsString(entry));
                w.newLine();
            } catch (IOException e) {
                throw new DmsPilotException("Could not write the cutover log " + file + ": " + e.getMessage(), e);
            }
            entries.add(entry);
        }
        LOG.info("Cutover {} {}: {}{}", step, outcome, message, evidence.isEmpty() ? "" : " " + evidence);
        listeners.forEach(l -> l.accept(entry));
        return entry;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Each step's status from the log: done when its last entry is DONE, failed when FAILED or REFUSED, pending
     * otherwise (a STARTED without end means the run was interrupted). A rollback makes every step pending again.
     */
    public synchronized Map<CutoverStep, Outcome> statuses() {
        Map<CutoverStep, Outcome> out = new EnumMap<>(CutoverStep.class);
        for (Entry e : entries) {
            if (e.step().equals(ROLLBACK) && e.outcome() == Outcome.DONE) {
                out.clear();
                continue;
            }
            CutoverStep step = step(e.step());
            if (step != null && e.outcome() != Outcome.INFO && e.outcome() != Outcome.FORCED) {
                out.put(step, e.outcome());
            }
        }
        return out;
    }

    /** Whether a step is done (since the last rollback). */
    public boolean isDone(CutoverStep step) {
        return statuses().get(step) == Outcome.DONE;
    }

    /** The last entry of a step since the last rollback, if any. */
    public synchronized java.util.Optional<Entry> last(CutoverStep step) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.step().equals(ROLLBACK) && e.outcome() == Outcome.DONE) {
                found = null;
            } else if (e.step().equals(step.name())) {
                found = e;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The last time {@code step} was done, across rollbacks (the whole history of the log). */
    public synchronized java.util.Optional<Entry> lastDoneEver(CutoverStep step) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.step().equals(step.name()) && e.outcome() == Outcome.DONE) {
                found = e;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The last rollback that lifted read-only, if any. */
    public synchronized java.util.Optional<Entry> lastRollback() {
        Entry found = null;
        for (Entry e : entries) {
            if (e.step().equals(ROLLBACK) && e.outcome() == Outcome.DONE) {
                found = e;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    private static CutoverStep step(String name) {
        for (CutoverStep s : CutoverStep.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
