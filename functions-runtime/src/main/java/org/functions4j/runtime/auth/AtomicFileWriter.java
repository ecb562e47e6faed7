package org.functions4j.runtime.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any point leaves either the old content or the new, never a
 * mix: write a temporary file in the same directory, fsync it, rename it over the target, fsync
 * the directory. A leftover temporary file (from a crash) is ignored by readers.
 */
final class AtomicFileWriter {
    /** The steps of a write, for tests that interrupt each of them. */
    enum Step { TEMP_WRITTEN, TEMP_SYNCED, RENAMED }

    /** Called after each step; a test throws from it to simulate a crash there. */
    interface StepListener {
        void after(Step step) throws IOException;
    }

    static final String TEMP_SUFFIX = ".tmp";

    private final StepListener listener;

    AtomicFileWriter(StepListener listener) {
        this.listener = listener;
    }

    void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                listener.after(Step.TEMP_WRITTEN);
                channel.force(true);
            }
            listener.after(Step.TEMP_SYNCED);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + target + " atomically", e);
            }
            listener.after(Step.RENAMED);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename durable; some file systems cannot sync a directory, which is not an error. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort: the rename itself is already atomic.
        }
    }
}
