package org.newskg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.newskg.read.Article;
import org.newskg.read.InputFormat;
import org.newskg.read.JsonLinesReader;
import org.newskg.read.ReadException;

/**
 * The work that input files hold, in input order: each article file as it is (to be read by
 * {@link ArticleProcessor}), each line of a JSON Lines corpus as an article already read, or the
 * problem that stopped a file or a line. Corpora are read one line at a time, as the caller asks
 * for more. Generic in the kind of file, so that files on any file system (HDFS, S3, in a Spark
 * job) are read by the same code as local ones.
 *
 * <pre>
 *   try (ArticleInputs&lt;Path&gt; work = new ArticleInputs&lt;&gt;(files.iterator(), ArticleInputs.LOCAL, corpusReader)) {
 *       work.forEachRemaining(item -&gt; …);
 *   }
 * </pre>
 */
public final class ArticleInputs<F> implements Iterator<ArticleInputs.Item<F>>, AutoCloseable {

    /** How to name and open files of one kind. */
    public interface Opener<F> {

        /** The file's name ("x.md"), which tells its format and gives an article id. */
        String name(F file);

        /** The file, for messages. */
        String where(F file);

        InputStream open(F file) throws IOException;

        /** Opens a JSON Lines corpus for reading line by line. */
        default JsonLinesReader.Lines openCorpus(F file, JsonLinesReader reader) throws IOException, ReadException {
            return reader.open(name(file), where(file), open(file));
        }
    }

    /** Files on the local file system, and standard input ({@code -}) as a JSON Lines corpus named "stdin". */
    public static final Opener<Path> LOCAL = new Opener<>() {
        @Override
        public String name(Path file) {
            return InputFormat.isStdin(file) ? "stdin.jsonl" : file.getFileName().toString();
        }

        @Override
        public String where(Path file) {
            return InputFormat.isStdin(file) ? "stdin" : file.toString();
        }

        @Override
        public InputStream open(Path file) throws IOException {
            return InputFormat.isStdin(file) ? JsonLinesReader.standardInput() : Files.newInputStream(file);
        }

        /** Through the reader's own open: it refuses a pipe or a device named like a corpus, which could block. */
        @Override
        public JsonLinesReader.Lines openCorpus(Path file, JsonLinesReader reader) throws ReadException {
            return reader.open(file);
        }
    };

    /**
     * One unit of work: an article file to read ({@code article} and {@code problem} null), a
     * corpus line already read ({@code article}), or a file or line that failed ({@code problem},
     * naming it). {@code file} is the file the work comes from.
     */
    public record Item<F>(F file, Article article, String problem) {
    }

    private final Iterator<F> files;
    private final Opener<F> opener;
    private final JsonLinesReader corpusReader;
    private F corpus;
    private JsonLinesReader.Lines lines;
    private boolean corpusHadLines;
    private Item<F> pending;

    public ArticleInputs(Iterator<F> files, Opener<F> opener, JsonLinesReader corpusReader) {
        this.files = files;
        this.opener = opener;
        this.corpusReader = corpusReader;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (lines != null) {
                if (lines.hasNext()) {
                    corpusHadLines = true;
                    JsonLinesReader.Entry e = lines.next();
                    pending = e.problem() != null
                            ? new Item<>(corpus, null, e.problem().getMessage())
                            : new Item<>(corpus, e.article(), null);
                    continue;
                }
                lines.close();
                lines = null;
                if (!corpusHadLines) {
                    pending = new Item<>(corpus, null, opener.where(corpus) + ": no articles in the file");
                }
                continue;
            }
            if (!files.hasNext()) {
                return false;
            }
            F f = files.next();
            if (InputFormat.of(opener.name(f)).orElse(null) != InputFormat.JSON_LINES) {
                pending = new Item<>(f, null, null);
                continue;
            }
            try {
                corpus = f;
                corpusHadLines = false;
                lines = opener.openCorpus(f, corpusReader);
            } catch (ReadException e) {
                pending = new Item<>(f, null, e.getMessage());
            } catch (IOException e) {
                pending = new Item<>(f, null, new ReadException(opener.where(f), "cannot read: " + e.getMessage()).getMessage());
            }
        }
        return true;
    }

    @Override
    public Item<F> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item<F> w = pending;
        pending = null;
        return w;
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
