package org.newskg.cli;

import java.io.IOError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newskg.store.StoreErrors;

/**
 * Writes a file the user named, whole or not at all: into a temporary file beside it, moved into
 * place when complete. When writing fails (a full disk, above all) the temporary file is removed,
 * so a failed command does not keep the disk full, and a file that was there stays as it was.
 */
final class OutputFiles {

    /** What goes into the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * @throws UserException with exit code 2 for a folder given as the file, 1 when writing fails
     */
    static void write(Path target, Content content) {
        if (Files.isDirectory(target)) {
            throw new UserException(target + " is a folder: give a file name", 2);
        }
        Path parent = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw failure(target, e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (IOException | RuntimeException | InternalError | IOError e) {
            if (e instanceof UserException u) {
                throw u;
            }
            if (e instanceof Error && !StoreErrors.isDiskError(e)) {
                throw (Error) e;
            }
            throw failure(target, e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // Nothing more to do: the message already says the write failed.
                }
            }
        }
    }

    private static UserException failure(Path target, Throwable e) {
        return new UserException("cannot write " + target + ": " + StoreErrors.ioCause(e).orElse(String.valueOf(e))
                + (Files.exists(target) ? "; " + target + " is as it was" : ""), 1, e);
    }
}
