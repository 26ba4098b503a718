package org.newskg.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.lang.Analyzer;
import org.newskg.lang.Document;
import org.newskg.lang.UnsupportedLanguageException;
import org.newskg.rdf.ArticleMapper;
import org.newskg.read.Article;
import org.newskg.read.ArticleReader;
import org.newskg.read.JsonLinesReader;
import org.newskg.read.ReadException;

/**
 * One article through the pure stages: read → analyse → extract → map. Thread-safe; touches no
 * store, so many run in parallel while one thread writes.
 */
public final class ArticleProcessor {

    /** What became of one file: its graph and facts, or the problem that stopped it. */
    public record Outcome(Path file, ArticleMapper.ArticleGraph graph, Extraction extraction, String problem) {

        /** An article already stored with the same content: not extracted again. */
        static Outcome unchanged(Path file) {
            return new Outcome(file, null, null, null);
        }

        public boolean isUnchanged() {
            return graph == null && problem == null;
        }

        public boolean failed() {
            return graph == null && problem != null;
        }

        /** True for an article that was read but yielded no fact. */
        public boolean empty() {
            return extraction != null && extraction.isEmpty();
        }
    }

    private final ArticleReader reader;
    private final Analyzer analyzer;
    private final Extractor extractor;
    private final ArticleMapper mapper;

    public ArticleProcessor(ArticleReader reader, Analyzer analyzer, Extractor extractor, ArticleMapper mapper) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.extractor = extractor;
        this.mapper = mapper;
    }

    /** A reader for JSON Lines corpora with the same size limit per article (per line). */
    public JsonLinesReader corpusReader() {
        return new JsonLinesReader(reader.maxBytes());
    }

    public Outcome process(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (ReadException e) {
            return new Outcome(file, null, null, e.getMessage());
        }
        return process(article);
    }

    /**
     * Like {@link #process(Path)}, for a file read from a stream: one on any file system (HDFS, S3)
     * as well as a local one. See {@link ArticleReader#read(String, String, long, InputStream)}.
     */
    public Outcome process(String fileName, String where, long size, InputStream in) {
        return process(fileName, ArticleReader.idOf(fileName), where, size, in);
    }

    /**
     * Like {@link #process(String, String, long, InputStream)}, but the article gets the id
     * {@code id} (unique in its run, see {@link org.newskg.read.ArticleIds}).
     */
    public Outcome process(String fileName, String id, String where, long size, InputStream in) {
        Article article;
        try {
            article = reader.read(fileName, id, where, size, in);
        } catch (ReadException e) {
            return new Outcome(Path.of(where), null, null, e.getMessage());
        }
        return process(article);
    }

    /**
     * Like {@link #process(Path)}, but the article gets the id {@code id} (unique in its run, see
     * {@link org.newskg.read.ArticleIds}), and one whose content hash {@code storedHash} already
     * holds (see {@link ArticleMapper#contentHash}) is not analysed again: re-ingesting an
     * unchanged corpus costs a read per file.
     */
    public Outcome process(Path file, String id, Function<String, Optional<String>> storedHash) {
        Article article;
        try {
            article = reader.read(file, id);
        } catch (ReadException e) {
            return new Outcome(file, null, null, e.getMessage());
        }
        if (storedHash.apply(mapper.sourceIri(article)).filter(ArticleMapper.contentHash(article)::equals).isPresent()) {
            return Outcome.unchanged(file);
        }
        return process(article);
    }

    public Outcome process(Article article) {
        Path file = Path.of(article.location());
        try {
            Document doc = analyzer.analyse(article);
            Extraction x = extractor.extract(doc);
            return new Outcome(file, mapper.map(x), x, null);
        } catch (UnsupportedLanguageException e) {
            return new Outcome(file, null, null, article.location() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A defect in extraction must not stop the run: report it against the file.
            return new Outcome(file, null, null, article.location() + ": extraction failed: " + e);
        }
    }

    /** Convenience for tests: extraction only. */
    public Extraction extract(Article article) throws UnsupportedLanguageException {
        return extractor.extract(analyzer.analyse(article));
    }
}
