package org.newskg.cli;

import java.io.IOError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.newskg.store.StoreErrors;

/**
 * Writes files whole: beside the target first, then moved into place. When writing fails (a full
 * disk, above all) the temporary file is removed, so a failed command does not keep the disk
 * full, and a file that was there stays as it was.
 */
final class OutputFiles {

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * {@link #replace}, for a file the user named: a folder given as the file is a usage error,
     * and a failure is one line saying what became of the file.
     *
     * @throws UserException with exit code 2 for a folder, 1 when writing fails
     */
    static void write(Path target, Content content) {
        if (Files.isDirectory(target)) {
            throw new UserException(target + " is a folder: give a file name", 2);
        }
        try {
            replace(target, content);
        } catch (IOException | RuntimeException | InternalError | IOError e) {
            if (e instanceof UserException u) {
                throw u;
            }
            if (e instanceof Error && !StoreErrors.isDiskError(e)) {
                throw (Error) e;
            }
            throw new UserException("cannot write " + target + ": " + StoreErrors.ioCause(e).orElse(String.valueOf(e))
                    + (Files.exists(target) ? "; " + target + " is as it was" : ""), 1, e);
        }
    }

    /**
     * Writes {@code target} so that a failed write leaves no half file. The file gets the mode an
     * ordinary new file gets under the user's umask (Files.createTempFile would make it 0600, so a web
     * server or a Fuseki service user could not read it), or, replacing a file, that file's mode.
     */
    static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = null;
        OutputStream os = null;
        for (int tries = 0; os == null; tries++) {
            tmp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
            try {
                // No permission attribute: the operating system applies the umask, as for any new file.
                os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (tries > 100) {
                    throw e;
                }
            }
        }
        boolean moved = false;
        try {
            try (OutputStream o = os) {
                content.writeTo(o);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null && Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            // Also after an Error: a full disk under a memory-mapped store surfaces as one.
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // The failure that brought us here says enough.
                }
            }
        }
    }
}
