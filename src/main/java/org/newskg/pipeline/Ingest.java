package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.read.InputCollector;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.KnowledgeStore.PutResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files into the store: articles are processed in parallel, in bounded batches, and each
 * batch is written in one transaction in input order; the merged view is rebuilt once at the end.
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

    /**
     * @param files    article files (see {@link #collect})
     * @param progress told the number of files done after each one
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
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < files.size(); from += batchSize) {
                List<Future<ArticleProcessor.Outcome>> futures = new ArrayList<>();
                for (Path f : files.subList(from, Math.min(files.size(), from + batchSize))) {
                    futures.add(pool.submit(() -> processor.process(f)));
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
        return new IngestSummary(files.size() + inputProblems.size(), added, replaced, unchanged, problems, warnings,
                holdings, events, store.size(), Duration.ofNanos(System.nanoTime() - t0));
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
}
