package org.newskg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path that is not a regular file is, in words for messages. Reading a named pipe blocks
 * until someone writes to it, and a device may never end, so newskg reads regular files only.
 */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /** "a named pipe (FIFO)", "a device", "a socket", "a folder", or null when the kind cannot be told. */
    static String describe(Path p) {
        if (Files.isDirectory(p)) {
            return "a folder";
        }
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & TYPE_MASK) {
                    case FIFO -> {
                        return "a named pipe (FIFO)";
                    }
                    case CHARACTER_DEVICE, BLOCK_DEVICE -> {
                        return "a device";
                    }
                    case SOCKET -> {
                        return "a socket";
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // No unix view on this platform: the general words below.
        }
        return null;
    }

    /** True for a symbolic link whose target does not exist. */
    static boolean isDanglingLink(Path p) {
        return Files.isSymbolicLink(p) && !Files.exists(p);
    }

    /** The message for a path that exists but is not a regular file; null for a regular file. */
    static String problem(Path p) {
        if (Files.isRegularFile(p)) {
            return null;
        }
        if (isDanglingLink(p)) {
            return "a symbolic link to a missing file, skipped";
        }
        String kind = describe(p);
        return (kind == null ? "" : kind + ", ") + "not a regular file: skipped (reading it could wait forever)";
    }
}
