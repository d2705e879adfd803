package org.dmspilot.core.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/** Small files the sandbox shares between the daemon and its clients, written atomically and owner-only. */
final class SandboxFiles {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SandboxFiles() {
    }

    /** The daemon's state while it runs (the daemon writes it once both servers answer). */
    record State(long pid, String startedAt, SandboxConnection source, SandboxConnection target) {
    }

    /** Passwords chosen on the first start. */
    record Secrets(String sourcePassword, String targetPassword) {
    }

    /** Writes {@code text} to a temporary file (mode 600) beside {@code file}, then moves it into place. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        FileAttribute<?>[] attrs = posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                OWNER_ONLY)} : new FileAttribute<?>[0];
        try {
            Files.createFile(tmp, attrs);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Could not create " + tmp, e);
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void writeJson(Path file, Object value) throws IOException {
        writeOwnerOnly(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    /** The file's JSON as {@code type}; empty if the file is missing or unreadable (a half-written leftover). */
    static <T> Optional<T> readJson(Path file, Class<T> type) {
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> readString(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to do: a leftover is detected as stale by its readers
        }
    }

    /** Whether the file system has POSIX permissions (Windows has not). */
    static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
