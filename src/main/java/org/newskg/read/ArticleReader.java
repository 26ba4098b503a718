package org.newskg.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one article file: {@code .txt} or {@code .md} with optional YAML front matter, or a saved
 * web page ({@code .html}, {@code .htm}, or a {@code .txt} whose content is an HTML document), which
 * goes to {@link HtmlArticles}. JSON Lines corpora hold many articles: see {@link JsonLinesReader}.
 *
 * <pre>
 *   Article a = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(Path.of("data/articles/x.txt"));
 * </pre>
 */
public final class ArticleReader {

    /** Far larger than any news article; larger files are refused rather than analysed for minutes. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** True for the file names this reader takes: one article per file. */
    public static boolean accepts(Path file) {
        return InputFormat.of(file).filter(f -> f != InputFormat.JSON_LINES).isPresent();
    }

    /** Reads the file as the article whose id is the file name without its extension. */
    public Article read(Path file) throws ReadException {
        return read(file, idOf(file));
    }

    /** Reads the file as the article {@code id} (see {@link ArticleIds} for ids unique within a run). */
    public Article read(Path file, String id) throws ReadException {
        String where = file.toString();
        String notRegular = FileKinds.problem(file);
        if (notRegular != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // Checked again here: the path may have become a pipe since the folder was listed.
            throw new ReadException(where, notRegular);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ReadException(where, "cannot read: " + e.getMessage(), e);
        }
        checkSize(where, size);
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), id, where, size, in);
        } catch (IOException e) {
            throw new ReadException(where, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one article from a stream: a file on any file system (HDFS, S3) as well as a local one.
     *
     * @param fileName the file's name, which gives the format and the article id ("x.md" is "x")
     * @param where    the file, for messages
     * @param size     the file's size as its file system states it, checked against the limit first
     */
    public Article read(String fileName, String where, long size, InputStream in) throws ReadException {
        return read(fileName, idOf(fileName), where, size, in);
    }

    /**
     * Like {@link #read(String, String, long, InputStream)}, as the article {@code id} (see
     * {@link ArticleIds} for ids unique within a run); the file's name gives only the format.
     */
    public Article read(String fileName, String id, String where, long size, InputStream in) throws ReadException {
        checkSize(where, size);
        byte[] bytes;
        try {
            // Bounded even so: the file may grow after the check, or be a device that reports size 0.
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new ReadException(where, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new ReadException(where, "file is larger than the limit of " + maxBytes
                    + " bytes (raise it with --max-bytes)");
        }
        InputFormat format = InputFormat.of(fileName).orElse(null);
        if (format == InputFormat.JSON_LINES) {
            throw new ReadException(where, "a JSON Lines corpus holds many articles: read it with JsonLinesReader");
        }
        if (format == InputFormat.HTML) {
            if (bytes.length == 0) {
                throw new ReadException(where, "empty file");
            }
            if (looksBinary(bytes)) {
                throw new ReadException(where, "binary file, not a web page");
            }
            return HtmlArticles.parse(id, where, bytes);
        }
        String text = TextDecoder.decode(where, bytes);
        if (looksLikeHtml(text)) {
            // A page saved under a text name: its markup is no article text.
            return HtmlArticles.parse(id, where, text);
        }
        return parse(id, where, text);
    }

    private void checkSize(String where, long size) throws ReadException {
        if (size > maxBytes) {
            throw new ReadException(where, "file is " + size + " bytes, above the limit of " + maxBytes
                    + " (raise it with --max-bytes)");
        }
    }

    /** Parses article text that is already decoded; {@code id} becomes the source identifier. */
    public Article parse(String id, String where, String text) throws ReadException {
        if (text.isBlank()) {
            throw new ReadException(where, "empty file");
        }
        FrontMatter.Split split;
        LocalDate date;
        try {
            split = FrontMatter.split(text);
            date = FrontMatter.date(split.fields(), "date", "published", "datePublished");
        } catch (IllegalArgumentException e) {
            throw new ReadException(where, e.getMessage(), e);
        }
        Map<String, Object> f = split.fields();
        String body = split.body().replace("\r\n", "\n").replace('\r', '\n');
        if (body.isBlank()) {
            throw new ReadException(where, "no text after the front matter");
        }
        String lang = FrontMatter.string(f, "lang", "language", "inLanguage");
        if (lang != null && Language.fromTag(lang).isEmpty()) {
            throw new ReadException(where, "front matter lang '" + lang + "' is not supported (supported: "
                    + Language.supportedTags() + ")");
        }
        return new Article(id, where, body, lang == null ? null : Language.fromTag(lang).get().code(), date,
                FrontMatter.string(f, "title", "headline"), FrontMatter.string(f, "author", "by"),
                FrontMatter.string(f, "source", "publisher", "site"), FrontMatter.string(f, "url", "link"));
    }

    /** NUL bytes do not occur in text in any encoding newskg reads (UTF-16 is not one). */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** An HTML document, not text that mentions a tag: it opens with a doctype or an html element. */
    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The article id a file gives by itself: its name without the extension. */
    public static String idOf(Path file) {
        return idOf(file.getFileName().toString());
    }

    /** The article id a file of this name gives by itself. */
    public static String idOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
