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
import java.util.List;
import java.util.TreeSet;

/**
 * Expands files and folders given on the command line into the article files to read, sorted,
 * and the problems met on the way (a missing path, a link loop, an unreadable folder).
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
        TreeSet<Path> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (InputFormat.isStdin(p)) {
                files.add(p);
            } else if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                walk(p, files, problems);
            } else if (InputFormat.of(p).isPresent()) {
                files.add(p.normalize());
            } else {
                problems.add(p + ": not an article file (" + InputFormat.allExtensions() + ")");
            }
        }
        return new Inputs(new ArrayList<>(files), problems);
    }

    private static void walk(Path root, TreeSet<Path> files, List<String> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // A folder's README documents the folder; it is no article. Named alone, it is read.
                            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                            if (attrs.isRegularFile() && InputFormat.of(file).isPresent() && !name.startsWith("readme.")) {
                                files.add(file.normalize());
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
