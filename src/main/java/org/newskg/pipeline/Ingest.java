package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.read.Article;
import org.newskg.read.InputCollector;
import org.newskg.read.JsonLinesReader;
import org.newskg.read.ReadException;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.KnowledgeStore.PutResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files into the store: articles are processed in parallel, in bounded batches, and each
 * batch is written in one transaction in input order; the merged view is rebuilt once at the end.
 * A JSON Lines corpus is streamed: its lines join the batches one by one, each an article of its own.
 *
 * <pre>
 *   IngestSummary s = new Ingest(processor, store, merger, 2, 64).run(List.of(Path.of("data/articles")), n -> {});
 * </pre>
 */
public final class Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final ArticleProcessor processor;
    private final KnowledgeStore store;
    private final MergedViewBuilder merger;
    private final int threads;
    private final int batchSize;

    public Ingest(ArticleProcessor processor, KnowledgeStore store, MergedViewBuilder merger, int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        this.processor = processor;
        this.store = store;
        this.merger = merger;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** The files the inputs expand to, and problems met expanding them (missing paths, link loops). */
    public static InputCollector.Inputs collect(List<Path> inputs) {
        return InputCollector.collect(inputs);
    }

    /** One unit of work: a file to read, an article already read (a corpus line), or a line that failed. */
    private record Work(Path file, Article article, String problem) {
    }

    /** The number of articles the files hold (each line of a corpus counts), for a progress bar. */
    public static long countArticles(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            n += JsonLinesReader.accepts(f) ? JsonLinesReader.countLines(f) : 1;
        }
        return n;
    }

    /**
     * @param files    article files (see {@link #collect})
     * @param progress told the number of articles done after each one (see {@link #countArticles})
     */
    public IngestSummary run(List<Path> files, List<String> inputProblems, IntConsumer progress) {
        long t0 = System.nanoTime();
        List<String> problems = new ArrayList<>(inputProblems);
        List<String> warnings = new ArrayList<>();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int holdings = 0;
        int events = 0;
        int done = 0;
        int articles = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        try (WorkQueue queue = new WorkQueue(files)) {
            while (queue.hasNext()) {
                List<Future<ArticleProcessor.Outcome>> futures = new ArrayList<>();
                for (int i = 0; i < batchSize && queue.hasNext(); i++) {
                    Work w = queue.next();
                    articles++;
                    if (w.problem() != null) {
                        futures.add(CompletableFuture.completedFuture(new ArticleProcessor.Outcome(w.file(), null, null,
                                w.problem())));
                    } else if (w.article() != null) {
                        futures.add(pool.submit(() -> processor.process(w.article())));
                    } else {
                        futures.add(pool.submit(() -> processor.process(w.file())));
                    }
                }
                List<ArticleProcessor.Outcome> ok = new ArrayList<>();
                for (Future<ArticleProcessor.Outcome> fu : futures) {
                    ArticleProcessor.Outcome o = get(fu);
                    if (o.failed()) {
                        problems.add(o.problem());
                    } else {
                        ok.add(o);
                        if (o.empty()) {
                            warnings.add(o.file() + ": no holdings or events found");
                        }
                        holdings += o.extraction().holdings().size();
                        events += o.extraction().events().size();
                    }
                    progress.accept(++done);
                }
                List<PutResult> results = store.putAll(ok.stream().map(ArticleProcessor.Outcome::graph).toList());
                LOG.debug("committed {} of {} files", done, files.size());
                for (PutResult r : results) {
                    switch (r) {
                        case ADDED -> added++;
                        case REPLACED -> replaced++;
                        case UNCHANGED -> unchanged++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // Also after an earlier run that was stopped between its writes and its rebuild.
        if (added + replaced > 0 || store.mergedViewPending() || store.read(ds -> ds.getDefaultModel().isEmpty())) {
            LOG.debug("rebuilding the merged view");
            store.rebuildMergedView(merger::build);
        }
        return new IngestSummary(files.size() + inputProblems.size(), articles + inputProblems.size(), added, replaced,
                unchanged, problems, warnings, holdings, events, store.size(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static ArticleProcessor.Outcome get(Future<ArticleProcessor.Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("article processing failed unexpectedly", e.getCause());
        }
    }

    /** The work the files hold, in input order; corpora are read one line at a time, as the batches need them. */
    private final class WorkQueue implements AutoCloseable {

        private final Iterator<Path> files;
        private final JsonLinesReader corpusReader = processor.corpusReader();
        private Path corpus;
        private JsonLinesReader.Lines lines;
        private boolean corpusHadLines;
        private Work pending;

        WorkQueue(List<Path> files) {
            this.files = files.iterator();
        }

        boolean hasNext() {
            while (pending == null) {
                if (lines != null) {
                    if (lines.hasNext()) {
                        corpusHadLines = true;
                        JsonLinesReader.Entry e = lines.next();
                        pending = e.problem() != null
                                ? new Work(Path.of(e.problem().location()), null, e.problem().getMessage())
                                : new Work(Path.of(e.article().location()), e.article(), null);
                        continue;
                    }
                    lines.close();
                    lines = null;
                    if (!corpusHadLines) {
                        pending = new Work(corpus, null, corpus + ": no articles in the file");
                    }
                    continue;
                }
                if (!files.hasNext()) {
                    return false;
                }
                Path f = files.next();
                if (!JsonLinesReader.accepts(f)) {
                    pending = new Work(f, null, null);
                    continue;
                }
                try {
                    corpus = f;
                    corpusHadLines = false;
                    lines = corpusReader.open(f);
                } catch (ReadException e) {
                    pending = new Work(f, null, e.getMessage());
                }
            }
            return true;
        }

        Work next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Work w = pending;
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
}
