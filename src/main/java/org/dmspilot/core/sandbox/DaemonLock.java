package org.dmspilot.core.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The daemon's file lock, held for its whole life. The operating system drops it when the process dies, so
 * "is a daemon running" never depends on a pid that may have been reused.
 */
final class DaemonLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DaemonLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for this process and writes its pid into the file.
     *
     * @param patience how long to retry while someone holds it (a client's probe holds it for an instant)
     * @return empty if another process keeps holding it
     */
    static Optional<DaemonLock> acquire(Path file, Duration patience) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                            .getBytes(StandardCharsets.US_ASCII)), 0);
                    channel.force(false);
                    return Optional.of(new DaemonLock(channel, lock));
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    return Optional.empty();
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            return Optional.empty();
        }
    }

    /** Whether a process holds the lock (probes by taking and at once releasing it). */
    static boolean isHeld(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The pid the holder wrote into the file, 0 if none can be read. */
    static long holderPid(Path file) {
        return SandboxFiles.readString(file).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
