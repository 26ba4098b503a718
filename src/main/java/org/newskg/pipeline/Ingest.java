package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.NKG;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.read.Article;
import org.newskg.read.ArticleIds;
import org.newskg.read.InputCollector;
import org.newskg.read.JsonLinesReader;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.KnowledgeStore.PutResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files into the store: articles are processed in parallel while one thread writes them,
 * in input order, one transaction per batch; the merged view is rebuilt once at the end. An
 * article stored with the same content is read but not extracted again. At most
 * a few batches are in flight, so memory stays bounded however many files there are. A JSON Lines
 * corpus is streamed: its lines join the batches one by one, each an article of its own.
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
    private final int bulkThreshold;

    /** Below this many files a first load goes through transactions like any other ingest. */
    public static final int DEFAULT_BULK_THRESHOLD = 1000;

    /**
     * @param store  where articles go; null only for {@link #dryRun}
     * @param merger derives the merged view; null only for {@link #dryRun}
     */
    public Ingest(ArticleProcessor processor, KnowledgeStore store, MergedViewBuilder merger, int threads, int batchSize) {
        this(processor, store, merger, threads, batchSize, DEFAULT_BULK_THRESHOLD);
    }

    /**
     * @param bulkThreshold a first load into an empty store of at least this many files goes
     *                      through TDB2's bulk loader, with the merged view built on the way
     */
    public Ingest(ArticleProcessor processor, KnowledgeStore store, MergedViewBuilder merger, int threads, int batchSize,
                  int bulkThreshold) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        this.processor = processor;
        this.store = store;
        this.merger = merger;
        this.threads = threads;
        this.batchSize = batchSize;
        this.bulkThreshold = bulkThreshold;
    }

    /** The files the inputs expand to, and problems met expanding them (missing paths, link loops). */
    public static InputCollector.Inputs collect(List<Path> inputs) {
        return InputCollector.collect(inputs);
    }

    /** The number of articles the files hold (each line of a corpus counts), for a progress bar. */
    public static long countArticles(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            n += JsonLinesReader.accepts(f) ? JsonLinesReader.countLines(f) : 1;
        }
        return n;
    }

    /** Counts what the outcomes of one run came to. */
    private static final class Tally {
        final List<String> problems;
        final List<String> warnings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int added;
        int replaced;
        int unchanged;
        int holdings;
        int events;
        int articles;
        int done;
        long triples;

        Tally(List<String> inputProblems) {
            problems = new ArrayList<>(inputProblems);
        }
    }

    /**
     * @param files    article files (see {@link #collect})
     * @param progress told the number of articles done after each one (see {@link #countArticles})
     */
    public IngestSummary run(List<Path> files, List<String> inputProblems, IntConsumer progress) {
        if (store == null || merger == null) {
            throw new IllegalStateException("an ingest that stores needs a store and a merger");
        }
        long t0 = System.nanoTime();
        Tally tally = new Tally(inputProblems);
        if (files.size() >= bulkThreshold && store.isEmpty()) {
            bulkLoad(files, progress, tally);
            return summary(files, inputProblems, tally, store.size(), t0);
        }
        process(files, progress, tally, store::storedHash, batch -> {
            for (PutResult r : store.putAll(batch.stream().map(ArticleProcessor.Outcome::graph).toList())) {
                switch (r) {
                    case ADDED -> tally.added++;
                    case REPLACED -> tally.replaced++;
                    case UNCHANGED -> tally.unchanged++;
                }
            }
            LOG.debug("committed {} of {} files", tally.done, files.size());
        });
        // Also after an earlier run stopped between its writes and its rebuild, when the view is
        // missing, or when it predates the name keys that queries look names up by.
        if (tally.added + tally.replaced > 0 || store.mergedViewPending() || store.read(ds -> ds.getDefaultModel().isEmpty()
                || !ds.getDefaultModel().contains(null, NKG.nameKey))) {
            LOG.debug("rebuilding the merged view");
            store.rebuildMergedViewInPlace(merger::write);
        }
        return summary(files, inputProblems, tally, store.size(), t0);
    }

    /**
     * Ingests the files as one batch: the article graphs and the rebuilt merged view are committed in
     * one write transaction, so a reader of the store sees all of the batch or none of it. For a
     * served store taking a watched folder's new files; the whole batch is held in memory.
     */
    public IngestSummary runAsOneBatch(List<Path> files, List<String> inputProblems) {
        if (store == null || merger == null) {
            throw new IllegalStateException("an ingest that stores needs a store and a merger");
        }
        long t0 = System.nanoTime();
        Tally tally = new Tally(inputProblems);
        List<ArticleMapper.ArticleGraph> graphs = new ArrayList<>();
        process(files, done -> { }, tally, store::storedHash,
                batch -> batch.forEach(o -> graphs.add(o.graph())));
        for (PutResult r : store.putAllAndRebuild(graphs, merger::write)) {
            switch (r) {
                case ADDED -> tally.added++;
                case REPLACED -> tally.replaced++;
                case UNCHANGED -> tally.unchanged++;
            }
        }
        return summary(files, inputProblems, tally, store.size(), t0);
    }

    /**
     * A first load: every article graph streams into TDB2's bulk loader and into the merged view,
     * which is written into the same load at the end, so nothing is read back from the store. An
     * article id seen twice is stored afterwards by the usual rules, and the view then rebuilt.
     */
    private void bulkLoad(List<Path> files, IntConsumer progress, Tally tally) {
        LOG.debug("first load of {} files into an empty store: bulk loader", files.size());
        KnowledgeStore.BulkLoad load = store.bulkLoad();
        MergedViewBuilder.Run view = merger.start(load.defaultGraph());
        Set<String> loaded = new HashSet<>();
        List<ArticleMapper.ArticleGraph> again = new ArrayList<>();
        try {
            process(files, progress, tally, iri -> Optional.empty(), batch -> {
                for (ArticleProcessor.Outcome o : batch) {
                    ArticleMapper.ArticleGraph g = o.graph();
                    if (loaded.add(g.sourceIri())) {
                        load.put(g);
                        view.add(g.sourceIri(), g.model());
                        tally.added++;
                    } else {
                        again.add(g);
                    }
                }
            });
            if (again.isEmpty()) {
                view.finish();
            }
        } catch (RuntimeException e) {
            load.abort(e);
            throw e;
        }
        load.finish();
        store.setPrefixes(load.defaultGraph().getNsPrefixMap()); // the loader takes triples, not prefixes
        if (!again.isEmpty()) {
            for (PutResult r : store.putAll(again)) {
                switch (r) {
                    case ADDED -> tally.added++;
                    case REPLACED -> tally.replaced++;
                    case UNCHANGED -> tally.unchanged++;
                }
            }
            store.rebuildMergedViewInPlace(merger::write);
        }
    }

    /**
     * Reads, analyses, extracts and maps the files as {@link #run} does, but stores nothing: the
     * summary counts the triples the article graphs would add, and every article counts as added.
     */
    public IngestSummary dryRun(List<Path> files, List<String> inputProblems, IntConsumer progress) {
        long t0 = System.nanoTime();
        Tally tally = new Tally(inputProblems);
        process(files, progress, tally, iri -> Optional.empty(), batch -> {
            tally.added += batch.size();
            batch.forEach(o -> tally.triples += o.graph().model().size());
        });
        return summary(files, inputProblems, tally, tally.triples, t0);
    }

    private static IngestSummary summary(List<Path> files, List<String> inputProblems, Tally t, long triples, long t0) {
        return new IngestSummary(files.size() + inputProblems.size(), t.articles + inputProblems.size(), t.added,
                t.replaced, t.unchanged, t.problems, t.warnings, t.holdings, t.events, triples,
                Duration.ofNanos(System.nanoTime() - t0), t.notes);
    }

    /**
     * Processes the files on the pool and hands the successful outcomes, in input order, to
     * {@code sink} in batches, on this thread. Up to two batches are in flight ahead of the one
     * being written, so extraction goes on while a batch is stored.
     */
    private void process(List<Path> files, IntConsumer progress, Tally tally,
                         Function<String, Optional<String>> storedHash, Consumer<List<ArticleProcessor.Outcome>> sink) {
        // Ids unique among this run's inputs: two inputs claiming one id would silently replace each other.
        ArticleIds ids = ArticleIds.of(files, processor.corpusReader());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        int window = 2 * batchSize + threads;
        Deque<Future<ArticleProcessor.Outcome>> inFlight = new ArrayDeque<>();
        List<ArticleProcessor.Outcome> batch = new ArrayList<>();
        int done = 0;
        try (ArticleInputs<Path> queue = new ArticleInputs<>(files.iterator(), ArticleInputs.LOCAL, processor.corpusReader())) {
            while (queue.hasNext() || !inFlight.isEmpty()) {
                while (queue.hasNext() && inFlight.size() < window) {
                    ArticleInputs.Item<Path> w = queue.next();
                    tally.articles++;
                    if (w.problem() != null) {
                        inFlight.add(CompletableFuture.completedFuture(
                                new ArticleProcessor.Outcome(w.file(), null, null, w.problem())));
                    } else if (w.article() != null) {
                        // Given here, in input order: a line of standard input takes the first free id.
                        Article line = w.article().withId(ids.forLine(w.file(), w.article().id()));
                        inFlight.add(pool.submit(() -> processor.process(line)));
                    } else {
                        inFlight.add(pool.submit(() -> processor.process(w.file(), ids.forFile(w.file()), storedHash)));
                    }
                }
                ArticleProcessor.Outcome o = get(inFlight.poll());
                if (o.failed()) {
                    tally.problems.add(o.problem());
                } else if (o.isUnchanged()) {
                    tally.unchanged++;
                } else {
                    batch.add(o);
                    if (o.empty()) {
                        tally.warnings.add(o.file() + ": no holdings or events found");
                    }
                    tally.holdings += o.extraction().holdings().size();
                    tally.events += o.extraction().events().size();
                }
                progress.accept(++done);
                tally.done = done;
                if (batch.size() >= batchSize || inFlight.isEmpty() && !queue.hasNext()) {
                    if (!batch.isEmpty()) {
                        sink.accept(batch);
                    }
                    batch = new ArrayList<>();
                }
            }
        } finally {
            pool.shutdownNow();
            // After the run: lines of standard input that clash are known only once read.
            tally.notes.addAll(ids.clashes());
        }
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
