package org.newskg.store;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures of the disk and the file system in words a user can act on. TDB2 writes through
 * memory-mapped files, so a full disk can surface as a {@link java.lang.InternalError} ("a fault
 * occurred in an unsafe memory access operation") as well as an {@link IOException} somewhere in a
 * chain of Jena exceptions; both are found here.
 */
public final class StoreErrors {

    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");
    private static final int MAX_DEPTH = 32;

    private StoreErrors() {
    }

    /**
     * What went wrong with the disk or the file system, when that is what the failure (or one of
     * its causes) is: "the disk is full (no space left on device)", "the file system is read-only",
     * …; empty for any other failure.
     */
    public static Optional<String> ioCause(Throwable failure) {
        Throwable t = failure;
        String generic = null;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage();
            String lower = msg.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device")) {
                return Optional.of("the disk is full (no space left on device)");
            }
            if (lower.contains("disk quota exceeded")) {
                return Optional.of("the disk quota is used up (disk quota exceeded)");
            }
            if (lower.contains("file too large")) {
                return Optional.of("a file grew beyond the size this system allows (file too large)");
            }
            if (lower.contains("read-only file system")) {
                return Optional.of("the file system is read-only");
            }
            if (t instanceof AccessDeniedException || lower.contains("permission denied")) {
                return Optional.of("permission denied" + (t instanceof AccessDeniedException && !msg.isEmpty() ? " (" + msg + ")" : ""));
            }
            if (t instanceof InternalError && lower.contains("unsafe memory access")) {
                // SIGBUS on a mapped page that could not be backed by the disk: almost always a full disk.
                return Optional.of("the disk is full, or a store file could not be written (a write to a memory-mapped "
                        + "file failed)");
            }
            if (generic == null && (t instanceof IOException || t instanceof IOError || t instanceof UncheckedIOException)) {
                generic = "an input/output error" + (msg.isEmpty() ? "" : " (" + msg + ")");
            }
        }
        return Optional.ofNullable(generic);
    }

    /** True when {@code failure} is an Error that only the disk causes, and so may be handled like an exception. */
    public static boolean isDiskError(Throwable failure) {
        return (failure instanceof InternalError || failure instanceof IOError) && ioCause(failure).isPresent();
    }

    /** Why the store at {@code dir} could not be opened, in one sentence. */
    public static String openFailure(Path dir, Throwable failure) {
        if (Files.isRegularFile(dir)) {
            return dir + " is a file, not a store folder: give --store a folder";
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage();
            if (msg.contains("Failed to get a lock")) {
                Matcher m = HOLDER.matcher(msg);
                return "the store at " + dir + " is in use by another process" + (m.find() ? " (process " + m.group(1) + ")" : "")
                        + ": one process at a time opens a store; wait for it to end, or stop it";
            }
        }
        Optional<String> io = ioCause(failure);
        if (io.isPresent()) {
            return "cannot open the store at " + dir + ": " + io.get();
        }
        return "cannot open the store at " + dir + ": " + (failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }
}
