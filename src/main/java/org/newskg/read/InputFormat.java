package org.newskg.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of input files newskg reads, told apart by their extension. */
public enum InputFormat {
    /** One article per file: plain text or Markdown with optional YAML front matter. */
    TEXT(Set.of("txt", "md", "markdown")),
    /** One article per file: a saved web page. */
    HTML(Set.of("html", "htm", "xhtml")),
    /** Many articles per file: one JSON object per line. */
    JSON_LINES(Set.of("jsonl", "ndjson"));

    private final Set<String> extensions;

    InputFormat(Set<String> extensions) {
        this.extensions = extensions;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** The path {@code -}: standard input, read as JSON Lines (the one format that streams). */
    public static final Path STDIN = Path.of("-");

    /** True for {@link #STDIN}. */
    public static boolean isStdin(Path file) {
        return file.equals(STDIN);
    }

    /** The format a file name says, or empty for a file newskg does not read. */
    public static Optional<InputFormat> of(Path file) {
        if (isStdin(file)) {
            return Optional.of(JSON_LINES);
        }
        String ext = extension(file);
        for (InputFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The extensions newskg reads, for messages: ".txt .md .markdown .html …". */
    public static String allExtensions() {
        StringBuilder b = new StringBuilder();
        for (InputFormat f : values()) {
            f.extensions.stream().sorted().forEach(e -> b.append(b.isEmpty() ? "" : " ").append('.').append(e));
        }
        return b.toString();
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
