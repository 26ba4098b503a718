package org.newskg.read;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams a JSON Lines corpus: one JSON object per line, one article per object. Lines are read
 * one at a time (a line longer than the limit is skipped without being held in memory), and a bad
 * line is reported with the file name and line number while the others go on.
 *
 * <p>Fields: {@code text} (required), {@code id}, {@code url}, {@code date} (ISO date or
 * timestamp), {@code lang}, {@code title}, {@code author} (a string, an object with a name, or an
 * array), {@code source}. The article id is {@code id}; without one, a slug of the {@code url}
 * and a hash of it; without either, the file name and a hash of the text.
 *
 * <pre>
 *   try (JsonLinesReader.Lines lines = new JsonLinesReader(maxBytes).open(Path.of("corpus.jsonl"))) {
 *       lines.forEachRemaining(entry -&gt; …);
 *   }
 * </pre>
 */
public final class JsonLinesReader {

    /** One line: its article, or the problem that stops it (whose message names file and line). */
    public record Entry(int line, Article article, ReadException problem) {
    }

    private final long maxLineBytes;

    public JsonLinesReader(long maxLineBytes) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.maxLineBytes = maxLineBytes;
    }

    public static boolean accepts(Path file) {
        return InputFormat.of(file).filter(f -> f == InputFormat.JSON_LINES).isPresent();
    }

    /** Opens the file ({@code -}: standard input) for reading line by line; close the result. */
    public Lines open(Path file) throws ReadException {
        if (InputFormat.isStdin(file)) {
            // Not ours to close: a wrapper keeps System.in open for whatever runs after.
            // Messages name standard input "stdin" ("stdin:3: invalid JSON"), as ids do without id or url.
            return open("stdin", "stdin", standardInput());
        }
        String notRegular = FileKinds.problem(file);
        if (notRegular != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReadException(file.toString(), notRegular);
        }
        try {
            return open(file.getFileName().toString(), file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new ReadException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a corpus from a stream (a file on any file system) line by line; closing the result
     * closes the stream.
     *
     * @param fileName the corpus file's name, whose stem makes ids for lines with neither id nor url
     * @param where    the file, for messages ("where:12" names line 12)
     */
    public Lines open(String fileName, String where, InputStream in) {
        return new Lines(where, in, ArticleReader.idOf(fileName));
    }

    /** Standard input, which closing leaves open for whatever runs after. */
    public static InputStream standardInput() {
        return new java.io.FilterInputStream(System.in) {
            @Override
            public void close() {
            }
        };
    }

    /** The number of lines in the file, for progress: counted without decoding. */
    public static long countLines(Path file) {
        if (InputFormat.isStdin(file)) {
            return 0; // unknown until read; no progress bar for a stream
        }
        if (!Files.isRegularFile(file)) {
            return 1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long n = 0;
            int last = '\n';
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                if (r > 0) {
                    last = buf[r - 1];
                }
            }
            return last == '\n' ? n : n + 1;
        } catch (IOException e) {
            return 1;
        }
    }

    /** The lines of one file, read lazily; blank lines are skipped. */
    public final class Lines implements Iterator<Entry>, AutoCloseable {

        private final String file;
        private final InputStream in;
        private final String stem;
        private final byte[] buf = new byte[1 << 16];
        private final Map<String, Integer> ids = new HashMap<>();
        private int pos;
        private int len;
        private int lineNo;
        private boolean eof;
        private Entry next;

        private Lines(String file, InputStream in, String stem) {
            this.file = file;
            this.in = in;
            this.stem = stem;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !eof) {
                next = readEntry();
            }
            return next != null;
        }

        @Override
        public Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry e = next;
            next = null;
            return e;
        }

        /** The next entry, or null for a blank line or the end of the file. */
        private Entry readEntry() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long size = 0;
            boolean sawAny = false;
            try {
                while (true) {
                    if (pos == len) {
                        len = in.read(buf);
                        pos = 0;
                        if (len <= 0) {
                            len = 0;
                            eof = true;
                            break;
                        }
                    }
                    sawAny = true;
                    int start = pos;
                    while (pos < len && buf[pos] != '\n') {
                        pos++;
                    }
                    int n = pos - start;
                    size += n;
                    if (size <= maxLineBytes) {
                        line.write(buf, start, n);
                    }
                    if (pos < len) {
                        pos++; // the newline
                        break;
                    }
                }
            } catch (IOException e) {
                eof = true;
                return new Entry(lineNo + 1, null, new ReadException(file, "cannot read: " + e.getMessage(), e));
            }
            if (!sawAny) {
                return null;
            }
            lineNo++;
            String where = file + ":" + lineNo;
            if (size > maxLineBytes) {
                return new Entry(lineNo, null, new ReadException(where, "line is " + size
                        + " bytes, above the limit of " + maxLineBytes + " (raise it with --max-bytes)"));
            }
            byte[] bytes = line.toByteArray();
            String json;
            try {
                json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new Entry(lineNo, null, new ReadException(where, "not valid UTF-8"));
            }
            if (lineNo == 1 && json.startsWith("\uFEFF")) {
                json = json.substring(1);
            }
            if (json.isBlank()) {
                return null;
            }
            try {
                Article a = parseLine(stem, where, json);
                Integer first = ids.putIfAbsent(a.id(), lineNo);
                if (first != null) {
                    return new Entry(lineNo, null, new ReadException(where, "id '" + a.id()
                            + "' is already used on line " + first));
                }
                return new Entry(lineNo, a, null);
            } catch (ReadException e) {
                return new Entry(lineNo, null, e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads one line's JSON object as an article.
     *
     * @param stem  the corpus file name without its extension, for ids of lines with no id and no url
     * @param where the file and line ("corpus.jsonl:12"), for messages
     */
    public static Article parseLine(String stem, String where, String json) throws ReadException {
        JsonElement parsed;
        try {
            parsed = JsonText.parse(json, true);
        } catch (IllegalArgumentException e) {
            throw new ReadException(where, e.getMessage(), e);
        }
        if (!parsed.isJsonObject()) {
            throw new ReadException(where, "not a JSON object");
        }
        JsonObject o = parsed.getAsJsonObject();
        JsonElement textValue = first(o, "text", "body", "articleBody");
        if (textValue == null || textValue.isJsonNull()) {
            throw new ReadException(where, "no 'text' field");
        }
        if (!textValue.isJsonPrimitive() || !textValue.getAsJsonPrimitive().isString()) {
            throw new ReadException(where, "'text' is not a string");
        }
        String text = textValue.getAsString().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ReadException(where, "'text' is empty");
        }
        LocalDate date = null;
        String dateText = JsonText.string(o, "date", "published", "datePublished");
        if (dateText != null) {
            try {
                date = DateText.parseStrict(dateText);
            } catch (IllegalArgumentException e) {
                throw new ReadException(where, "'date' is not a date: " + dateText + " (" + e.getMessage() + ")");
            }
        }
        String lang = JsonText.string(o, "lang", "language", "inLanguage");
        if (lang != null && Language.fromTag(lang).isEmpty()) {
            throw new ReadException(where, "lang '" + lang + "' is not supported (supported: "
                    + Language.supportedTags() + ")");
        }
        String url = JsonText.string(o, "url", "link");
        String id = JsonText.string(o, "id");
        if (id != null && !wellFormed(id)) {
            throw new ReadException(where, "'id' is not well-formed Unicode (it holds a lone surrogate)");
        }
        if (id == null) {
            id = url != null ? idFromUrl(url) : stem + "-" + sha256(text).substring(0, 12);
        }
        return new Article(id, where, text, lang == null ? null : Language.fromTag(lang).get().code(), date,
                JsonText.string(o, "title", "headline"), JsonText.names(o, "author", "authors", "by"),
                JsonText.names(o, "source", "publisher", "site"), url);
    }

    /** No lone surrogate: such a string has no UTF-8 form, so it can name no IRI. */
    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static JsonElement first(JsonObject o, String... keys) {
        for (String k : keys) {
            if (o.has(k)) {
                return o.get(k);
            }
        }
        return null;
    }

    /** "https://example.org/news/nordbank-ceo?x=1" → "nordbank-ceo-" and 12 hex digits of the URL's hash. */
    static String idFromUrl(String url) {
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        String[] segments = path.split("/");
        String last = "";
        for (int i = segments.length - 1; i >= 0 && last.isEmpty(); i--) {
            last = segments[i].replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        }
        if (last.length() > 48) {
            last = last.substring(0, 48).replaceAll("-+$", "");
        }
        String hash = sha256(url).substring(0, 12);
        return last.isEmpty() ? "url-" + hash : last + "-" + hash;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
