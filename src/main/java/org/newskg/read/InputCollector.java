package org.newskg.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Expands files and folders given on the command line into the article files to read, sorted,
 * and the problems met on the way (a missing path, a link loop, an unreadable folder, a named
 * pipe or device or a link to nothing where an article was expected). Only regular files are
 * read: a named pipe would block the run until someone wrote to it.
 */
public final class InputCollector {

    /** The files found and one message per problem. */
    public record Inputs(List<Path> files, List<String> problems) {
        public Inputs {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private InputCollector() {
    }

    public static Inputs collect(List<Path> paths) {
        Found files = new Found();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (InputFormat.isStdin(p)) {
                files.add(p, null);
            } else if (FileKinds.isDanglingLink(p)) {
                problems.add(p + ": " + FileKinds.problem(p));
            } else if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                walk(p, files, problems);
            } else if (!Files.isRegularFile(p)) {
                problems.add(p + ": " + FileKinds.problem(p));
            } else if (InputFormat.of(p).isPresent()) {
                try {
                    files.add(p.normalize(), Files.readAttributes(p, BasicFileAttributes.class).fileKey());
                } catch (IOException e) {
                    problems.add(p + ": cannot read: " + e.getMessage());
                }
            } else {
                problems.add(p + ": not an article file (" + InputFormat.allExtensions() + ")");
            }
        }
        return new Inputs(new ArrayList<>(files.paths), problems);
    }

    /**
     * Whether a file met in a folder is read as articles: a known extension, and not the folder's
     * README, which documents the folder (a README named on its own is read).
     */
    public static boolean readInFolder(String fileName) {
        return InputFormat.of(fileName).isPresent()
                && !fileName.toLowerCase(java.util.Locale.ROOT).startsWith("readme.");
    }

    /**
     * The files found, one path per file: the same file named twice (a folder and a file in it, a
     * relative and an absolute path, a link) is one article, not two that claim one id. Files are
     * told apart by their key (device and inode), which the walk reads anyway; the first path in
     * sorted order names it, whatever the order of the arguments.
     */
    private static final class Found {
        final TreeSet<Path> paths = new TreeSet<>();
        final Map<Object, Path> byKey = new HashMap<>();

        void add(Path path, Object fileKey) {
            if (fileKey == null) {
                paths.add(path);
                return;
            }
            Path seen = byKey.get(fileKey);
            if (seen == null || path.compareTo(seen) < 0) {
                if (seen != null) {
                    paths.remove(seen);
                }
                byKey.put(fileKey, path);
                paths.add(path);
            }
        }
    }

    private static void walk(Path root, Found files, List<String> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // A folder's README documents the folder; it is no article. Named alone, it is read.
                            if (!readInFolder(file.getFileName().toString())) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                files.add(file.normalize(), attrs.fileKey());
                            } else {
                                // Named like an article but a pipe, a device or a link to nothing: said, not read.
                                problems.add(file + ": " + FileKinds.problem(file));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(file + ": symbolic link loop, not followed");
                            } else {
                                problems.add(file + ": cannot read: " + e.getMessage());
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(root + ": cannot read folder: " + e.getMessage());
        }
    }
}
